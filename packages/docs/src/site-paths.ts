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

/** The pages of the site, relative to `distDir`: the one place their names are chosen. */
export const sitePages = {
  landing: 'index.html',
  reference: 'reference.html',
  sdkReadme: 'sdk.html',
  mockReadme: 'mock.html',
  mcpReadme: 'mcp.html',
  sandboxReadme: 'sandbox.html',
  specYaml: 'openapi.yaml',
  specJson: 'openapi.json',
  stylesheet: 'assets/site.css',
  referenceTheme: 'assets/reference-theme.css',
  favicon: 'assets/favicon.svg',
} as const;
