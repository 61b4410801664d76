import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { refusesConnections } from '@ryzeapi/test-support/child-processes';
import { runCommand } from '@ryzeapi/test-support/command';
import { WAIT_DEADLINE_MS, waitFor } from '@ryzeapi/test-support/polling';
import { cleanEnvironment } from '@ryzeapi/test-support/workspace-copy';
import type { GroupResult } from '../group-result.ts';
import { REPOSITORY_ROOT } from '../paths.ts';
import { ratio, summarizeRuns } from '../stats.ts';
import { figure, formatDuration, formatRatio, spreadFields, tableOf } from '../table.ts';

const RUNS = 3;

/** Where command 1 serves (the README's Quickstart), each checked free before a run. */
const SERVED = {
  mock: 'http://127.0.0.1:4010/',
  sandbox: 'http://127.0.0.1:4020/',
  docs: 'http://127.0.0.1:8080/',
};

/** The seed's leave with the sandbox's default fixture: 200 from a sandbox in its first state. */
const SANDBOX_LEAVE = {
  url: `${SERVED.sandbox}api/group/leave/my-instance?identifier=${encodeURIComponent('120363406289005073@g.us')}`,
  init: { method: 'DELETE', headers: { token: 'sandbox-token-my-instance' } },
};

/** The Quickstart's command 1 as the README prints it, and its install alone (before `&&`). */
function readmeCommands(): { command1: string; install: string } {
  const readme = readFileSync(path.join(REPOSITORY_ROOT, 'README.md'), 'utf8');
  const command1 = /^# 1\..*\n(.+)$/m.exec(readme)?.[1]?.trim();
  const install = command1?.split(' && ')[0];
  if (!command1 || !install?.endsWith('install --frozen-lockfile') || !/ start$/.test(command1)) {
    throw new Error(
      `README.md's Quickstart has no "# 1." line followed by "… install --frozen-lockfile && … start" (found ${JSON.stringify(command1)}).`,
    );
  }
  return { command1, install };
}

/** A fresh `git clone` of this repository's HEAD, removed by the caller. */
function freshClone(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ryzeapi-fresh-clone-'));
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', REPOSITORY_ROOT, dir]);
  return dir;
}

async function requirePortsFree(): Promise<void> {
  for (const url of Object.values(SERVED)) {
    if (!(await refusesConnections(url))) {
      throw new Error(
        `${url} already answers: command 1 serves on ports 4010, 4020 and 8080. Stop what listens there (another \`pnpm start\`?) and run this group again.`,
      );
    }
  }
}

/** Whatever answers `url` first (any status), or undefined while nothing listens. */
async function answerStatus(url: string, init: RequestInit = {}): Promise<number | undefined> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return response.status;
  } catch {
    return undefined;
  }
}

/** Interrupts the command's whole process group (npx, pnpm, turbo, the three servers), as Ctrl-C does. */
async function interrupt(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  process.kill(-(child.pid as number), 'SIGINT');
  const killer = setTimeout(() => process.kill(-(child.pid as number), 'SIGKILL'), 30_000);
  await exited;
  clearTimeout(killer);
  await waitFor('the servers of command 1 to stop', async () => {
    for (const url of Object.values(SERVED)) if (!(await refusesConnections(url))) return false;
    return true;
  });
}

interface StartRun {
  sandboxMs: number;
  docsMs: number;
}

/** Command 1 in a fresh clone: milliseconds to the sandbox's first answer, then the site's. */
async function startRun(command1: string): Promise<StartRun> {
  await requirePortsFree();
  const clone = freshClone();
  const started = performance.now();
  const child = spawn('bash', ['-c', command1], {
    cwd: clone,
    env: cleanEnvironment(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-6000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const running = async () => {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `Command 1 exited (${child.exitCode ?? child.signalCode}) before serving. Last output:\n${output}`,
      );
    }
  };
  try {
    const status = await waitFor('the sandbox to answer command 1', async () => {
      await running();
      return answerStatus(SANDBOX_LEAVE.url, SANDBOX_LEAVE.init);
    });
    const sandboxMs = performance.now() - started;
    if (status !== 200) {
      throw new Error(`The sandbox's first answer to the seed's leave was ${status}, not 200.`);
    }
    await waitFor('the docs site to answer command 1', async () => {
      await running();
      return answerStatus(SERVED.docs);
    });
    return { sandboxMs, docsMs: performance.now() - started };
  } finally {
    await interrupt(child);
    rmSync(clone, { recursive: true, force: true });
  }
}

async function installRun(install: string): Promise<number> {
  const clone = freshClone();
  try {
    const { elapsedMs } = await runCommand('bash', ['-c', install], {
      cwd: clone,
      env: cleanEnvironment(),
      timeoutMs: WAIT_DEADLINE_MS,
    });
    return elapsedMs;
  } finally {
    rmSync(clone, { recursive: true, force: true });
  }
}

/**
 * The README's command 1 from a fresh clone: time to the sandbox's first answer (install, lint
 * and build of what it serves included), and to the docs site's, against the install alone.
 */
export async function freshCloneStart(): Promise<GroupResult> {
  const { command1, install } = readmeCommands();
  const installs: number[] = [];
  const starts: StartRun[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Alternate which goes first, so that a slow moment of the machine is shared.
    if (run % 2 === 0) {
      installs.push(await installRun(install));
      starts.push(await startRun(command1));
    } else {
      starts.push(await startRun(command1));
      installs.push(await installRun(install));
    }
  }
  const rows = [
    { step: 'install alone', command: install, runs: installs },
    {
      step: "command 1 → the sandbox's first answer (200)",
      command: command1,
      runs: starts.map((run) => run.sandboxMs),
    },
    {
      step: "command 1 → the docs site's first answer",
      command: command1,
      runs: starts.map((run) => run.docsMs),
    },
  ].map((row) => ({ ...row, summary: summarizeRuns(row.runs) }));
  const installMedian = (rows[0] as (typeof rows)[number]).summary.median;
  return {
    id: 'fresh-clone-start',
    title: "Fresh clone to first answer: the README's command 1 against its install alone",
    tables: [
      {
        caption: `${RUNS} runs of each, each in a fresh \`git clone\` of HEAD, taking turns; wall-clock time from the command's start`,
        table: tableOf(rows, [
          { title: 'step', cell: (row) => row.step },
          ...spreadFields(undefined, (row: (typeof rows)[number]) => row.summary, formatDuration),
          figure('vs install alone', (row) =>
            formatRatio(ratio(row.summary.median, installMedian)),
          ),
        ]),
      },
    ],
    notes: [
      `Command 1: \`${command1}\`.`,
      "pnpm's store and npx's cache are this machine's (warm), as on a developer's second clone; the turbo cache starts empty in each clone. Uncommitted changes are not measured.",
    ],
    figures: rows.map(({ step, command, runs, summary }) => ({
      step,
      command,
      runsMs: runs,
      summary,
    })),
  };
}
