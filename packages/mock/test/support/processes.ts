import { execFileSync } from 'node:child_process';

/** The command lines of the Prism processes this package started that listen on `port`. */
export function prismProcessesOnPort(port: number): string[] {
  const table = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  return table
    .split('\n')
    .filter((line) => line.includes('prism-entry.js') && line.includes(`--port ${port}`));
}
