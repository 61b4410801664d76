import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from '@ryzeapi/test-support/command';

/** What every consumer of the rehearsal shares: where to install from and with what. */
export interface ConsumerContext {
  /** Folder for the consumers' projects and caches. */
  workDir: string;
  /** The environment of every command: the caller's, without its package-manager variables. */
  env: NodeJS.ProcessEnv;
  /** The npm registry the `@ryzeapi` scope comes from, `http://127.0.0.1:<port>/`. */
  npmRegistry: string;
}

/**
 * A new empty project folder set up as a company's project that gets one scope from its own
 * registry: its `.npmrc` sends `@ryzeapi` to `npmRegistry`, and every other package comes from
 * the machine's usual registry. npm gets a cache of the rehearsal's own (npx would otherwise
 * run a copy of the same version installed by an earlier rehearsal).
 */
export function newNpmProject(context: ConsumerContext, name: string) {
  const dir = mkdtempSync(join(context.workDir, `${name}-`));
  writeFileSync(join(dir, '.npmrc'), `@ryzeapi:registry=${context.npmRegistry}\n`);
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name, version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`,
  );
  const cache = join(context.workDir, 'npm-cache');
  mkdirSync(cache, { recursive: true });
  const env = { ...context.env, npm_config_cache: cache, npm_config_update_notifier: 'false' };
  const run = async (command: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}) =>
    (await runCommand(command, args, { cwd: dir, env: { ...env, ...extraEnv } })).output;
  const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
  return { dir, env, run, write };
}

export type NpmProject = ReturnType<typeof newNpmProject>;

/** `npm install` of `specs` into the project, as a user types it (no scripts run). */
export function npmInstall(project: NpmProject, specs: string[]): Promise<string> {
  return project.run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...specs]);
}
