import { defineConfig, type UserConfig } from 'tsdown';

// The reader module, built beside the bundles it reads. The Redocly bundles are written after
// this build (see the build script), since tsdown empties dist/ first.
const shared: UserConfig = {
  entry: { document: 'src/document/index.ts' },
  platform: 'node',
  target: 'node20.19',
  fixedExtension: false,
  dts: true,
};

export default defineConfig([
  { ...shared, format: 'esm' },
  // `shims` gives the CommonJS build an `import.meta.url`, with which it finds the bundles.
  { ...shared, format: 'cjs', shims: true },
]);
