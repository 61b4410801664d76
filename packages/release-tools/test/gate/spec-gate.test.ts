/** The gate end to end: a temp workspace with a baseline, a current spec and changesets. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { runSpecGate } from '../../src/gate/spec-gate.ts';
import { GENERATED_FROM_SPEC } from '../../src/release-config.ts';
import type { JsonObject } from '../../src/spec-diff/openapi-document.ts';
import { objectAt, propertyOf } from '../spec-diff/fixture-access.ts';
import { leaveGroupFixture } from '../spec-diff/leave-group-fixture.ts';
import { createTempWorkspace, type TempWorkspace } from './temp-workspace.ts';

const run = promisify(execFile);
const GATE_CLI = join(import.meta.dirname, '../../src/cli/spec-diff.ts');
const TSX = join(import.meta.dirname, '../../node_modules/tsx/dist/cli.mjs');

let workspace: TempWorkspace | undefined;
afterEach(() => workspace?.remove());

function setUp(options: {
  openapi?: string;
  sdk?: string;
  change?: (d: JsonObject) => void;
  baseline?: boolean;
}) {
  workspace = createTempWorkspace({
    openapi: options.openapi ?? '0.3.1',
    sdk: options.sdk ?? '0.3.1',
    others: '0.3.1',
  });
  const released = leaveGroupFixture();
  const current = structuredClone(released);
  options.change?.(current);
  if (options.baseline !== false) workspace.write('spec/baseline/openapi.json', released);
  workspace.write('spec/dist/openapi.json', current);
  return workspace;
}

const gate = (ws: TempWorkspace) =>
  runSpecGate({
    repoRoot: ws.root,
    specPath: 'spec/dist/openapi.json',
    baselinePath: 'spec/baseline/openapi.json',
    specPackage: '@ryzeapi/openapi',
    generatedPackages: ['@ryzeapi/openapi', '@ryzeapi/sdk'],
  });

const removeMessage = (d: JsonObject) => {
  const s = objectAt(d, 'components', 'schemas', 'LeaveGroupResponse');
  delete objectAt(s, 'properties').message;
  s.required = ['success', 'groupJid'];
};
const editDescription = (d: JsonObject) => {
  propertyOf(d, 'LeaveGroupResponse', 'message').description = 'Shown to people.';
};

describe('the breaking-change gate', () => {
  it('passes a breaking change when both generated packages get a minor bump (0.x)', async () => {
    const ws = setUp({ change: removeMessage });
    ws.addChangeset('drop-message', { '@ryzeapi/openapi': 'minor', '@ryzeapi/sdk': 'minor' });
    const result = await gate(ws);
    expect(result).toMatchObject({ passed: true, verdict: 'breaking' });
  });

  it('fails a breaking change with only a patch for the spec and nothing for the SDK', async () => {
    const ws = setUp({ change: removeMessage });
    ws.addChangeset('drop-message', { '@ryzeapi/openapi': 'patch' });
    const result = await gate(ws);
    expect(result.passed).toBe(false);
    expect(result.requirements).toEqual([
      {
        name: '@ryzeapi/openapi',
        version: '0.3.1',
        required: 'minor',
        declared: 'patch',
        satisfied: false,
      },
      {
        name: '@ryzeapi/sdk',
        version: '0.3.1',
        required: 'minor',
        declared: undefined,
        satisfied: false,
      },
    ]);
    expect(result.report).toContain('[property-removed]');
    expect(result.report).toContain('bumps @ryzeapi/openapi by minor and @ryzeapi/sdk by minor');
  });

  it('takes the largest bump across several changesets', async () => {
    const ws = setUp({ change: removeMessage });
    ws.addChangeset('a', { '@ryzeapi/openapi': 'patch', '@ryzeapi/sdk': 'patch' });
    ws.addChangeset('b', { '@ryzeapi/openapi': 'minor', '@ryzeapi/sdk': 'minor' });
    expect((await gate(ws)).passed).toBe(true);
  });

  it('asks for a major once the packages are 1.0.0 or later', async () => {
    const ws = setUp({ openapi: '1.2.0', sdk: '1.4.0', change: removeMessage });
    ws.addChangeset('drop-message', { '@ryzeapi/openapi': 'minor', '@ryzeapi/sdk': 'minor' });
    expect((await gate(ws)).passed).toBe(false);
    ws.addChangeset('drop-message', { '@ryzeapi/openapi': 'major', '@ryzeapi/sdk': 'major' });
    expect((await gate(ws)).passed).toBe(true);
  });

  it('fails a compatible change without any changeset, and passes it with a patch', async () => {
    const ws = setUp({ change: editDescription });
    const without = await gate(ws);
    expect(without).toMatchObject({ passed: false, verdict: 'compatible' });
    ws.addChangeset('describe', { '@ryzeapi/openapi': 'patch', '@ryzeapi/sdk': 'patch' });
    expect(await gate(ws)).toMatchObject({ passed: true, verdict: 'compatible' });
  });

  it('passes an unchanged spec without changesets', async () => {
    expect(await gate(setUp({}))).toMatchObject({
      passed: true,
      verdict: 'unchanged',
      changes: [],
    });
  });

  it('passes when nothing was ever released (0.0.0, no baseline)', async () => {
    const result = await gate(setUp({ openapi: '0.0.0', baseline: false, change: removeMessage }));
    expect(result).toMatchObject({ passed: true, verdict: 'never-released' });
  });

  it('fails when the baseline is missing although a version was released', async () => {
    const result = await gate(setUp({ openapi: '0.2.0', baseline: false }));
    expect(result).toMatchObject({ passed: false, verdict: 'baseline-missing' });
    expect(result.report).toContain('git log -- spec/baseline/openapi.json');
  });

  it('says to build the spec when the bundle is missing', async () => {
    const ws = setUp({});
    ws.remove();
    ws.write('spec/package.json', { name: '@ryzeapi/openapi', version: '0.1.0' });
    await expect(gate(ws)).rejects.toThrow(
      /No spec at .*spec\/dist\/openapi.json\. Build it first/,
    );
  });

  it('runs as a command that exits 1 with the report when it fails, 0 when it passes', async () => {
    const ws = setUp({ change: removeMessage });
    const failure = await run(process.execPath, [TSX, GATE_CLI], { cwd: ws.root }).catch(
      (e: unknown) => e,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stdout: string }).stdout).toMatch(
      /1 breaking change[\s\S]*spec:diff FAILED \(breaking\)/,
    );
    // The command checks every package generated from the spec, the mock included.
    ws.addChangeset(
      'drop-message',
      Object.fromEntries(GENERATED_FROM_SPEC.map((name) => [name, 'minor'])),
    );
    const success = await run(process.execPath, [TSX, GATE_CLI], { cwd: ws.root });
    expect(success.stdout).toContain('spec:diff passed (breaking)');
  });
});
