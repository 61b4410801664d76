/**
 * The root README's Performance block, made from one run's results.json: its rows are the
 * figures that run measured, so the table is regenerated, never edited.
 */
import type { Environment } from './environment.ts';
import type { RunSummary } from './stats.ts';
import {
  formatBytes,
  formatCount,
  formatDuration,
  formatRange,
  formatRatio,
  formatTable,
} from './table.ts';

/** What `pnpm bench` writes to results.json. */
export interface BenchResults {
  environment: Environment;
  loadAverageAtEnd?: number;
  groups: Record<string, { title?: string; notes?: string[]; figures?: unknown; error?: string }>;
}

interface PeerComparison {
  peer: string;
  time: RunSummary;
  cpu: RunSummary;
}
interface CaseFigures {
  name: string;
  perSecond: RunSummary;
  cpuMicrosPerOperation: RunSummary;
}

/** The groups the table's rows read, in its order. */
export const TABLE_GROUPS = [
  'in-process',
  'http-200',
  'http-404',
  'fresh-client',
  'module-load',
  'bundle-size',
  'bulk',
  'python-http',
] as const;

const verdict = (met: boolean) => (met ? 'met' : '**missed**');
const paired = (summary: RunSummary) =>
  `${formatRatio(summary.median)} (${formatRange(summary.min, summary.max, formatRatio)})`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[(values.length - 1) >> 1];

function figuresOf<T>(results: BenchResults, id: string): T {
  const group = results.groups[id];
  if (!group?.figures) {
    throw new Error(
      `results.json has no figures for the "${id}" group${group?.error ? ` (it failed: ${group.error})` : ''}: run the whole \`pnpm bench\` before regenerating the README.`,
    );
  }
  return group.figures as T;
}

function caseOf(results: readonly CaseFigures[], name: string): CaseFigures {
  const found = results.find((result) => result.name === name);
  if (!found) throw new Error(`results.json has no contender named "${name}".`);
  return found;
}

/** The rows of the goals table: measure, figure, baseline of the same run, ratio, goal and verdict. */
function rows(results: BenchResults): string[][] {
  const lines: string[][] = [];

  const inProcess = figuresOf<{
    results: CaseFigures[];
    cpuOverOpenapiFetchGoal: number;
    overOpenapiFetch: { cpu: RunSummary };
  }>(results, 'in-process');
  const cpuOf = (name: string) => caseOf(inProcess.results, name).cpuMicrosPerOperation.median;
  lines.push([
    'SDK call in process (injected fetch), CPU per call',
    formatDuration(cpuOf('@ryzeapi/sdk') / 1000),
    `openapi-fetch ${formatDuration(cpuOf('openapi-fetch') / 1000)}, hand-written fetch ${formatDuration(cpuOf('hand-written fetch') / 1000)}`,
    paired(inProcess.overOpenapiFetch.cpu),
    `≤ ${formatRatio(inProcess.cpuOverOpenapiFetchGoal)}`,
    verdict(inProcess.overOpenapiFetch.cpu.median <= inProcess.cpuOverOpenapiFetchGoal),
  ]);

  for (const [id, label] of [
    ['http-200', '200'],
    ['http-404', '404'],
  ] as const) {
    const http = figuresOf<{
      overOpenapiFetchGoal: number;
      overPeers: { mode: string; comparisons: PeerComparison[] }[];
      modes: { mode: string; results: CaseFigures[] }[];
    }>(results, id);
    for (const { mode, comparisons } of http.overPeers) {
      const sdk = caseOf(
        http.modes.find((measured) => measured.mode === mode)?.results ?? [],
        '@ryzeapi/sdk',
      );
      for (const { peer, time, cpu } of comparisons) {
        const goal = peer === 'openapi-fetch' ? http.overOpenapiFetchGoal : 1;
        const met = (summary: RunSummary) =>
          peer === 'openapi-fetch' ? summary.median <= goal : summary.median < goal;
        const goalText =
          peer === 'openapi-fetch' ? `≤ ${formatRatio(goal)}` : `< ${formatRatio(goal)}`;
        lines.push(
          [
            `SDK over HTTP (${label}), ${mode}, time per request`,
            `${formatCount(sdk.perSecond.median)} req/s`,
            `${peer}, paired runs`,
            paired(time),
            goalText,
            verdict(met(time)),
          ],
          [
            `SDK over HTTP (${label}), ${mode}, client CPU per request`,
            formatDuration(sdk.cpuMicrosPerOperation.median / 1000),
            `${peer}, paired runs`,
            paired(cpu),
            goalText,
            verdict(met(cpu)),
          ],
        );
      }
    }
  }

  const fresh = figuresOf<{
    serverDelayMs: number;
    concurrency: number;
    overOpenapiFetchGoal: number;
    overOpenapiFetch: RunSummary;
    wallMs: Record<string, number[]>;
  }>(results, 'fresh-client');
  const wallOf = (name: string) => median(fresh.wallMs[name] ?? []) ?? Number.NaN;
  lines.push([
    `fresh client, first ${fresh.concurrency} concurrent calls (server answers in ${fresh.serverDelayMs} ms), wall time`,
    formatDuration(wallOf('@ryzeapi/sdk')),
    `openapi-fetch ${formatDuration(wallOf('openapi-fetch'))}, paired rounds`,
    paired(fresh.overOpenapiFetch),
    `≤ ${formatRatio(fresh.overOpenapiFetchGoal)}`,
    verdict(fresh.overOpenapiFetch.median <= fresh.overOpenapiFetchGoal),
  ]);

  const load = figuresOf<{
    overOpenapiFetch: RunSummary;
    overKy: RunSummary;
    importMs: Record<string, number[]>;
  }>(results, 'module-load');
  const importOf = (name: string) =>
    formatDuration(median(load.importMs[name] ?? []) ?? Number.NaN);
  lines.push([
    "module load, `import('@ryzeapi/sdk')` in a fresh Node process",
    importOf('@ryzeapi/sdk'),
    `openapi-fetch ${importOf('openapi-fetch')}; ky ${importOf('ky')} (×${load.overKy.median.toFixed(2)})`,
    paired(load.overOpenapiFetch),
    'measured',
    '—',
  ]);

  const bundles = figuresOf<{ clause: string; specifier: string; brotliBytes: number }[]>(
    results,
    'bundle-size',
  );
  const bundleOf = (specifier: string, clause: string) => {
    const found = bundles.find(
      (bundle) => bundle.specifier === specifier && bundle.clause === clause,
    );
    if (!found) throw new Error(`results.json has no bundle of ${clause} from ${specifier}.`);
    return found.brotliBytes;
  };
  const client = bundleOf('@ryzeapi/sdk', '{ createRyzeClient }');
  const bareBytes = bundleOf('openapi-fetch', 'createClient');
  lines.push([
    'SDK bundle, `createRyzeClient` (pacing and `leaveMany` included), min + brotli',
    formatBytes(client),
    `openapi-fetch alone ${formatBytes(bareBytes)}; ky ${formatBytes(bundleOf('ky', 'ky'))}`,
    formatRatio(client / bareBytes),
    '≤ 5.50 kB',
    verdict(client <= 5500),
  ]);

  const bulk = figuresOf<{
    floorMs: number;
    runs: { name: string; wallMs: number; sent: number; tooMany: number; resetBound: boolean }[];
  }>(results, 'bulk');
  const [paced, reactive] = bulk.runs;
  const resetBound = bulk.runs.find((run) => run.resetBound);
  if (paced && reactive && resetBound) {
    lines.push(
      [
        'bulk: 300 leaves, bucket of 100 per 2 s, paced `leaveMany`',
        `${formatDuration(paced.wallMs)}, ${paced.tooMany} × 429`,
        `hand-written fetch waiting for Reset ${formatDuration(resetBound.wallMs)}; floor ${formatDuration(bulk.floorMs)}`,
        formatRatio(paced.wallMs / resetBound.wallMs),
        '0 × 429',
        verdict(paced.tooMany === 0),
      ],
      [
        'bulk, same, `pacing: false` (reactive retries)',
        `${formatDuration(reactive.wallMs)}, ${reactive.tooMany} × 429, ${reactive.sent} sent`,
        'the same Reset-bound client',
        formatRatio(reactive.wallMs / resetBound.wallMs),
        'measured',
        '—',
      ],
    );
  }

  const python = figuresOf<{
    budget: number;
    runs: Record<string, { perSecond: number }[]>;
  }>(results, 'python-http');
  const [httpx, ryze] = Object.values(python.runs).map(
    (runs) => 1000 / (median(runs.map((run) => run.perSecond)) ?? Number.NaN),
  );
  if (httpx !== undefined && ryze !== undefined) {
    lines.push([
      'Python SDK over HTTP (200), one call at a time',
      `${formatDuration(ryze)}/req`,
      `raw httpx ${formatDuration(httpx)}`,
      formatRatio(ryze / httpx),
      `≤ ${formatRatio(1 + python.budget)}`,
      verdict(ryze / httpx <= 1 + python.budget),
    ]);
  }
  return lines;
}

/** The Performance block: where the run came from, the goals table, and every other group's verdicts. */
export function readmePerformance(results: BenchResults, command: string): string {
  const { environment } = results;
  const table = formatTable({
    columns: [
      { title: 'measure' },
      { title: 'figure', align: 'right' },
      { title: 'baseline in the same run' },
      { title: 'ratio (min–max)', align: 'right' },
      { title: 'goal' },
      { title: 'verdict' },
    ],
    rows: rows(results),
  });
  const others = Object.entries(results.groups)
    .filter(([id]) => !(TABLE_GROUPS as readonly string[]).includes(id))
    .flatMap(([id, group]) =>
      group.error
        ? [`- \`${id}\`: failed (${group.error})`]
        : [`- \`${id}\` (${group.title ?? id}): ${(group.notes ?? []).join(' ')}`],
    );
  const loadAtEnd =
    results.loadAverageAtEnd === undefined
      ? ''
      : `, ${results.loadAverageAtEnd.toFixed(2)} at the end`;
  return [
    `One run, \`${command}\`, on ${environment.date.slice(0, 10)} (commit \`${environment.commit}\`, Node ${environment.node}, ${environment.cpus} CPUs, load average ${environment.loadAverage.toFixed(2)} at start${loadAtEnd}); generated from its \`packages/bench/results.json\` by \`pnpm --filter @ryzeapi/bench readme\`:`,
    '',
    table,
    ...(others.length
      ? ['', 'The other groups of the same run, as they printed their verdicts:', '', ...others]
      : []),
  ].join('\n');
}

/** Where the generated block sits in the README. */
export const BLOCK_START =
  '<!-- generated by `pnpm --filter @ryzeapi/bench readme`: do not edit -->';
export const BLOCK_END = '<!-- end of generated block -->';

/** `readme` with its generated block replaced by `block`; throws when the markers are missing. */
export function replaceBlock(readme: string, block: string): string {
  const start = readme.indexOf(BLOCK_START);
  const end = readme.indexOf(BLOCK_END);
  if (start < 0 || end < start) {
    throw new Error(
      `The README has no generated Performance block: put the lines\n${BLOCK_START}\n${BLOCK_END}\nwhere the table goes.`,
    );
  }
  return `${readme.slice(0, start + BLOCK_START.length)}\n${block}\n${readme.slice(end)}`;
}
