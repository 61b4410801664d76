import { code } from './markdown.ts';
import {
  operationFactsMarkdown,
  responsesTable,
  specFilesMarkdown,
} from './render-api-markdown.ts';
import { markdownCopyOf, sitePages } from './site-paths.ts';
import { siteReadmes } from './site-readmes.ts';
import type { SpecDocument } from './spec-summary.ts';

/** The landing page's Markdown copy (`index.html.md`): the same facts and links as the page. */
export function renderLandingMarkdown(spec: SpecDocument): string {
  const operations = spec.operations.map(
    (operation) =>
      `### ${operation.summary}: ${code(`${operation.method.toUpperCase()} ${operation.path}`)}\n\n${operationFactsMarkdown(operation)}\n\n${responsesTable(operation)}`,
  );
  const guides = siteReadmes.map(
    (readme) =>
      `- [${readme.name}](${markdownCopyOf(readme.page)}) (${code(readme.installName)}): ${readme.blurb}`,
  );
  return `${[
    `# ${spec.title} API (v${spec.version})`,
    `> ${spec.summary}`,
    `[Read the API reference](${markdownCopyOf(sitePages.reference)}): every operation in full.`,
    '## Operations',
    ...operations,
    `## Download the spec\n\n${specFilesMarkdown()}`,
    `## Build against it\n\n${guides.join('\n')}`,
    `Built from the OpenAPI document of ${spec.title} v${spec.version}; production server ${code(spec.serverUrl)}.`,
  ].join('\n\n')}\n`;
}
