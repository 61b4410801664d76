import { readFileSync } from 'node:fs';
import { packageTestConfig } from '../../vitest.shared.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default {
  ...packageTestConfig(),
  // The tests run the sources: give them the constant tsdown defines at build time.
  define: { __MCP_VERSION__: JSON.stringify(version) },
};
