import { sitePages } from './site-paths.ts';
import { siteReadmes } from './site-readmes.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

export interface PageShell {
  title: string;
  description: string;
  /** Trusted HTML: the caller escapes whatever it interpolates. */
  body: string;
  /** Trusted elements added to the page's head (a page's own scripts and stylesheets). */
  head?: string[];
}

/** The frame every hand-made page of the site shares: same stylesheet, favicon and header. */
export function htmlPage({ title, description, body, head = [] }: PageShell): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)}</title>
  <meta name="description" content="${escapeHtml(description)}">
  <link rel="icon" href="${sitePages.favicon}" type="image/svg+xml">
  <link rel="stylesheet" href="${sitePages.stylesheet}">
${head.map((element) => `  ${element}\n`).join('')}</head>
<body>
  <header class="site-header">
    <nav aria-label="Site">
      <a href="${sitePages.landing}">Overview</a>
      <a href="${sitePages.reference}">API reference</a>
      <a href="${sitePages.tryIt}">Try it</a>
${siteReadmes.map((readme) => `      <a href="${readme.page}">${escapeHtml(readme.name)}</a>\n`).join('')}    </nav>
  </header>
  <main>
${body}
  </main>
</body>
</html>
`;
}
