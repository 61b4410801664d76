import { dirname, resolve } from 'node:path';
import { marked, type Tokens } from 'marked';
import { markdownCopyOf } from './site-paths.ts';

const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:/i;
/** An inline link or image as written: `[text](href "title")`, `![alt](src)`. */
const INLINE_LINK = /^(!?)\[([\s\S]*)\]\(\s*<?([^\s>)]*)>?(?:\s+["'(][\s\S]*["')])?\s*\)$/;

export interface ReadmeMarkdownSource {
  file: string;
  markdown: string;
  /** Files of the repository that have a page on the site (absolute path → page). */
  pagesByFile: ReadonlyMap<string, string>;
}

/**
 * A README as the Markdown copy of its page: links to a file that has a page here point to that
 * page's Markdown copy, other relative links (source files) keep their text only, and images
 * become their alt text, as on the HTML page. Everything else stays as written.
 */
export function readmeMarkdownCopy(source: ReadmeMarkdownSource): string {
  let markdown = source.markdown;
  let cursor = 0;
  marked.walkTokens(marked.lexer(source.markdown, { gfm: true }), (token) => {
    if (token.type !== 'link' && token.type !== 'image') return;
    const { raw } = token as Tokens.Link | Tokens.Image;
    const at = markdown.indexOf(raw, cursor);
    const parts = INLINE_LINK.exec(raw);
    if (at === -1 || !parts) return;
    const [, bang, text = '', href = ''] = parts;
    const replacement = bang ? text : rewrittenLink(text, href, source);
    markdown = markdown.slice(0, at) + replacement + markdown.slice(at + raw.length);
    // A link kept as is may hold an image (a badge): look inside it next.
    cursor = replacement === raw ? at + 1 : at + replacement.length;
  });
  return markdown;
}

function rewrittenLink(text: string, href: string, source: ReadmeMarkdownSource): string {
  if (ABSOLUTE_URL.test(href) || href.startsWith('#')) return `[${text}](${href})`;
  const [path = '', fragment] = href.split('#');
  const target = source.pagesByFile.get(resolve(dirname(source.file), decodeURI(path)));
  if (target === undefined) return text;
  const [page = '', pageFragment] = target.split('#');
  const anchor = fragment ?? pageFragment;
  return `[${text}](${markdownCopyOf(page)}${anchor === undefined ? '' : `#${anchor}`})`;
}
