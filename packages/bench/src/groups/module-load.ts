import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { GroupResult } from '../group-result.ts';
import { BENCH_PACKAGE_DIR } from '../paths.ts';
import { summarizePairedRatios, summarizeRuns } from '../stats.ts';
import { figure, formatDuration, formatRange, formatRatio, tableOf } from '../table.ts';

const run = promisify(execFile);

/** Fresh processes per module; the modules take turns, order rotated, so drift hits all alike. */
const ROUNDS = 15;
/** What a cold start loads: each package's entry, resolved as an application resolves it. */
const MODULES = ['openapi-fetch', 'ky', '@ryzeapi/sdk'] as const;

/** Milliseconds a fresh Node process takes to `import(specifier)`, measured inside it. */
async function importTime(specifier: string): Promise<number> {
  const source = `const started = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - started));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '--eval', source], {
    cwd: BENCH_PACKAGE_DIR,
    encoding: 'utf8',
  });
  const ms = Number(stdout);
  if (!(ms > 0)) throw new Error(`No import time for ${specifier}: got ${JSON.stringify(stdout)}.`);
  return ms;
}

/** Cold start: `import()` of the SDK in a fresh Node process, next to openapi-fetch and ky. */
export async function moduleLoad(): Promise<GroupResult> {
  const times = MODULES.map(() => [] as number[]);
  for (const specifier of MODULES) await importTime(specifier); // the file system's cache, warm for all
  for (let round = 0; round < ROUNDS; round++) {
    for (let turn = 0; turn < MODULES.length; turn++) {
      const index = (round + turn) % MODULES.length;
      times[index]?.push(await importTime(MODULES[index] as string));
    }
  }
  const runsOf = (specifier: (typeof MODULES)[number]) =>
    times[MODULES.indexOf(specifier)] as number[];
  const rows = MODULES.map((specifier) => ({ specifier, time: summarizeRuns(runsOf(specifier)) }));
  const overOpenapiFetch = summarizePairedRatios(runsOf('@ryzeapi/sdk'), runsOf('openapi-fetch'));
  const overKy = summarizePairedRatios(runsOf('@ryzeapi/sdk'), runsOf('ky'));
  const spread = (summary: typeof overKy) =>
    `${formatRatio(summary.median)} (median of ${summary.runs} paired rounds, min–max ${formatRange(summary.min, summary.max, formatRatio)})`;
  return {
    id: 'module-load',
    title: 'Module load: import() in a fresh Node process',
    tables: [
      {
        caption: `${ROUNDS} fresh processes per module, taking turns; time from before to after \`await import(…)\`, measured inside the process`,
        table: tableOf(rows, [
          { title: 'module', cell: (row) => row.specifier },
          figure('import (median)', (row) => formatDuration(row.time.median)),
          figure('min–max', (row) => formatRange(row.time.min, row.time.max, formatDuration)),
        ]),
      },
    ],
    notes: [
      `Import time, SDK over openapi-fetch (which it loads): ${spread(overOpenapiFetch)}; over ky: ${spread(overKy)}. Measured, no goal set.`,
    ],
    figures: {
      rounds: ROUNDS,
      overOpenapiFetch,
      overKy,
      importMs: Object.fromEntries(MODULES.map((specifier) => [specifier, runsOf(specifier)])),
    },
  };
}
