import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { runSpecGate } from '../../src/gate/spec-gate.ts';
import { leaveGroupFixture } from '../spec-diff/leave-group-fixture.ts';
import { createTempWorkspace, type TempWorkspace } from './temp-workspace.ts';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '../../src/cli/update-spec-baseline.ts');
const TSX = join(import.meta.dirname, '../../node_modules/tsx/dist/cli.mjs');

let workspace: TempWorkspace | undefined;
afterEach(() => workspace?.remove());

describe('update-spec-baseline (the last step of `pnpm run version`)', () => {
  it('makes the bundled spec the released baseline, after which the gate sees no change', async () => {
    workspace = createTempWorkspace({
      openapi: '0.1.0',
      sdk: '0.1.0',
      others: '0.1.0',
    });
    workspace.write('spec/dist/openapi.json', leaveGroupFixture());
    await run(process.execPath, [TSX, CLI], { cwd: workspace.root });
    const baseline = JSON.parse(
      readFileSync(join(workspace.root, 'spec/baseline/openapi.json'), 'utf8'),
    );
    expect(baseline).toEqual(leaveGroupFixture());
    const gate = await runSpecGate({
      repoRoot: workspace.root,
      specPath: 'spec/dist/openapi.json',
      baselinePath: 'spec/baseline/openapi.json',
      specPackage: '@ryzeapi/openapi',
      generatedPackages: ['@ryzeapi/openapi', '@ryzeapi/sdk'],
    });
    expect(gate).toMatchObject({ passed: true, verdict: 'unchanged' });
  });

  it('says to build the spec when there is no bundle', async () => {
    workspace = createTempWorkspace({
      openapi: '0.1.0',
      sdk: '0.1.0',
      others: '0.1.0',
    });
    const failure = await run(process.execPath, [TSX, CLI], { cwd: workspace.root }).catch(
      (e: unknown) => e,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain(
      'build it first (pnpm --filter @ryzeapi/openapi build)',
    );
  });
});
