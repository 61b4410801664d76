/**
 * The rehearsal's consumers, one row each: every package installed from where the release put
 * it, in a new project, and used as its README says (against the sandbox from the registry).
 */
import { join } from 'node:path';
import type { WorkspacePackage } from '../pack-check/publishable-packages.ts';
import { type NpmProject, newNpmProject, npmInstall } from './consumer-project.ts';
import { goGetAndLeave } from './go-consumer.ts';
import type { PublishedGoModule } from './go-module-proxy.ts';
import {
  CJS_LEAVE,
  compareBundledSpec,
  ESM_LEAVE,
  listAndCallMcpTool,
  runLeaveScript,
  typeCheckSdk,
} from './npm-consumers.ts';
import type { ProcessRegistry } from './process-registry.ts';
import { pipInstall, runPythonConsumer } from './python-consumer.ts';
import { checkRegistryManifest } from './registry-manifest.ts';
import { type RehearsalRow, type RowTarget, runRow } from './rehearsal-row.ts';
import { type RegistrySandbox, startSandboxFromRegistry } from './sandbox-from-registry.ts';

export interface PublishedRelease {
  /** The versioned, built copy of the repository. */
  root: string;
  workDir: string;
  env: NodeJS.ProcessEnv;
  npmRegistry: string;
  /** Every workspace package's version after versioning, by name. */
  versions: Map<string, string>;
  npmPackages: WorkspacePackage[];
  pythonIndex: { url: string; projects: { name: string; version: string }[] };
  goModules: PublishedGoModule[];
  proxyDir: string;
  processes: ProcessRegistry;
  log: (line: string) => void;
}

const PYTHON_STEPS = {
  typed: 'py.typed installed (PEP 561)',
  sync: 'Ryze: leave, then 404',
  async: 'AsyncRyze: leave, then 404',
} as const;

export async function runConsumers(release: PublishedRelease): Promise<RehearsalRow[]> {
  const { workDir, env, npmRegistry, processes } = release;
  const version = (name: string) => release.versions.get(name) ?? '?';
  const context = { workDir, env, npmRegistry };
  const rows: RehearsalRow[] = [];
  const row = async (
    target: Omit<RowTarget, 'registry'> & { registry?: string },
    run: () => Promise<string>,
  ) => {
    release.log(`release:rehearse: ${target.package} · ${target.consumer}…`);
    const result = await runRow({ registry: npmRegistry, ...target }, run);
    rows.push(result);
    return result;
  };
  /** A row that needs an earlier one: failed at once, pointing at it, when that one failed. */
  const after = (earlier: RehearsalRow, run: () => Promise<string>) => () =>
    earlier.passed ? run() : Promise.reject(new Error(`${earlier.consumer} failed (see its row)`));

  for (const pkg of release.npmPackages) {
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
  const sandboxVersion = version('@ryzeapi/sandbox');
  const sandboxProject = newNpmProject(context, 'sandbox-consumer');
  await row(
    {
      package: '@ryzeapi/sandbox',
      version: sandboxVersion,
      consumer: 'npx @ryzeapi/sandbox --port 0',
    },
    async () => {
      sandbox = await startSandboxFromRegistry(sandboxProject, sandboxVersion, processes);
      return `listening on ${sandbox.url}`;
    },
  );
  const withSandbox = async (run: (url: string) => Promise<string>) => {
    if (!sandbox) throw new Error('the sandbox from the registry did not start (see its row)');
    await sandbox.reset();
    return run(sandbox.url);
  };

  const sdk = { package: '@ryzeapi/sdk', version: version('@ryzeapi/sdk') };
  const leaveRows = async (
    manager: string,
    command: string,
    install: (project: NpmProject) => Promise<string>,
  ) => {
    const project = newNpmProject(context, `${manager}-consumer`);
    const installed = await row({ ...sdk, consumer: command }, () => install(project));
    project.write('leave.mjs', ESM_LEAVE);
    project.write('leave.cjs', CJS_LEAVE);
    for (const [kind, file] of [
      ['ESM', 'leave.mjs'],
      ['CommonJS', 'leave.cjs'],
    ] as const) {
      await row(
        { ...sdk, consumer: `${manager}: ${kind} leave, then 404` },
        after(installed, () => withSandbox((url) => runLeaveScript(project, file, url))),
      );
    }
  };
  await leaveRows('npm', 'npm install @ryzeapi/sdk', (project) =>
    npmInstall(project, [`@ryzeapi/sdk@${sdk.version}`]),
  );
  await leaveRows('pnpm', 'pnpm add @ryzeapi/sdk', (project) =>
    project.run('pnpm', ['add', `@ryzeapi/sdk@${sdk.version}`, '--config.update-notifier=false']),
  );

  const tsProject = newNpmProject(context, 'typescript-consumer');
  await row(
    { ...sdk, consumer: 'tsc --noEmit (strict) against its types' },
    async () =>
      (await npmInstall(tsProject, [`@ryzeapi/sdk@${sdk.version}`])) +
      (await typeCheckSdk(tsProject)),
  );

  const mcpProject = newNpmProject(context, 'mcp-consumer');
  await row(
    {
      package: '@ryzeapi/mcp',
      version: version('@ryzeapi/mcp'),
      consumer: 'npx @ryzeapi/mcp: MCP client lists and calls leave_group',
    },
    () => withSandbox((url) => listAndCallMcpTool(mcpProject, version('@ryzeapi/mcp'), url)),
  );

  const specVersion = version('@ryzeapi/openapi');
  const specProject = newNpmProject(context, 'openapi-consumer');
  await row(
    {
      package: '@ryzeapi/openapi',
      version: specVersion,
      consumer: 'npm install: same bundled spec bytes',
    },
    async () =>
      (await npmInstall(specProject, [`@ryzeapi/openapi@${specVersion}`])) +
      (await compareBundledSpec(specProject, join(release.root, 'spec', 'dist'))),
  );

  const { pythonIndex } = release;
  for (const project of pythonIndex.projects) {
    const target = {
      package: `${project.name} (PyPI)`,
      version: project.version,
      registry: pythonIndex.url,
    };
    let venv = '';
    const installed = await row(
      { ...target, consumer: `pip install ${project.name}: the wheel, fresh venv, hermetic` },
      async () => {
        const result = await pipInstall(workDir, env, pythonIndex.url, project.version);
        venv = result.venv;
        return result.output;
      },
    );
    for (const [step, consumer] of Object.entries(PYTHON_STEPS)) {
      await row(
        { ...target, consumer },
        after(installed, () =>
          withSandbox((url) =>
            runPythonConsumer(venv, env, step as keyof typeof PYTHON_STEPS, url),
          ),
        ),
      );
    }
    await row({ ...target, consumer: `pip install ${project.name} from its sdist` }, async () => {
      const fromSdist = await pipInstall(workDir, env, pythonIndex.url, project.version, 'sdist');
      return `${fromSdist.output}${await runPythonConsumer(fromSdist.venv, env, 'typed', '')}`;
    });
  }

  for (const module of release.goModules) {
    await row(
      {
        package: module.module,
        version: module.version,
        registry: `file://${release.proxyDir}`,
        consumer: 'go get through the proxy, go.sum h1:, leave then 404',
      },
      () => withSandbox((url) => goGetAndLeave(workDir, env, release.proxyDir, module, url)),
    );
  }
  return rows;
}
