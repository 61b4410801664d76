import { createRequire } from 'node:module';
import { defineConfig, type UserConfig } from 'tsdown';

/**
 * The build of the server package whose `tsdown.config.ts` is at `configUrl`: `esmEntries` (the
 * library, its CLI, …) as ES modules with the bundled spec copied beside them, so that `npx`
 * needs neither a checkout of this repository nor the network; and the library entry again as
 * CommonJS for `require()` users (jest global setups among them), whose `import.meta.url`
 * `shims` turns into a CommonJS equivalent, so that it finds the spec beside it. Workspace
 * packages (this one among them) are bundled in: they are development dependencies, which tsdown
 * does not leave external.
 *
 * Config files import this module by its path: tsdown's config loader does not compile
 * TypeScript reached through node_modules.
 */
export function serverPackageBuild(configUrl: string, esmEntries: string[]) {
  const bundledSpec = createRequire(configUrl).resolve('@ryzeapi/openapi/openapi.json');
  const shared: UserConfig = {
    platform: 'node',
    target: 'node20.19',
    fixedExtension: false,
    dts: true,
  };
  return defineConfig([
    { ...shared, entry: esmEntries, format: 'esm', copy: [{ from: bundledSpec, to: 'dist' }] },
    { ...shared, entry: ['src/index.ts'], format: 'cjs', shims: true },
  ]);
}
