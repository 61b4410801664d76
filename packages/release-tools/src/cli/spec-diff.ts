/**
 * `pnpm spec:diff`: the breaking-change gate. Lists every change of the bundled spec since the
 * last release, and fails when the pending changesets do not bump the packages generated from
 * the spec enough for those changes.
 *
 * Usage: tsx src/cli/spec-diff.ts [--spec <bundled.json>] [--baseline <released.json>]
 */
import { parseArgs } from 'node:util';
import { runSpecGate } from '../gate/spec-gate.ts';
import {
  BUNDLED_SPEC,
  GENERATED_FROM_SPEC,
  SPEC_BASELINE,
  SPEC_PACKAGE,
} from '../release-config.ts';
import { findRepoRoot } from '../repo-root.ts';

const { values } = parseArgs({
  options: { spec: { type: 'string' }, baseline: { type: 'string' } },
});
const repoRoot = findRepoRoot();

try {
  const result = await runSpecGate({
    repoRoot,
    specPath: values.spec ?? BUNDLED_SPEC,
    baselinePath: values.baseline ?? SPEC_BASELINE,
    specPackage: SPEC_PACKAGE,
    generatedPackages: GENERATED_FROM_SPEC,
  });
  console.log(result.report);
  console.log(`\nspec:diff ${result.passed ? 'passed' : 'FAILED'} (${result.verdict})`);
  process.exitCode = result.passed ? 0 : 1;
} catch (error) {
  console.error(`spec:diff could not run: ${(error as Error).message}`);
  process.exitCode = 2;
}
