import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SYSTEM_PYTHON } from '../python-check/python-distribution.ts';
import { goCommand, X_MOD_SOURCE } from './go-module-proxy.ts';

/**
 * What the rehearsal needs from the system, checked before it starts anything so that a missing
 * package is named at once instead of failing halfway: Go and golang.org/x/mod for the module
 * proxy, Debian's Python with build, hatchling and httpx for the distributions and the SDK, venv
 * for the consumer's environment. Throws naming the Debian packages to install.
 */
export function checkSystemRequirements(): void {
  const missing: string[] = [];
  try {
    goCommand();
  } catch {
    missing.push('golang-go');
  }
  if (!existsSync(X_MOD_SOURCE)) missing.push('golang-golang-x-mod-dev');
  const pythonModules = {
    build: 'python3-build',
    hatchling: 'python3-hatchling',
    httpx: 'python3-httpx',
    ensurepip: 'python3-venv',
  };
  for (const [module, debianPackage] of Object.entries(pythonModules)) {
    const probe = spawnSync(SYSTEM_PYTHON, ['-c', `import ${module}`], { stdio: 'ignore' });
    if (probe.status !== 0) missing.push(debianPackage);
  }
  if (missing.length > 0) {
    throw new Error(
      `the release rehearsal needs Debian packages that are missing: ${missing.join(', ')}. Install them with scripts/install-system-packages.sh (as root), then run it again.`,
    );
  }
}
