import { readFileSync } from 'node:fs';
import { packageTestConfig } from '../../vitest.shared.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default {
  // The packed-tarball test packs and installs the package: slower than a unit test.
  ...packageTestConfig({ testTimeout: 60_000, hookTimeout: 300_000 }),
  // The tests run the sources: give them the constant tsdown defines at build time.
  define: { __MCP_VERSION__: JSON.stringify(version) },
};
