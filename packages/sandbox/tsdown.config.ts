import { serverPackageBuild } from '../local-server/src/tsdown-config.ts';

export default serverPackageBuild(import.meta.url, ['src/index.ts', 'src/cli.ts']);
