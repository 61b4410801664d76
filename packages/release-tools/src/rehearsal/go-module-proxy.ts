import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MODULE_ZIP_TOOL = fileURLToPath(new URL('../../go/module-zip', import.meta.url));

/** The Go tool: on PATH, else Debian's. */
export function goCommand(): string {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, 'go'))) return join(dir, 'go');
  }
  if (existsSync('/usr/lib/go/bin/go')) return '/usr/lib/go/bin/go';
  throw new Error(
    'Go is not installed: the rehearsal publishes the Go SDK through a module proxy folder. Run scripts/install-system-packages.sh (Debian: golang-go).',
  );
}

/** Where Debian's golang-golang-x-mod-dev puts the package that builds module zips. */
export const X_MOD_SOURCE = '/usr/share/gocode/src/golang.org/x/mod/zip';

/** Builds the module-zip tool into `workDir` (GOPATH mode, Debian's golang.org/x/mod). */
function buildModuleZipTool(workDir: string): string {
  if (!existsSync(X_MOD_SOURCE)) {
    throw new Error(
      `golang.org/x/mod is missing (${X_MOD_SOURCE}): the Go module's zip is built with it. Run scripts/install-system-packages.sh (Debian: golang-golang-x-mod-dev).`,
    );
  }
  const binary = join(workDir, 'module-zip');
  execFileSync(goCommand(), ['build', '-o', binary, '.'], {
    cwd: MODULE_ZIP_TOOL,
    env: {
      ...process.env,
      GO111MODULE: 'off',
      GOPATH: '/usr/share/gocode',
      GOFLAGS: '',
      GOCACHE: join(workDir, 'go-build-cache'),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return binary;
}

/** The go command's case encoding of a module path in a proxy: `A` becomes `!a`. */
export function escapeModulePath(path: string): string {
  return path.replace(/[A-Z]/g, (letter) => `!${letter.toLowerCase()}`);
}

export interface PublishedGoModule {
  module: string;
  /** `v0.1.0` */
  version: string;
  /** The `h1:` sum of the zip, as go.sum records it. */
  sum: string;
}

/**
 * Publishes a Go module as a module proxy folder (`GOPROXY=file://<proxyDir>`): `@v/list`,
 * `.info`, `.mod` and the `.zip` built by golang.org/x/mod/zip, the code the go command and the
 * public proxies use. The zip holds the module's files that git tracks (what a tag
 * of the repository holds), less `omit` (paths in the module: only a negative control omits any).
 */
export function publishGoModule(options: {
  moduleDir: string;
  version: string;
  proxyDir: string;
  workDir: string;
  omit?: string[];
}): PublishedGoModule {
  const { moduleDir, proxyDir, workDir, omit = [] } = options;
  const goMod = readFileSync(join(moduleDir, 'go.mod'), 'utf8');
  const module = /^module\s+(\S+)/m.exec(goMod)?.[1];
  if (!module) throw new Error(`${join(moduleDir, 'go.mod')} names no module.`);
  const version = `v${options.version}`;

  const staging = mkdtempSync(join(workDir, 'go-module-'));
  const tracked = execFileSync('git', ['ls-files', '-z', '--', '.'], {
    cwd: moduleDir,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file !== '' && !omit.includes(file));
  for (const file of tracked) {
    mkdirSync(dirname(join(staging, file)), { recursive: true });
    copyFileSync(join(moduleDir, file), join(staging, file));
  }

  const versionDir = join(proxyDir, escapeModulePath(module), '@v');
  mkdirSync(versionDir, { recursive: true });
  const zip = join(versionDir, `${version}.zip`);
  const tool = buildModuleZipTool(workDir);
  const sum = execFileSync(
    tool,
    ['-module', module, '-version', version, '-dir', staging, '-out', zip],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  ).trim();
  writeFileSync(join(versionDir, `${version}.mod`), goMod);
  writeFileSync(
    join(versionDir, `${version}.info`),
    JSON.stringify({ Version: version, Time: new Date().toISOString() }),
  );
  writeFileSync(join(versionDir, 'list'), `${version}\n`);
  return { module, version, sum };
}
