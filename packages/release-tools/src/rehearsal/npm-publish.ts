import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from '@ryzeapi/test-support/command';
import { publishablePackages } from '../pack-check/publishable-packages.ts';

/** npm's own registry: where `pnpm release` publishes. */
export const NPM_REGISTRY = 'https://registry.npmjs.org/';

/**
 * Builds every package `changeset publish` publishes (and what they are built from), in the
 * workspace at `root`, with turbo.
 */
export async function buildPublishedPackages(root: string, env: NodeJS.ProcessEnv): Promise<void> {
  const filters = (await publishablePackages(root)).map((pkg) => `--filter=${pkg.name}`);
  await runCommand(
    join(root, 'node_modules/.bin/turbo'),
    ['run', 'build', ...filters, '--output-logs=errors-only', '--ui=stream'],
    { cwd: root, env },
  );
}

/**
 * `changeset publish` of the workspace at `root` to `registry`: every public package whose
 * version is not there yet, packed by pnpm (its `workspace:` ranges rewritten), with the
 * credentials the environment's npm configuration holds. The release and its rehearsal both
 * publish through here, the registry's URL the only difference. changesets reads the registry
 * from the lowercase `npm_config_registry`, not from .npmrc. Resolves with its output.
 */
export async function publishNpmPackages(
  root: string,
  env: NodeJS.ProcessEnv,
  registry: string,
): Promise<string> {
  const { output } = await runCommand(join(root, 'node_modules/.bin/changeset'), ['publish'], {
    cwd: root,
    env: { ...env, npm_config_registry: registry },
  });
  return output;
}

/**
 * An npm user configuration for a registry that takes any token (the rehearsal's): npm and
 * pnpm refuse to publish without one (ENEEDAUTH). Nothing secret: the token is a placeholder.
 */
export function placeholderCredentials(dir: string, registry: string): string {
  const file = join(dir, 'publish.npmrc');
  const host = registry.replace(/^https?:/, '');
  writeFileSync(file, `registry=${registry}\n${host}:_authToken=release-rehearsal-placeholder\n`);
  return file;
}
