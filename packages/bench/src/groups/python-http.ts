import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { leftGroup } from '../canned-response.ts';
import { startCannedServer } from '../canned-server-process.ts';
import type { GroupResult } from '../group-result.ts';
import { ratio, summarizeRuns } from '../stats.ts';
import {
  figure,
  formatCount,
  formatDuration,
  formatRatio,
  spreadFields,
  tableOf,
} from '../table.ts';

const TIMING = { warmupMs: 1000, runs: 8, runMs: 500 };
/** The Python SDK's budget over real HTTP: at most this much slower than raw httpx. */
const BUDGET = 0.1;

const SCRIPT = fileURLToPath(new URL('../../python/leave_bench.py', import.meta.url));
/** The SDK's sources, imported as they are: the same code the wheel ships. */
const SDK_SOURCES = fileURLToPath(new URL('../../../sdk-python/src', import.meta.url));
/** Debian's Python, which has httpx (the pyenv one on PATH may not). */
const PYTHON = '/usr/bin/python3';

interface PythonRun {
  perSecond: number;
  cpuMicrosPerOperation: number;
}

/**
 * The Python SDK against raw httpx, both in one Python process, one call at a time against the
 * same keep-alive server answering the spec's 200 example: the SDK's own cost per request.
 */
export async function pythonOverHttp(): Promise<GroupResult> {
  const server = await startCannedServer(leftGroup());
  try {
    const { stdout } = await promisify(execFile)(
      PYTHON,
      [SCRIPT, server.url, ...[TIMING.warmupMs, TIMING.runs, TIMING.runMs].map(String)],
      { env: { ...process.env, PYTHONPATH: SDK_SOURCES }, maxBuffer: 16 * 1024 * 1024 },
    );
    const { contenders, runs } = JSON.parse(stdout) as {
      contenders: string[];
      runs: Record<string, PythonRun[]>;
    };
    const summaries = contenders.map((name) => ({
      name,
      perSecond: summarizeRuns((runs[name] ?? []).map((run) => run.perSecond)),
      cpu: summarizeRuns((runs[name] ?? []).map((run) => run.cpuMicrosPerOperation)),
    }));
    const [baseline, sdk] = summaries;
    if (!baseline || !sdk) throw new Error(`Expected two contenders, got ${contenders.join(', ')}`);
    const slowdown = baseline.perSecond.median / sdk.perSecond.median - 1;
    return {
      id: 'python-http',
      title: 'Python SDK over real HTTP: 200, keep-alive node:http server on 127.0.0.1',
      tables: [
        {
          caption: `${TIMING.runs} runs of ${TIMING.runMs} ms per client after ${TIMING.warmupMs} ms of warm-up, one call at a time, Debian's Python; server in its own process; ratios against raw httpx`,
          table: tableOf(summaries, [
            { title: 'client', cell: ({ name }) => name },
            ...spreadFields(
              'req/s',
              ({ perSecond }: (typeof summaries)[number]) => perSecond,
              formatCount,
            ),
            figure('time/req', ({ perSecond }) => formatDuration(1000 / perSecond.median)),
            figure('client CPU/req', ({ cpu }) => formatDuration(cpu.median / 1000)),
            figure('time/req vs httpx', ({ perSecond }) =>
              formatRatio(ratio(baseline.perSecond.median, perSecond.median)),
            ),
            figure('CPU vs httpx', ({ cpu }) =>
              formatRatio(ratio(cpu.median, baseline.cpu.median)),
            ),
          ]),
        },
      ],
      notes: [
        'raw httpx: httpx.Client.delete with the token header and the identifier query, then .json() and a status check.',
        `ryzeapi: Ryze(...).groups.leave with its defaults (retries, timeout, pacing, identifier normalization, typed model).`,
        `The Python SDK takes ${formatRatio(1 + slowdown)} the time of raw httpx per request (budget ${formatRatio(1 + BUDGET)}): ${slowdown <= BUDGET ? 'within budget' : 'OVER BUDGET'}.`,
      ],
      figures: { timing: TIMING, budget: BUDGET, runs },
    };
  } finally {
    await server.stop();
  }
}
