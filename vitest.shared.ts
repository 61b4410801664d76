import { defineConfig, type ViteUserConfig } from 'vitest/config';

/**
 * The test settings every package shares. The JSON report is what `.ci/run` counts, so every
 * package writes it to the same place: `test-output/vitest.json`.
 */
export function packageTestConfig(test: NonNullable<ViteUserConfig['test']> = {}): ViteUserConfig {
  return defineConfig({
    test: {
      reporters: ['default', 'json'],
      outputFile: { json: 'test-output/vitest.json' },
      ...test,
    },
  });
}
