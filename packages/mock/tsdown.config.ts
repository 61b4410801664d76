import { serverPackageBuild } from '../local-server/src/tsdown-config.ts';

// Prism runs in a child process started from `prism-entry.js`, beside the library.
export default serverPackageBuild(import.meta.url, [
  'src/index.ts',
  'src/cli.ts',
  'src/prism-entry.ts',
]);
