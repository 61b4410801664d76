import type { ChildProcess } from 'node:child_process';
import { signalProcessTree } from './process-group.ts';

/**
 * Kills every Prism process still running when this process exits or is told to stop, so no
 * mock outlives the test run or the terminal that started it. (If this process is killed with
 * SIGKILL, the Prism side notices its stdin closing and exits on its own: see prism-entry.ts.)
 */
const running = new Set<ChildProcess>();
const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function killAllOnExit(): void {
  for (const child of running) signalProcessTree(child, 'SIGKILL');
}

function killAllOnSignal(signal: NodeJS.Signals): void {
  for (const child of running) signalProcessTree(child, 'SIGTERM');
  // Listening to a signal cancels Node's default of exiting. When ours is the only listener,
  // restore that default and re-raise, so Ctrl-C still ends the program.
  if (process.listenerCount(signal) === 1) {
    unlisten();
    process.kill(process.pid, signal);
  }
}

function listen(): void {
  process.on('exit', killAllOnExit);
  for (const signal of STOP_SIGNALS) process.on(signal, killAllOnSignal);
}

function unlisten(): void {
  process.off('exit', killAllOnExit);
  for (const signal of STOP_SIGNALS) process.off(signal, killAllOnSignal);
}

export function guard(child: ChildProcess): void {
  if (running.size === 0) listen();
  running.add(child);
}

export function release(child: ChildProcess): void {
  if (!running.delete(child)) return;
  if (running.size === 0) unlisten();
}
