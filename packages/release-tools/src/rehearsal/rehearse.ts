/**
 * The release rehearsal: on a throwaway copy of the repository, what a release does (version,
 * build, `changeset publish`, the Python distributions, the Go module), against registries on
 * loopback that exist only for it; then consumers install each package as its users do and use
 * it. Nothing is written to the repository, and no tag is left anywhere.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyWorkspace, type WorkspaceCopy } from '@ryzeapi/test-support/workspace-copy';
import { goModuleDirs } from '../go-module/check-go-module.ts';
import { publishablePackages } from '../pack-check/publishable-packages.ts';
import { buildPythonDistributions } from '../python-check/build-python-distributions.ts';
import { readPythonDistribution } from '../python-check/python-distribution.ts';
import { pythonProjects } from '../python-check/python-projects.ts';
import { newNpmProject, npmInstall } from './consumer-project.ts';
import { goGetAndLeave } from './go-consumer.ts';
import { type PublishedGoModule, publishGoModule } from './go-module-proxy.ts';
import { startLocalNpmRegistry } from './local-npm-registry.ts';
import {
  CJS_LEAVE,
  compareBundledSpec,
  ESM_LEAVE,
  listAndCallMcpTool,
  runLeaveScript,
  typeCheckSdk,
} from './npm-consumers.ts';
import {
  buildPublishedPackages,
  placeholderCredentials,
  publishNpmPackages,
} from './npm-publish.ts';
import { ProcessRegistry } from './process-registry.ts';
import { pipInstall, runPythonConsumer } from './python-consumer.ts';
import { writePythonIndex } from './python-index.ts';
import { checkRegistryManifest } from './registry-manifest.ts';
import { type RehearsalRow, type RowTarget, runRow } from './rehearsal-row.ts';
import { type RegistrySandbox, startSandboxFromRegistry } from './sandbox-from-registry.ts';
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
    const result = await work();
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
    const version = (name: string) => versions.get(name) ?? '?';
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
          const pkg = (await import(join(dir, 'package.json'), { with: { type: 'json' } })).default;
          modules.push(
            publishGoModule({
              repoDir: root,
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

    const context = { workDir, env, npmRegistry };
    const rows: RehearsalRow[] = [];
    const row = async (
      target: Omit<RowTarget, 'registry'> & { registry?: string },
      run: () => Promise<string>,
    ) => {
      log(`release:rehearse: ${target.package} · ${target.consumer}…`);
      const result = await runRow({ registry: npmRegistry, ...target }, run);
      rows.push(result);
      return result;
    };

    for (const pkg of npmPackages) {
      await row(
        {
          package: pkg.name,
          version: version(pkg.name),
          consumer: 'published manifest: no workspace: range',
        },
        () => checkRegistryManifest(npmRegistry, pkg.name, version(pkg.name)),
      );
    }

    let sandbox: RegistrySandbox | undefined;
    const sandboxProject = newNpmProject(context, 'sandbox-consumer', 'module');
    await row(
      {
        package: '@ryzeapi/sandbox',
        version: version('@ryzeapi/sandbox'),
        consumer: 'npx @ryzeapi/sandbox --port 0',
      },
      async () => {
        sandbox = await startSandboxFromRegistry(
          sandboxProject,
          version('@ryzeapi/sandbox'),
          processes,
        );
        return `listening on ${sandbox.url}`;
      },
    );
    const withSandbox = async (run: (url: string) => Promise<string>) => {
      if (!sandbox) throw new Error('the sandbox from the registry did not start (see its row)');
      await sandbox.reset();
      return run(sandbox.url);
    };

    const sdk = { package: '@ryzeapi/sdk', version: version('@ryzeapi/sdk') };
    const npmProject = newNpmProject(context, 'npm-consumer', 'module');
    const npmInstalled = await row({ ...sdk, consumer: 'npm install @ryzeapi/sdk' }, () =>
      npmInstall(npmProject, [`@ryzeapi/sdk@${sdk.version}`]),
    );
    npmProject.write('leave.mjs', ESM_LEAVE);
    npmProject.write('leave.cjs', CJS_LEAVE);
    for (const [kind, file] of [
      ['ESM', 'leave.mjs'],
      ['CommonJS', 'leave.cjs'],
    ] as const) {
      await row({ ...sdk, consumer: `npm: ${kind} leave, then 404` }, () =>
        npmInstalled.passed
          ? withSandbox((url) => runLeaveScript(npmProject, file, url))
          : Promise.reject(new Error('npm install failed (see its row)')),
      );
    }

    const pnpmProject = newNpmProject(context, 'pnpm-consumer', 'module');
    const pnpmInstalled = await row({ ...sdk, consumer: 'pnpm add @ryzeapi/sdk' }, () =>
      pnpmProject.run('pnpm', [
        'add',
        `@ryzeapi/sdk@${sdk.version}`,
        '--config.update-notifier=false',
      ]),
    );
    pnpmProject.write('leave.mjs', ESM_LEAVE);
    pnpmProject.write('leave.cjs', CJS_LEAVE);
    for (const [kind, file] of [
      ['ESM', 'leave.mjs'],
      ['CommonJS', 'leave.cjs'],
    ] as const) {
      await row({ ...sdk, consumer: `pnpm: ${kind} leave, then 404` }, () =>
        pnpmInstalled.passed
          ? withSandbox((url) => runLeaveScript(pnpmProject, file, url))
          : Promise.reject(new Error('pnpm add failed (see its row)')),
      );
    }

    const tsProject = newNpmProject(context, 'typescript-consumer', 'module');
    await row(
      { ...sdk, consumer: 'tsc --noEmit (strict) against its types' },
      async () =>
        (await npmInstall(tsProject, [`@ryzeapi/sdk@${sdk.version}`])) +
        (await typeCheckSdk(tsProject)),
    );

    const mcpProject = newNpmProject(context, 'mcp-consumer', 'module');
    await row(
      {
        package: '@ryzeapi/mcp',
        version: version('@ryzeapi/mcp'),
        consumer: 'npx @ryzeapi/mcp: MCP client lists and calls leave_group',
      },
      () => withSandbox((url) => listAndCallMcpTool(mcpProject, version('@ryzeapi/mcp'), url)),
    );

    const specProject = newNpmProject(context, 'openapi-consumer', 'module');
    await row(
      {
        package: '@ryzeapi/openapi',
        version: version('@ryzeapi/openapi'),
        consumer: 'npm install: same bundled spec bytes',
      },
      async () =>
        (await npmInstall(specProject, [`@ryzeapi/openapi@${version('@ryzeapi/openapi')}`])) +
        (await compareBundledSpec(specProject, join(root, 'spec', 'dist'))),
    );

    for (const project of pythonIndex.projects) {
      const target = {
        package: `${project.name} (PyPI)`,
        version: project.version,
        registry: pythonIndex.url,
      };
      let venv: string | undefined;
      await row(
        { ...target, consumer: `pip install ${project.name} (fresh venv, hermetic)` },
        async () => {
          const installed = await pipInstall(workDir, env, pythonIndex.url, project.version);
          venv = installed.venv;
          return installed.output;
        },
      );
      for (const stepName of ['typed', 'sync', 'async'] as const) {
        const consumer = {
          typed: 'py.typed installed (PEP 561)',
          sync: 'Ryze: leave, then 404',
          async: 'AsyncRyze: leave, then 404',
        }[stepName];
        await row({ ...target, consumer }, () =>
          venv
            ? withSandbox((url) => runPythonConsumer(venv as string, env, stepName, url))
            : Promise.reject(new Error('pip install failed (see its row)')),
        );
      }
    }

    for (const module of goModules) {
      await row(
        {
          package: module.module,
          version: module.version,
          registry: `file://${proxyDir}`,
          consumer: 'go get through the proxy, go.sum h1:, leave then 404',
        },
        () => withSandbox((url) => goGetAndLeave(workDir, env, proxyDir, module, url)),
      );
    }
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
