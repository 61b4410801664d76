import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leaveGroupScenariosPath, readScenarioFile } from '../src/scenario-file.ts';

const folder = mkdtempSync(join(tmpdir(), 'ryzeapi-scenarios-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const original = JSON.parse(readFileSync(leaveGroupScenariosPath, 'utf8')) as {
  scenarios: Record<string, unknown>[];
};

function fileWith(edit: (copy: typeof original) => void): string {
  const copy = structuredClone(original);
  edit(copy);
  const path = join(folder, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(copy));
  return path;
}

describe('the scenario file', () => {
  it('keeps to its schema, with the scenarios the contract asks for', () => {
    const names = readScenarioFile().scenarios.map((scenario) => scenario.name);
    for (const wanted of [
      'leave by JID',
      'leave by invite code',
      'leave by invite link',
      'leave again: 404, not an earlier success',
      'leave a community, then its subgroup: 404',
      'a group that may not be left: 403',
      'a disconnected instance: 400',
      "another instance's instance token: 401",
      'an unknown instance: 404',
      'the bucket: the (limit+1)th request is refused with the reset time',
      'the bucket: with retries, the call waits until the reset and succeeds',
      "a connection dropped after the leave took effect: the retry's 404 may be a success",
    ]) {
      expect(names).toContain(wanted);
    }
  });

  it.each([
    {
      given: 'a step without expectations',
      edit: (copy: typeof original) => {
        const steps = (copy.scenarios[0] as { steps: Record<string, unknown>[] }).steps;
        delete (steps[0] as Record<string, unknown>).expect;
      },
      want: '/scenarios/0/steps/0',
    },
    {
      given: 'an error class no SDK has',
      edit: (copy: typeof original) => {
        const steps = copy.scenarios.find(
          (s) => s.name === 'leave again: 404, not an earlier success',
        )?.steps as { expect?: { error?: { class: string } } }[];
        (steps[1]?.expect?.error as { class: string }).class = 'GoneError';
      },
      want: 'must be equal to one of the allowed values',
    },
    {
      given: 'two scenarios of the same name',
      edit: (copy: typeof original) => {
        copy.scenarios.push(structuredClone(copy.scenarios[0] as Record<string, unknown>));
      },
      want: 'has two scenarios named "leave by JID"',
    },
  ])('is refused with $given, naming the problem', ({ edit, want }) => {
    expect(() => readScenarioFile(fileWith(edit))).toThrow(want);
  });
});
