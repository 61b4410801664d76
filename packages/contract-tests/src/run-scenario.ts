import { ApiError, type RateLimit } from '@ryzeapi/sdk';
import { expect } from 'vitest';
import type {
  ControlStep,
  ExpectStateStep,
  LeaveStep,
  Scenario,
  ScenarioFile,
  ScenarioStep,
} from './scenario-file.ts';
import { leaveWithSdk } from './sdk-leave.ts';

/** Where a scenario runs: the API (the sandbox, or a proxy in front of it) and the sandbox's control API. */
export interface ScenarioTarget {
  apiUrl: string;
  controlUrl: string;
}

/**
 * Runs one scenario as the format says: `POST /__sandbox/reset` with the scenario's sandbox
 * settings, then each step in order. Throws an assertion error naming the scenario and the step.
 */
export async function runScenario(
  file: ScenarioFile,
  scenario: Scenario,
  target: ScenarioTarget,
): Promise<void> {
  await control(target, { method: 'POST', path: '/__sandbox/reset', body: scenario.sandbox ?? {} });
  for (const [index, step] of scenario.steps.entries()) {
    const where = `${scenario.name}, step ${index + 1}`;
    await runStep(file, step, target, where);
  }
}

function runStep(file: ScenarioFile, step: ScenarioStep, target: ScenarioTarget, where: string) {
  if ('leave' in step) return runLeave(file, step, target, where);
  if ('control' in step) return control(target, step.control, where);
  return checkState(step, target, where);
}

async function runLeave(
  file: ScenarioFile,
  step: LeaveStep,
  target: ScenarioTarget,
  where: string,
) {
  const { leave, expect: want } = step;
  const outcome = await leaveWithSdk(
    target.apiUrl,
    leave.token ?? file.defaults.token,
    { ...file.defaults.client, ...leave.client },
    leave.instance ?? file.defaults.instance,
    leave.identifier,
  ).then(
    (result) => ({ result }),
    (error: unknown) => ({ error }),
  );

  if ('result' in outcome) {
    const { result } = outcome;
    if (want.error) {
      expect.fail(
        `${where}: expected ${want.error.class} (HTTP ${want.status}), the SDK returned ` +
          `${JSON.stringify(result.data)} (HTTP ${result.response.status})`,
      );
    }
    expect(result.response.status, `${where}: status`).toBe(want.status);
    expect(result.data, `${where}: body`).toEqual(want.body);
    if (want.attempts !== undefined)
      expect(result.attempts, `${where}: attempts`).toBe(want.attempts);
    checkRateLimit(want.rateLimit, result.rateLimit, result.response.headers, where);
    return;
  }

  const { error } = outcome;
  if (!want.error) {
    expect.fail(
      `${where}: expected HTTP ${want.status} with a body, the SDK threw ${String(error)}`,
    );
  }
  if (!(error instanceof ApiError)) {
    expect.fail(`${where}: expected ${want.error.class}, the SDK threw ${String(error)}`);
  }
  expect(error.name, `${where}: error class`).toBe(want.error.class);
  expect(error.status, `${where}: status`).toBe(want.status);
  expect(error.message, `${where}: message`).toContain(want.error.message);
  if (want.error.mayHaveSucceededEarlier !== undefined) {
    expect(
      (error as ApiError & { mayHaveSucceededEarlier?: boolean }).mayHaveSucceededEarlier,
      `${where}: mayHaveSucceededEarlier`,
    ).toBe(want.error.mayHaveSucceededEarlier);
  }
  if (want.attempts !== undefined) expect(error.attempts, `${where}: attempts`).toBe(want.attempts);
  checkRateLimit(want.rateLimit, error.rateLimit, error.headers, where);
}

function checkRateLimit(
  want: LeaveStep['expect']['rateLimit'],
  got: RateLimit | undefined,
  headers: Headers,
  where: string,
) {
  if (want === undefined) return;
  expect(got, `${where}: rate limit`).toMatchObject({
    limit: want.limit,
    remaining: want.remaining,
  });
  if (want.resetAtFromHeader) {
    const header = Number(headers.get('X-RateLimit-Reset'));
    expect(got?.resetAt.getTime(), `${where}: resetAt from X-RateLimit-Reset`).toBe(header * 1000);
  }
}

async function control(target: ScenarioTarget, call: ControlStep['control'], where = 'reset') {
  const response = await fetch(`${target.controlUrl}${call.path}`, {
    method: call.method,
    ...(call.body === undefined
      ? {}
      : { body: JSON.stringify(call.body), headers: { 'content-type': 'application/json' } }),
  });
  const text = await response.text();
  expect(
    response.ok,
    `${where}: ${call.method} ${call.path} answered ${response.status} ${text}`,
  ).toBe(true);
}

async function checkState(step: ExpectStateStep, target: ScenarioTarget, where: string) {
  const { instance, memberOf = [], notMemberOf = [] } = step.expectState;
  const response = await fetch(`${target.controlUrl}/__sandbox/state`);
  const state = (await response.json()) as { instances: { name: string; groups: string[] }[] };
  const groups = state.instances.find((x) => x.name === instance)?.groups;
  expect(groups, `${where}: the sandbox has no instance ${instance}`).toBeDefined();
  for (const jid of memberOf) expect(groups, `${where}: ${instance} is in ${jid}`).toContain(jid);
  for (const jid of notMemberOf) {
    expect(groups, `${where}: ${instance} is not in ${jid}`).not.toContain(jid);
  }
}
