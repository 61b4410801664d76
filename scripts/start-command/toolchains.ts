/**
 * The toolchains beyond Node.js a workspace package needs, read from the package itself: the
 * project files Python's and Go's tools work from, and the commands its scripts run. Nothing here
 * knows which packages exist: a new Python or Go package is recognised the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Toolchain = 'Python' | 'Go';

/** A toolchain a package needs and what shows it. */
export interface ToolchainNeed {
  toolchain: Toolchain;
  evidence: string;
}

const PROJECT_FILES: Record<Toolchain, readonly string[]> = {
  Python: ['pyproject.toml', 'setup.py', 'setup.cfg', 'requirements.txt'],
  Go: ['go.mod', 'go.work'],
};

/** A command word of the toolchain, at the start of a command or after a separator or a path. */
const COMMANDS: Record<Toolchain, RegExp> = {
  Python: /(?:^|[\s/;&|(])(python3?(?:\.\d+)?|pip3?|pytest|pyflakes)(?=\s|$)/,
  Go: /(?:^|[\s/;&|(])(go|gofmt)(?=\s|$)/,
};

const TOOLCHAINS = Object.keys(PROJECT_FILES) as Toolchain[];

/** What `packageDir` needs beyond Node.js, one entry per piece of evidence (none: Node alone). */
export function toolchainNeedsOf(packageDir: string): ToolchainNeed[] {
  const needs: ToolchainNeed[] = [];
  for (const toolchain of TOOLCHAINS) {
    for (const file of PROJECT_FILES[toolchain]) {
      if (existsSync(join(packageDir, file))) needs.push({ toolchain, evidence: `has ${file}` });
    }
  }
  const manifestPath = join(packageDir, 'package.json');
  const manifest = existsSync(manifestPath)
    ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as { scripts?: Record<string, string> })
    : {};
  for (const [name, command] of Object.entries(manifest.scripts ?? {})) {
    for (const toolchain of TOOLCHAINS) {
      const word = COMMANDS[toolchain].exec(command)?.[1];
      if (word) {
        needs.push({ toolchain, evidence: `its ${name} script runs ${word}: ${command}` });
      }
    }
  }
  return needs;
}
