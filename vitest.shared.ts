import { defineConfig, type ViteUserConfig } from 'vitest/config';

/**
 * The test settings every package shares. The JSON report is what `.ci/run` counts, so every
 * package writes it to the same place: `test-output/vitest.json`.
 *
 * Deadlines are there to end a test that hangs, not to judge speed: on a machine running several
 * test suites at once (two helpers' `pnpm test`s, CI beside a build), a test that packs a
 * tarball or starts the Redocly CLI takes tens of seconds where it takes one alone.
 */
export function packageTestConfig(test: NonNullable<ViteUserConfig['test']> = {}): ViteUserConfig {
  return defineConfig({
    test: {
      reporters: ['default', 'json'],
      outputFile: { json: 'test-output/vitest.json' },
      testTimeout: 300_000,
      hookTimeout: 300_000,
      ...test,
    },
  });
}
