/**
 * `pnpm bench`: runs every benchmark group (or those named by `--only a,b`), prints each one's
 * table as it finishes, and writes every figure to results.json.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseBenchArguments } from './cli-arguments.ts';
import { describeEnvironment, formatEnvironment } from './environment.ts';
import type { GroupResult } from './group-result.ts';
import { REPOSITORY_ROOT, RESULTS_FILE } from './paths.ts';
import { formatDuration, formatTable } from './table.ts';

// Each group is loaded when it runs, so that `--only pipeline` works before the SDK is built.
const GROUPS: readonly { id: string; run: () => Promise<GroupResult> }[] = [
  {
    id: 'in-process',
    run: async () => (await import('./groups/in-process.ts')).inProcessOverhead(),
  },
  { id: 'http-200', run: async () => (await import('./groups/http.ts')).overHttp('success') },
  { id: 'http-404', run: async () => (await import('./groups/http.ts')).overHttp('notFound') },
  {
    id: 'python-http',
    run: async () => (await import('./groups/python-http.ts')).pythonOverHttp(),
  },
  { id: 'go-sdk-http', run: async () => (await import('./groups/go-sdk.ts')).goSdkOverHttp() },
  { id: 'fresh-client', run: async () => (await import('./groups/fresh-client.ts')).freshClient() },
  { id: 'module-load', run: async () => (await import('./groups/module-load.ts')).moduleLoad() },
  { id: 'bulk', run: async () => (await import('./groups/bulk.ts')).bulk() },
  { id: 'bundle-size', run: async () => (await import('./groups/bundle-size.ts')).bundleSize() },
  { id: 'pipeline', run: async () => (await import('./groups/pipeline.ts')).pipeline() },
  { id: 'mock', run: async () => (await import('./groups/mock.ts')).mockServer() },
  { id: 'sandbox', run: async () => (await import('./groups/sandbox.ts')).sandboxServer() },
  {
    id: 'fresh-clone-start',
    run: async () => (await import('./groups/fresh-clone-start.ts')).freshCloneStart(),
  },
];

function selectedGroups(): typeof GROUPS {
  const { only, help } = parseBenchArguments(process.argv.slice(2));
  if (help) {
    console.log(
      `Usage: pnpm bench [-- --only <group>[,<group>…]]\nGroups: ${GROUPS.map((group) => group.id).join(', ')}`,
    );
    process.exit(0);
  }
  if (only === undefined) return GROUPS;
  const unknown = only.filter((id) => !GROUPS.some((group) => group.id === id));
  if (unknown.length > 0) {
    console.error(
      `Unknown benchmark group ${unknown.map((id) => JSON.stringify(id)).join(', ')}; ` +
        `choose among ${GROUPS.map((group) => group.id).join(', ')}.`,
    );
    process.exit(2);
  }
  return GROUPS.filter((group) => only.includes(group.id));
}

function printGroup(number: number, result: GroupResult, elapsedMs: number): void {
  const lines = [`## ${number}. ${result.title}`, ''];
  for (const { caption, table } of result.tables) lines.push(caption, '', formatTable(table), '');
  for (const note of result.notes) lines.push(note);
  lines.push(`(group took ${formatDuration(elapsedMs)})`, '');
  console.log(lines.join('\n'));
}

async function main(): Promise<number> {
  const groups = selectedGroups();
  const environment = describeEnvironment(REPOSITORY_ROOT);
  console.log(`# RyzeAPI benchmarks\n\n${formatEnvironment(environment)}\n`);

  const started = performance.now();
  const results: Record<string, unknown> = {};
  const failures: string[] = [];
  for (const [index, group] of groups.entries()) {
    const groupStarted = performance.now();
    try {
      const result = await group.run();
      printGroup(index + 1, result, performance.now() - groupStarted);
      results[result.id] = { title: result.title, notes: result.notes, figures: result.figures };
    } catch (error) {
      failures.push(group.id);
      console.error(`## ${index + 1}. ${group.id} FAILED\n\n${(error as Error).stack ?? error}\n`);
      results[group.id] = { error: String((error as Error).message ?? error) };
    }
  }
  const totalMs = performance.now() - started;
  // The load at the end too: with the one at the start, how busy the machine was during the run.
  const loadAverageAtEnd = loadavg()[0] ?? 0;
  writeFileSync(
    RESULTS_FILE,
    `${JSON.stringify({ environment, loadAverageAtEnd, totalMs, groups: results }, null, 2)}\n`,
  );
  console.log(
    `All groups took ${formatDuration(totalMs)}; load average ${loadAverageAtEnd.toFixed(2)} at the end. Figures written to ${RESULTS_FILE}.`,
  );
  if (failures.length > 0) console.error(`Failed groups: ${failures.join(', ')}`);
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = await main();
