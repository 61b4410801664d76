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

// Dependencies (openapi-fetch) stay imports in both formats: its caret range is what users load.
export default defineConfig([
  { ...shared, format: 'esm' },
  { ...shared, format: 'cjs' },
]);
