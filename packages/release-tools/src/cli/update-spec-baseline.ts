/**
 * Part of `pnpm run version`: once `changeset version` has cut a release, the bundled spec
 * becomes the baseline that the breaking-change gate compares the next changes with.
 * The copy is formatted by Biome so that `biome ci` accepts the committed file.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BUNDLED_SPEC, SPEC_BASELINE, SPEC_PACKAGE } from '../release-config.ts';
import { findRepoRoot } from '../repo-root.ts';

const repoRoot = findRepoRoot();
const source = join(repoRoot, BUNDLED_SPEC);
const target = join(repoRoot, SPEC_BASELINE);
if (!existsSync(source)) {
  console.error(
    `No bundled spec at ${source}: build it first (pnpm --filter ${SPEC_PACKAGE} build).`,
  );
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
copyFileSync(source, target);
// Biome is the workspace root's devDependency: resolved from here, it is found up the tree.
const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
execFileSync(process.execPath, [biome, 'format', '--write', target], {
  cwd: repoRoot,
  stdio: 'inherit',
});
console.log(`${SPEC_BASELINE} now holds the spec of this release.`);
