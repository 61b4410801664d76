import { readFileSync } from 'node:fs';

// `pnpm size`: the budgets, min+brotli, of what an application bundles (esbuild, tree-shaken).
// test/package.test.ts fails when one is over budget or README.md's figures drift from these.

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * The same bundle with pacing (src/pacing.ts) and leaveMany (src/leave-many.ts) left out: both
 * come with createRyzeClient, pacing being on by default, so their cost is told apart by
 * measuring the client's sources without them. The code that wires them in stays counted.
 */
function withoutPacingAndLeaveMany(config) {
  const leftOut = {
    name: 'leave-out-pacing-and-leave-many',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]pacing\.ts$/ }, () => ({
        contents: 'export const createPacer = () => undefined;',
        loader: 'ts',
      }));
      build.onLoad({ filter: /[\\/]src[\\/]leave-many\.ts$/ }, () => ({
        contents: 'export const leaveMany = () => undefined;',
        loader: 'ts',
      }));
    },
  };
  return {
    ...config,
    define: { ...config.define, __SDK_VERSION__: JSON.stringify(version) },
    plugins: [...(config.plugins ?? []), leftOut],
  };
}

export default [
  {
    name: '@ryzeapi/sdk: createRyzeClient (leave, pacing and leaveMany are on the client) with openapi-fetch',
    path: 'dist/index.js',
    import: '{ createRyzeClient }',
    limit: '6.4 kB',
  },
  {
    name: '@ryzeapi/sdk: createRyzeClient and leave alone (src/ without pacing.ts and leave-many.ts) with openapi-fetch',
    path: 'src/index.ts',
    import: '{ createRyzeClient }',
    modifyEsbuildConfig: withoutPacingAndLeaveMany,
    // The goal is 5.5 kB; README.md's "Bundle size" says what it would cost. Until then the
    // budget holds what was cut on the way (5.75 kB before), so nothing grows back unseen.
    limit: '5.63 kB',
  },
  {
    name: '@ryzeapi/sdk: every export',
    path: 'dist/index.js',
    import: '*',
    limit: '6.55 kB',
  },
  {
    name: "openapi-fetch's createClient alone, for comparison (no budget: not ours)",
    path: 'node_modules/openapi-fetch/dist/index.mjs',
    import: 'createClient',
  },
];
