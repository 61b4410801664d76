import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** The package's own folder: every other path of the site is relative to it. */
export const packageDir = join(import.meta.dirname, '..');

/**
 * The Python and Go SDKs' folders, read by path rather than as dependencies: the site needs only
 * their READMEs, and a dependency would make building it (and `pnpm start`) build them with
 * Python and Go. The tests that run their samples depend on their builds in turbo.json.
 */
export const sdkFolders = {
  python: join(packageDir, '..', 'sdk-python'),
  go: join(packageDir, '..', 'sdk-go'),
};

/** Where the build writes the site, and what `start` serves. */
export const distDir = join(packageDir, 'dist');

/** The bundled spec, as `@ryzeapi/openapi` publishes it (built before this package). */
export const bundledSpec = {
  yaml: require.resolve('@ryzeapi/openapi/openapi.yaml'),
  json: require.resolve('@ryzeapi/openapi/openapi.json'),
  dereferencedJson: require.resolve('@ryzeapi/openapi/openapi.dereferenced.json'),
};

/**
 * The pages of the site, relative to `distDir`: the one place their names are chosen. Each
 * `.html` page also has a Markdown copy at its name plus `.md` (llmstxt.org), `markdownCopyOf`.
 */
export const sitePages = {
  landing: 'index.html',
  reference: 'reference.html',
  tryIt: 'try-it.html',
  sdkReadme: 'sdk.html',
  pythonSdkReadme: 'sdk-python.html',
  goSdkReadme: 'sdk-go.html',
  mockReadme: 'mock.html',
  mcpReadme: 'mcp.html',
  sandboxReadme: 'sandbox.html',
  specYaml: 'openapi.yaml',
  specJson: 'openapi.json',
  llmsIndex: 'llms.txt',
  llmsFull: 'llms-full.txt',
  specDereferencedJson: 'openapi.dereferenced.json',
  stylesheet: 'assets/site.css',
  referenceTheme: 'assets/reference-theme.css',
  favicon: 'assets/favicon.svg',
  tryItConsole: 'assets/try-it.js',
  tryItTheme: 'assets/try-it.css',
  tryItScript: 'assets/swagger-ui/swagger-ui-bundle.js',
  tryItStyles: 'assets/swagger-ui/swagger-ui.css',
} as const;

/** A page's Markdown copy, as llmstxt.org names it: the page's URL plus `.md`. */
export function markdownCopyOf(page: string): string {
  return `${page}.md`;
}
