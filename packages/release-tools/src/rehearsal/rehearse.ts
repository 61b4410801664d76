/**
 * The release rehearsal: on a throwaway copy of the repository, what a release does (version,
 * build, `changeset publish`, the Python distributions, the Go module), against registries on
 * loopback that exist only for it; then consumers install each package as its users do and use
 * it. Nothing is written to the repository, and no tag is left anywhere.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyWorkspace, type WorkspaceCopy } from '@ryzeapi/test-support/workspace-copy';
import { goModuleDirs } from '../go-module/check-go-module.ts';
import { publishablePackages } from '../pack-check/publishable-packages.ts';
import { buildPythonDistributions } from '../python-check/build-python-distributions.ts';
import { readPythonDistribution } from '../python-check/python-distribution.ts';
import { pythonProjects } from '../python-check/python-projects.ts';
import { runConsumers } from './consumer-rows.ts';
import { type PublishedGoModule, publishGoModule } from './go-module-proxy.ts';
import { startLocalNpmRegistry } from './local-npm-registry.ts';
import {
  buildPublishedPackages,
  placeholderCredentials,
  publishNpmPackages,
} from './npm-publish.ts';
import { ProcessRegistry } from './process-registry.ts';
import { writePythonIndex } from './python-index.ts';
import { type RehearsalRow, runRow } from './rehearsal-row.ts';
import { checkRepositoryUnchanged, repositoryState } from './repository-state.ts';
import { checkSystemRequirements } from './system-requirements.ts';
import { versionCopy } from './version-copy.ts';

export interface Rehearsal {
  rows: RehearsalRow[];
  /** The release steps before the consumers, each with its time, for the report. */
  steps: { step: string; elapsedMs: number; note: string }[];
}

/** Runs the whole rehearsal of the repository at `repoRoot`; `log` hears each step as it starts. */
export async function rehearseRelease(
  repoRoot: string,
  log: (line: string) => void = () => {},
): Promise<Rehearsal> {
  checkSystemRequirements();
  const repositoryBefore = repositoryState(repoRoot);
  const processes = new ProcessRegistry();
  const workDir = mkdtempSync(join(tmpdir(), 'ryzeapi-release-rehearsal-work-'));
  // Retried: on Ctrl-C a child that got the signal too may still be writing in it for a moment.
  const removeWorkDir = () =>
    rmSync(workDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  // Ctrl-C: the sandbox and npx run in process groups of their own, which the terminal's signal
  // does not reach; end them and the work folder, then die of the signal as if not caught.
  const onSignal = (signal: NodeJS.Signals) => {
    processes.killAllNow();
    try {
      removeWorkDir();
    } catch (error) {
      console.error(`Could not remove ${workDir}: ${(error as Error).message}`);
    }
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.kill(process.pid, signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let copy: WorkspaceCopy | undefined;
  let registry: Awaited<ReturnType<typeof startLocalNpmRegistry>> | undefined;
  const steps: Rehearsal['steps'] = [];
  const step = async <T>(
    name: string,
    work: () => Promise<T>,
    note: (result: T) => string = () => '',
  ) => {
    log(`release:rehearse: ${name}…`);
    const started = performance.now();
    const result = await work().catch((error: Error) => {
      throw new Error(`${name}: ${error.message}`, { cause: error });
    });
    steps.push({ step: name, elapsedMs: performance.now() - started, note: note(result) });
    return result;
  };
  try {
    copy = await step(
      'copy the repository and install it',
      () => copyWorkspace(repoRoot, 'release-rehearsal'),
      (c) => c.root,
    );
    const { root, env } = copy;
    const { versions } = await step(
      'version',
      () => versionCopy(root, env),
      ({ how }) => how,
    );
    await step('build the published packages', () => buildPublishedPackages(root, env));

    registry = await step(
      'start the npm registry (Verdaccio)',
      () => startLocalNpmRegistry(join(workDir, 'npm-registry')),
      (r) => r.url,
    );
    const npmRegistry = registry.url;
    const credentials = placeholderCredentials(workDir, npmRegistry);
    await step('changeset publish', () =>
      publishNpmPackages(root, { ...env, npm_config_userconfig: credentials }, npmRegistry),
    );
    const npmPackages = await publishablePackages(root);

    const pythonIndex = await step(
      'Python: wheel and sdist into a PEP 503 index',
      async () => {
        const projects = [];
        for (const dir of await pythonProjects(root)) {
          const files = buildPythonDistributions(dir, workDir);
          const metadata = readPythonDistribution(files[0] as string).metadata;
          projects.push({
            name: metadata.Name?.[0] ?? '',
            version: metadata.Version?.[0] ?? '',
            files,
          });
        }
        return { url: writePythonIndex(join(workDir, 'python-index'), projects), projects };
      },
      (index) => index.url,
    );

    const proxyDir = join(workDir, 'go-proxy');
    const goModules: PublishedGoModule[] = await step(
      'Go: module proxy folder',
      async () => {
        const modules = [];
        for (const dir of await goModuleDirs(root)) {
          const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
          modules.push(
            publishGoModule({
              moduleDir: dir,
              version: pkg.version,
              proxyDir,
              workDir,
            }),
          );
        }
        return modules;
      },
      () => `file://${proxyDir}`,
    );

    const rows = await runConsumers({
      root,
      workDir,
      env,
      npmRegistry,
      versions,
      npmPackages,
      pythonIndex,
      goModules,
      proxyDir,
      processes,
      log,
    });
    rows.push(
      await runRow(
        {
          package: '(this repository)',
          version: '',
          registry: '',
          consumer: 'working tree and tags untouched',
        },
        async () => checkRepositoryUnchanged(repoRoot, repositoryBefore),
      ),
    );
    return { rows, steps };
  } finally {
    await processes.stopAll();
    await registry?.stop();
    await copy?.remove();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    removeWorkDir();
  }
}
