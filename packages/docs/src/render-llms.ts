/**
 * `llms.txt` and `llms-full.txt` at the site's root, after the llmstxt.org convention: an H1, a
 * `>` summary, then H2 sections listing the site's Markdown pages as `- [name](url): note`;
 * `llms-full.txt` holds every page in one file. Links are relative to the site's root, so they
 * work wherever the site is served.
 */
import { code } from './markdown.ts';
import { specFilesMarkdown } from './render-api-markdown.ts';
import { markdownCopyOf, sitePages } from './site-paths.ts';
import { siteReadmes } from './site-readmes.ts';
import type { SpecDocument } from './spec-summary.ts';

/** A page of the site as the llms files list it, with its Markdown. */
export interface MarkdownPage {
  /** The HTML page; its Markdown copy is at `markdownCopyOf(page)`. */
  page: string;
  name: string;
  note: string;
  section: string;
  markdown: string;
}

/** The site's own pages (overview, reference), then the READMEs' in their sections. */
export function markdownPagesOf(markdown: {
  landing: string;
  reference: string;
  tryIt: string;
  readmes: ReadonlyMap<string, string>;
}): MarkdownPage[] {
  return [
    {
      page: sitePages.landing,
      name: 'Overview',
      note: 'the operations at a glance: auth, rate limit, every response with its message; links to everything below',
      section: 'Docs',
      markdown: markdown.landing,
    },
    {
      page: sitePages.reference,
      name: 'API reference',
      note: 'every operation in full: parameters, authentication, the rate-limit bucket and its X-RateLimit-* headers, every status with its message and body, code samples',
      section: 'Docs',
      markdown: markdown.reference,
    },
    {
      page: sitePages.tryIt,
      name: 'Try it',
      note: 'the documented request sent to a sandbox from the browser, and the fixture token it uses',
      section: 'Docs',
      markdown: markdown.tryIt,
    },
    ...siteReadmes.map((readme) => {
      const readmeMarkdown = markdown.readmes.get(readme.page);
      if (readmeMarkdown === undefined) throw new Error(`No Markdown for ${readme.page}.`);
      return {
        page: readme.page,
        name: readme.name,
        note: `${code(readme.installName)}: ${readme.blurb}`,
        section: readme.section,
        markdown: readmeMarkdown,
      };
    }),
  ];
}

function summaryLines(spec: SpecDocument): string[] {
  const operations = spec.operations.map(
    (operation) =>
      `${operation.summary} (${code(`${operation.method.toUpperCase()} ${operation.path}`)})`,
  );
  return [
    `# ${spec.title}`,
    `> ${spec.summary} Operations: ${operations.join(', ')}. Production server: ${code(spec.serverUrl)}.`,
  ];
}

export function renderLlmsIndex(spec: SpecDocument, pages: readonly MarkdownPage[]): string {
  const sections = new Map<string, string[]>();
  for (const page of pages) {
    const links = sections.get(page.section) ?? [];
    links.push(`- [${page.name}](${markdownCopyOf(page.page)}): ${page.note}`);
    sections.set(page.section, links);
  }
  const [docs, ...others] = [...sections];
  return `${[
    ...summaryLines(spec),
    `Every page of this site has a Markdown copy at its URL plus \`.md\`, listed below; [${sitePages.llmsFull}](${sitePages.llmsFull}) holds them all in one file.`,
    ...(docs ? [`## ${docs[0]}\n\n${docs[1].join('\n')}`] : []),
    `## OpenAPI\n\n${specFilesMarkdown()}`,
    ...others.map(([section, links]) => `## ${section}\n\n${links.join('\n')}`),
  ].join('\n\n')}\n`;
}

export function renderLlmsFull(spec: SpecDocument, pages: readonly MarkdownPage[]): string {
  const bodies = pages.map(
    (page) => `<!-- ${markdownCopyOf(page.page)}: ${page.name} -->\n\n${page.markdown.trim()}`,
  );
  return `${summaryLines(spec).join('\n\n')}\n\n---\n\n${bodies.join('\n\n---\n\n')}\n`;
}
