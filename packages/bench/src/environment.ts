import { execFileSync } from 'node:child_process';
import os from 'node:os';

/** The machine and the code a set of figures came from: printed as the header, saved with them. */
export interface Environment {
  date: string;
  node: string;
  cpus: number;
  cpuModel: string;
  platform: string;
  memoryGiB: number;
  /** The 1-minute load average when the run started: above the CPU count, other work competed. */
  loadAverage: number;
  commit: string;
}

export function describeEnvironment(repositoryRoot: string): Environment {
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg()[0] ?? 0,
    commit: gitCommit(repositoryRoot),
  };
}

/** The commit checked out, with `+changes` when the working tree differs from it. */
function gitCommit(cwd: string): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
    const head = git('rev-parse', '--short', 'HEAD');
    return git('status', '--porcelain') === '' ? head : `${head}+changes`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

export function formatEnvironment(environment: Environment): string {
  return [
    `Date ${environment.date} · commit ${environment.commit} · load average ${environment.loadAverage.toFixed(2)} at start`,
    `Node ${environment.node} · ${environment.cpus} CPUs (${environment.cpuModel}) · ${environment.memoryGiB} GiB · ${environment.platform}`,
  ].join('\n');
}
