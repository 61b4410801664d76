import { dirname, resolve } from 'node:path';
import { Marked } from 'marked';
import { escapeHtml, htmlPage } from './html.ts';
import { headingSlug } from './markdown.ts';

export interface ReadmeSource {
  /** The README file, so that its relative links can be resolved. */
  file: string;
  markdown: string;
  title: string;
  description: string;
  /** Files of the repository that have a page on the site (absolute path → page). */
  pagesByFile: ReadonlyMap<string, string>;
}

const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Renders a package README as a page of the site. A README is written for the repository, so:
 * relative links to a file that has a page here point to that page, other relative links (to
 * source files) keep their text but lose the link, and images show their alt text, because the
 * site must load nothing from elsewhere (a badge would be a request to another host).
 */
export function renderReadme(source: ReadmeSource): string {
  const slugsSeen = new Map<string, number>();
  const marked = new Marked({
    gfm: true,
    renderer: {
      // GitHub's anchors, so that a README's links to its own sections work on the site too.
      heading(text, level, raw) {
        const slug = headingSlug(raw);
        const seen = slugsSeen.get(slug) ?? 0;
        slugsSeen.set(slug, seen + 1);
        const id = seen === 0 ? slug : `${slug}-${seen}`;
        return `<h${level} id="${escapeHtml(id)}">${text}</h${level}>\n`;
      },
      link(href, title, text) {
        const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
        if (ABSOLUTE_URL.test(href) || href.startsWith('#')) {
          return `<a href="${escapeHtml(href)}"${titleAttribute}>${text}</a>`;
        }
        const [path = '', fragment] = href.split('#');
        const page = source.pagesByFile.get(resolve(dirname(source.file), decodeURI(path)));
        if (page === undefined) return `<span class="repository-link">${text}</span>`;
        const target = fragment === undefined ? page : `${page}#${fragment}`;
        return `<a href="${escapeHtml(target)}"${titleAttribute}>${text}</a>`;
      },
      image(_href, _title, text) {
        return `<span class="image-alt">${text}</span>`;
      },
      // Focusable, because a wide block scrolls sideways and keyboard users must reach it.
      code(code, infostring, escaped) {
        const language = /^\S+/.exec(infostring ?? '')?.[0];
        const languageClass = language ? ` class="language-${escapeHtml(language)}"` : '';
        return `<pre tabindex="0"><code${languageClass}>${escaped ? code : escapeHtml(code)}</code></pre>\n`;
      },
    },
  });
  const body = marked.parse(source.markdown, { async: false }) as string;
  return htmlPage({
    title: source.title,
    description: source.description,
    body: `    <article class="readme">\n${body}    </article>`,
  });
}
