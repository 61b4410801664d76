/**
 * The publishing step of `pnpm release` (after `turbo run build release:dry`): builds the
 * published packages and runs `changeset publish` to npm's registry with the npm credentials of
 * the machine. It is the rehearsal's publishing step (`pnpm release:rehearse`), the registry's
 * URL and credentials the only difference.
 *
 * Usage: tsx src/cli/release-publish.ts
 */
import {
  buildPublishedPackages,
  NPM_REGISTRY,
  publishNpmPackages,
} from '../rehearsal/npm-publish.ts';
import { findRepoRoot } from '../repo-root.ts';

const repoRoot = findRepoRoot();
// The machine's environment as it is: its npm configuration may read the token from a variable.
const env = process.env;
try {
  await buildPublishedPackages(repoRoot, env);
  console.log(await publishNpmPackages(repoRoot, env, NPM_REGISTRY));
} catch (error) {
  console.error(`release: ${(error as Error).message}`);
  process.exitCode = 1;
}
