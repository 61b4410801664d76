import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsdown';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  // No Node built-ins: the SDK runs wherever fetch exists (browsers, Deno, Bun, edge runtimes).
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  // The User-Agent's version is the one being published, never typed by hand.
  define: { __SDK_VERSION__: JSON.stringify(version) },
});
