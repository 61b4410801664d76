import type { ChildProcess } from 'node:child_process';

/**
 * Prism runs in its own process group (POSIX), so one signal reaches it and anything it forks.
 * Windows has no process groups: there the process itself is signalled.
 */
export const usesProcessGroups = process.platform !== 'win32';

export function signalProcessTree(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    if (usesProcessGroups) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // ESRCH: the group is already gone, which is the state we want.
  }
}
