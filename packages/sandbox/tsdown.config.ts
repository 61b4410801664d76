import { createRequire } from 'node:module';
import { defineConfig, type UserConfig } from 'tsdown';

// The package ships its own copy of the bundled spec, so `npx @ryzeapi/sandbox` needs neither a
// checkout of this repository nor the network.
const bundledSpec = createRequire(import.meta.url).resolve('@ryzeapi/openapi/openapi.json');

const shared: UserConfig = {
  platform: 'node',
  target: 'node20.19',
  fixedExtension: false,
  dts: true,
};

export default defineConfig([
  {
    ...shared,
    entry: ['src/index.ts', 'src/cli.ts'],
    format: 'esm',
    copy: [{ from: bundledSpec, to: 'dist' }],
  },
  {
    // The library entry for `require()` users (jest global setups among them); `shims` gives its
    // `import.meta.url` a CommonJS equivalent so it finds the spec beside it.
    ...shared,
    entry: ['src/index.ts'],
    format: 'cjs',
    shims: true,
  },
]);
