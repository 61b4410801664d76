import { createRequire } from 'node:module';
import { defineConfig } from 'tsdown';

// The package ships its own copy of the bundled spec, so `npx @ryzeapi/mock` needs neither a
// checkout of this repository nor the network.
const bundledSpec = createRequire(import.meta.url).resolve('@ryzeapi/openapi/openapi.json');

export default defineConfig({
  entry: ['src/index.ts', 'src/cli.ts', 'src/prism-entry.ts'],
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  fixedExtension: false,
  dts: true,
  copy: [{ from: bundledSpec, to: 'dist' }],
});
