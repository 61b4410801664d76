/**
 * The checks on the site's llms files, written apart from the code that generates them: links
 * are found with a regular expression over the text, statuses and messages are listed straight
 * from the bundled spec's JSON.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Every Markdown link target of `markdown`: `[text](target)`. */
export function linkTargets(markdown: string): string[] {
  return [...markdown.matchAll(/\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1] as string);
}

/** The targets of `markdown` that are not a file of the site built in `root`, each with why. */
export function unresolvedLinks(markdown: string, root: string): string[] {
  return linkTargets(markdown).flatMap((target) => {
    // A section of the same document.
    if (target.startsWith('#')) return [];
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(target)) return [`${target}: not a file of the site`];
    const path = decodeURIComponent(target.split('#')[0] ?? '');
    const file = resolve(root, path);
    if (relative(root, file).startsWith('..')) return [`${target}: outside the site`];
    if (!existsSync(file) || !statSync(file).isFile()) return [`${target}: no such file`];
    return [];
  });
}

export interface DocumentedResponse {
  status: string;
  /** The example's message (the error envelope's, or a success body's); undefined without one. */
  message: string | undefined;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

type Json = Record<string, unknown>;
const objectAt = (value: unknown): Json =>
  value !== null && typeof value === 'object' ? (value as Json) : {};

/** Every (status, message) of every operation of a dereferenced OpenAPI document. */
export function documentedResponses(dereferencedSpecFile: string): DocumentedResponse[] {
  const spec = JSON.parse(readFileSync(dereferencedSpecFile, 'utf8')) as Json;
  const found: DocumentedResponse[] = [];
  for (const item of Object.values(objectAt(spec.paths))) {
    for (const method of METHODS) {
      const responses = objectAt(objectAt(objectAt(item)[method]).responses);
      for (const [status, response] of Object.entries(responses)) {
        const examples = Object.values(objectAt(objectAt(response).content)).flatMap((media) =>
          Object.values(objectAt(objectAt(media).examples)),
        );
        if (examples.length === 0) found.push({ status, message: undefined });
        for (const example of examples) {
          const value = objectAt(objectAt(example).value);
          const message = objectAt(value.error).message ?? value.message;
          found.push({ status, message: typeof message === 'string' ? message : undefined });
        }
      }
    }
  }
  return found;
}

/**
 * The responses `markdown` does not document: each needs a table row that starts with its
 * status and holds its message as code, e.g. `| 404 | notMember … | \`Group not found…\` |`.
 */
export function undocumentedResponses(
  markdown: string,
  responses: readonly DocumentedResponse[],
): DocumentedResponse[] {
  const rows = markdown.split('\n').filter((line) => line.startsWith('| '));
  return responses.filter(
    ({ status, message }) =>
      !rows.some(
        (row) =>
          row.startsWith(`| ${status} |`) &&
          (message === undefined || row.includes(`\`${message}\``)),
      ),
  );
}

/** The llmstxt.org layout: an H1 first, a `>` summary, H2 sections of `- [name](url): note`. */
export function layoutProblems(llmsText: string): string[] {
  const lines = llmsText.split('\n');
  const problems: string[] = [];
  if (!/^# \S/.test(lines[0] ?? '')) problems.push('the first line is not an H1');
  const firstSection = lines.findIndex((line) => line.startsWith('## '));
  const summary = lines.findIndex((line) => line.startsWith('> '));
  if (summary === -1 || (firstSection !== -1 && summary > firstSection)) {
    problems.push('no `>` summary before the first section');
  }
  if (firstSection === -1) problems.push('no H2 section');
  for (const line of lines.slice(Math.max(firstSection, 0))) {
    if (line === '' || line.startsWith('## ')) continue;
    if (!/^- \[[^\]]+\]\([^)\s]+\)(: .+)?$/.test(line)) {
      problems.push(`not a "- [name](url): note" item: ${line}`);
    }
  }
  return problems;
}

/** The site's HTML pages (relative to `root`) without a Markdown copy at their name plus `.md`. */
export function pagesWithoutMarkdownCopy(pages: readonly string[], root: string): string[] {
  return pages.filter((page) => !existsSync(join(root, `${page}.md`)));
}
