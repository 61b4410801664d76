import { execFile, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where Debian's golang-go puts the toolchain when `go` is not on PATH. */
const DEBIAN_GO_BIN = '/usr/lib/go/bin';

/** The path of a Go tool (`go`, `gofmt`): on PATH, else Debian's, else an error saying what to install. */
export function goTool(name: 'go' | 'gofmt'): string {
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), DEBIAN_GO_BIN];
  for (const dir of dirs) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory; try the next
    }
  }
  throw new Error(
    `${name} was found neither on PATH nor in ${DEBIAN_GO_BIN}: install Debian's golang-go (scripts/install-system-packages.sh does)`,
  );
}

/**
 * The environment of every Go command: nothing may be downloaded (no module proxy is reachable,
 * and the module has no dependencies), no toolchain switch, no telemetry, no C compiler needed.
 */
export function goEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GOFLAGS: '-mod=readonly',
    GOPROXY: 'off',
    GOSUMDB: 'off',
    GOTOOLCHAIN: 'local',
    GOTELEMETRY: 'off',
    CGO_ENABLED: '0',
  };
}

/** `source` as gofmt prints it; rejects with gofmt's message when it is not valid Go. */
export function gofmt(source: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(goTool('gofmt'), [], { env: goEnv() }, (error, stdout, stderr) => {
      if (error)
        reject(new Error(`gofmt refused the generated source: ${stderr || error.message}`));
      else resolve(stdout);
    });
    child.stdin?.end(source);
  });
}

/** Runs a Go command in `cwd` with the output shown, resolving to its exit code. */
export function runGo(args: string[], cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(goTool('go'), args, { cwd, env: goEnv(), stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}
