import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type CommandResult, runCommand } from '@ryzeapi/test-support/command';
import { copyWorkspace, type WorkspaceCopy } from '@ryzeapi/test-support/workspace-copy';
import type { GroupResult } from '../group-result.ts';
import { REPOSITORY_ROOT } from '../paths.ts';
import { type RunSummary, ratio, summarizeRuns } from '../stats.ts';
import { figure, formatDuration, formatRatio, spreadFields, tableOf } from '../table.ts';

const RUNS = 3;
/** The spec file the edit benchmark changes, and the SDK file the change must reach. */
const EDITED_SPEC_FILE = 'spec/components/schemas/LeaveGroupResponse.yaml';
const GENERATED_TYPES_FILE = 'packages/sdk/src/generated/openapi.ts';

interface TurboRun extends CommandResult {
  cached: number;
  total: number;
}

async function turbo(copy: WorkspaceCopy, args: readonly string[]): Promise<TurboRun> {
  const result = await runCommand(
    path.join(copy.root, 'node_modules/.bin/turbo'),
    ['run', ...args, '--output-logs=errors-only', '--ui=stream'],
    { cwd: copy.root, env: copy.env },
  );
  const counts = /Cached:\s+(\d+) cached, (\d+) total/.exec(result.output);
  if (!counts) throw new Error(`turbo printed no cache summary:\n${result.output.slice(-2000)}`);
  return { ...result, cached: Number(counts[1]), total: Number(counts[2]) };
}

/** Deletes the turbo cache and every package's build output: the state of a fresh clone. */
async function clearCachesAndOutputs(copy: WorkspaceCopy): Promise<void> {
  await rm(path.join(copy.root, '.turbo'), { recursive: true, force: true });
  const packageDirs = [
    path.join(copy.root, 'spec'),
    ...(await readdir(path.join(copy.root, 'packages'))).map((name) =>
      path.join(copy.root, 'packages', name),
    ),
  ];
  for (const dir of packageDirs) await rm(path.join(dir, 'dist'), { recursive: true, force: true });
}

/** Appends `marker` to the top-level description of the edited schema: a one-line spec edit. */
async function editSpec(copy: WorkspaceCopy, marker: string): Promise<void> {
  const file = path.join(copy.root, EDITED_SPEC_FILE);
  const text = await readFile(file, 'utf8');
  const edited = text.replace(/^description: (.*)$/m, (_line, description: string) => {
    return `description: ${description} ${marker}`;
  });
  if (edited === text) {
    throw new Error(
      `${EDITED_SPEC_FILE} has no top-level "description:" line to edit; point EDITED_SPEC_FILE in ` +
        'packages/bench/src/groups/pipeline.ts at a schema that has one.',
    );
  }
  await writeFile(file, edited);
}

/**
 * The pipeline's speed in a temporary copy of the repository (so that no cache or output of the
 * working tree is touched): a cold build, a warm build answered from turbo's cache, and the path
 * from a one-line spec edit to regenerated types and a rebuilt SDK.
 */
export async function pipeline(): Promise<GroupResult> {
  const copy = await copyWorkspace(REPOSITORY_ROOT);
  try {
    const cold: TurboRun[] = [];
    const warm: TurboRun[] = [];
    const edit: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      await clearCachesAndOutputs(copy);
      const coldRun = await turbo(copy, ['build']);
      if (coldRun.cached !== 0) {
        throw new Error(
          `The cold build found ${coldRun.cached} tasks in a cache it should not have.`,
        );
      }
      cold.push(coldRun);

      const warmRun = await turbo(copy, ['build']);
      if (warmRun.cached !== warmRun.total) {
        throw new Error(
          `The warm build ran ${warmRun.total - warmRun.cached} of ${warmRun.total} tasks instead of ` +
            'replaying them from the cache: some build input changes on every build.',
        );
      }
      warm.push(warmRun);

      const marker = `(Edited by the pipeline benchmark, run ${run}.)`;
      await editSpec(copy, marker);
      const generate = await turbo(copy, ['generate', '--filter=@ryzeapi/sdk']);
      const build = await turbo(copy, ['build', '--filter=@ryzeapi/sdk']);
      const types = await readFile(path.join(copy.root, GENERATED_TYPES_FILE), 'utf8');
      if (!types.includes(marker)) {
        throw new Error(
          `The spec edit did not reach ${GENERATED_TYPES_FILE}: "${marker}" is missing.`,
        );
      }
      edit.push(generate.elapsedMs + build.elapsedMs);
      // Every generated folder follows the edit too (unmeasured), as after any spec change: the
      // next cold build checks the MCP tools against the spec. `--only`: the generators need
      // nothing more than what is built now, and building the MCP server first would fail.
      await turbo(copy, ['generate', '--only']);
    }

    const rows = [
      {
        step: 'cold build (turbo cache and dist/ cleared)',
        command: 'turbo run build',
        runs: cold.map((run) => run.elapsedMs),
        tasks: cold[0],
      },
      {
        step: 'warm build (full cache hit)',
        command: 'turbo run build',
        runs: warm.map((run) => run.elapsedMs),
        tasks: warm[0],
      },
      {
        step: 'one-line spec edit → types regenerated, SDK rebuilt',
        command: 'turbo run generate, then build, --filter=@ryzeapi/sdk',
        runs: edit,
        tasks: undefined,
      },
    ].map((row) => ({ ...row, summary: summarizeRuns(row.runs) }));
    const coldMedian = (rows[0] as { summary: RunSummary }).summary.median;
    return {
      id: 'pipeline',
      title: 'Pipeline: cold build, warm build, spec edit to rebuilt SDK',
      tables: [
        {
          caption: `${RUNS} runs of each, in a temporary copy of the working tree installed offline; wall-clock time of the turbo commands`,
          table: tableOf(rows, [
            {
              title: 'step',
              cell: (row) =>
                row.tasks
                  ? `${row.step}, ${row.tasks.cached}/${row.tasks.total} tasks cached`
                  : row.step,
            },
            { title: 'command', cell: (row) => row.command },
            ...spreadFields(undefined, (row: (typeof rows)[number]) => row.summary, formatDuration),
            figure('vs cold build', (row) => formatRatio(ratio(row.summary.median, coldMedian))),
          ]),
        },
      ],
      notes: [
        `The edit appends a sentence to the description in ${EDITED_SPEC_FILE}; each run checks that it reached ${GENERATED_TYPES_FILE}.`,
      ],
      figures: rows.map(({ step, command, runs, summary }) => ({
        step,
        command,
        runsMs: runs,
        summary,
      })),
    };
  } finally {
    await copy.remove();
  }
}
