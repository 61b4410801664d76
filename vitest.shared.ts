import { defineConfig, type ViteUserConfig } from 'vitest/config';

/**
 * The test settings every package shares. The JSON report is what `.ci/run` counts, so every
 * package writes it to the same place: `test-output/vitest.json`.
 *
 * Deadlines are there to end a test that hangs, not to judge speed: on a machine running several
 * test suites at once (two `pnpm test`s side by side, CI beside a build), a test that packs
 * tarballs or starts the Redocly CLI takes minutes where it takes seconds alone. So one generous
 * deadline for every test and hook, and none of their own.
 */
export function packageTestConfig(test: NonNullable<ViteUserConfig['test']> = {}): ViteUserConfig {
  return defineConfig({
    test: {
      reporters: ['default', 'json'],
      outputFile: { json: 'test-output/vitest.json' },
      testTimeout: 1_200_000,
      hookTimeout: 1_200_000,
      ...test,
    },
  });
}
