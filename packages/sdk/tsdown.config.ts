import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'tsdown';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const shared: UserConfig = {
  entry: ['src/index.ts'],
  // No Node built-ins: the SDK runs wherever fetch exists (browsers, Deno, Bun, edge runtimes).
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  // The User-Agent's version is the one being published, never typed by hand.
  define: { __SDK_VERSION__: JSON.stringify(version) },
};

export default defineConfig([
  { ...shared, format: 'esm' },
  {
    ...shared,
    format: 'cjs',
    // Rolldown imports a CommonJS dependency from an ESM package the way Node does (the default
    // export is `module.exports`), which loses openapi-fetch's `exports.default`; the CJS build
    // carries openapi-fetch's ESM code instead.
    // Its declarations still import openapi-fetch's, like the ESM ones.
    deps: {
      alwaysBundle: (id, importer) => id === 'openapi-fetch' && !importer?.endsWith('.d.ts'),
    },
  },
]);
