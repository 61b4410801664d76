/**
 * The README's first command must run where only Node.js is installed: no task of `pnpm start`
 * may belong to a package that needs Python or Go.
 */
import { join } from 'node:path';
import { type PlannedTask, startTasks } from './start-task-graph.ts';
import { type ToolchainNeed, toolchainNeedsOf } from './toolchains.ts';

export interface StartTaskNeedingMore {
  taskId: string;
  needs: ToolchainNeed[];
}

export interface NodeOnlyStartReport {
  tasks: PlannedTask[];
  /** The tasks of `pnpm start` whose package needs another toolchain than Node.js. */
  offending: StartTaskNeedingMore[];
}

/** `pnpm start`'s tasks in `root`, and those that would need Python or Go. */
export function checkNodeOnlyStart(root: string): NodeOnlyStartReport {
  const tasks = startTasks(root);
  const offending = tasks.flatMap((task) => {
    const needs = toolchainNeedsOf(join(root, task.directory));
    return needs.length > 0 ? [{ taskId: task.taskId, needs }] : [];
  });
  return { tasks, offending };
}

/** A readable account of what breaks `pnpm start` on a machine with Node.js alone. */
export function formatOffending(offending: readonly StartTaskNeedingMore[]): string {
  return offending
    .map(
      ({ taskId, needs }) =>
        `${taskId} needs ${needs.map((need) => `${need.toolchain} (${need.evidence})`).join(', ')}`,
    )
    .join('\n');
}
