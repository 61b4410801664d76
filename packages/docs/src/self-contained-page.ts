import { sitePages } from './site-paths.ts';

/**
 * The images Redoc 3 loads from Redocly's CDN, and the local files that replace them.
 *
 * Redoc's sidebar footer ("API docs by Redocly") renders an <img> of Redocly's logo from
 * cdn.redoc.ly after hydration. Redoc 3.0.1, as bundled by @redocly/cli 2.77.0, has no option
 * that hides it (its `hideLogo` belongs to the API's own logo and the footer ignores it; see
 * `redoc.standalone.js`), and an <img> hidden by CSS is still fetched. So the build points those
 * two URLs at local images that keep the attribution readable.
 */
export const REDOC_CDN_IMAGES = [
  { url: 'https://cdn.redoc.ly/redoc/logo-mini-full.svg', local: 'assets/redocly-wordmark.svg' },
  { url: 'https://cdn.redoc.ly/redoc/logo-mini.svg', local: 'assets/redocly-mark.svg' },
] as const;

function occurrences(text: string, search: string): number {
  return text.split(search).length - 1;
}

/** Markup that makes the browser fetch something as soon as the page is parsed. */
const EAGER_EXTERNAL_LOAD =
  /<(script|img|iframe|source|video|audio)\b[^>]*\bsrc\s*=\s*["']?(https?:)?\/\/|<link\b[^>]*\bhref\s*=\s*["']?(https?:)?\/\//gi;

/**
 * Makes the page Redoc built load nothing from another host: swaps the CDN images for local
 * copies, then refuses markup that would fetch from elsewhere. Throws when the renderer changed
 * (an expected URL is gone or appears more than once) rather than ship a page that phones out.
 */
export function makeSelfContained(html: string, pageName = sitePages.reference): string {
  let result = html;
  for (const { url, local } of REDOC_CDN_IMAGES) {
    const found = occurrences(result, url);
    if (found !== 1) {
      throw new Error(
        `${pageName}: expected Redoc's bundle to reference ${url} exactly once, found ${found}. ` +
          'The renderer changed: check which external requests the page makes now ' +
          '(the browser tests list them) and update REDOC_CDN_IMAGES in src/self-contained-page.ts.',
      );
    }
    result = result.replace(url, local);
  }
  const eager = result.match(EAGER_EXTERNAL_LOAD);
  if (eager) {
    throw new Error(
      `${pageName} would load from another host as soon as it is opened: ${eager.join(', ')}. ` +
        'Build with --inlineBundle and keep every asset local.',
    );
  }
  return result;
}
