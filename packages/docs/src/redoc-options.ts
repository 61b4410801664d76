import { sitePages } from './site-paths.ts';
import type { SpecDocument } from './spec-summary.ts';

/**
 * Redoc's options for the reference page, derived from the spec so that they cannot drift.
 *
 * `codeSamples.languages`: Redoc 3 shows an `x-codeSamples` entry only when its label (or
 * lang) names one of these languages; without this list a sample labelled "cURL (by JID)" is
 * silently dropped and the request panel shows "No request payload" instead. So every label
 * of the spec becomes one entry of the code-sample switcher, in the spec's order.
 */
export function redocOptions(spec: SpecDocument) {
  const languages = new Map<string, { label: string; lang: string }>();
  for (const sample of spec.operations.flatMap((operation) => operation.codeSamples)) {
    if (!languages.has(sample.label))
      languages.set(sample.label, { label: sample.label, lang: sample.lang });
  }
  return {
    codeSamples: { languages: [...languages.values()] },
    // The download button offers the copies served next to the page, not a blob of the inlined spec.
    downloadUrls: [
      { title: 'OpenAPI (YAML)', url: sitePages.specYaml },
      { title: 'OpenAPI (JSON)', url: sitePages.specJson },
    ],
  };
}
