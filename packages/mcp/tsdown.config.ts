import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'tsdown';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const shared: UserConfig = {
  platform: 'node',
  target: 'node20.19',
  fixedExtension: false,
  dts: true,
  // The server tells MCP hosts the version being published, never one typed by hand.
  define: { __MCP_VERSION__: JSON.stringify(version) },
};

export default defineConfig([
  { ...shared, entry: ['src/index.ts', 'src/cli.ts'], format: 'esm' },
  // The library entry for `require()` users, such as a host that embeds the server in process.
  { ...shared, entry: ['src/index.ts'], format: 'cjs' },
]);
