import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/**
 * The long-running processes the rehearsal started (each the leader of a process group of its
 * own: npx and what it runs), stopped by their ids whatever happens: by `stopAll()` when the
 * rehearsal ends, by `killAllNow()` from a signal handler on Ctrl-C, and at the latest when this
 * process exits.
 */
export class ProcessRegistry {
  private readonly running = new Set<ChildProcess>();
  private readonly onExit = () => this.killAllNow();

  constructor() {
    process.on('exit', this.onExit);
  }

  /** Kills every process group at once, synchronously: for a signal handler or an exit. */
  killAllNow(): void {
    for (const child of this.running) killGroup(child, 'SIGKILL');
  }

  add(child: ChildProcess): void {
    this.running.add(child);
  }

  /** Stops one process group: SIGTERM, then SIGKILL if it is still there after the grace. */
  async stop(child: ChildProcess): Promise<void> {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      killGroup(child, 'SIGTERM');
      const grace = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(grace);
    }
    // npx may have exited before the server it ran: end what is left of its group.
    killGroup(child, 'SIGKILL');
    this.running.delete(child);
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.running].map((child) => this.stop(child)));
    process.off('exit', this.onExit);
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}
