import { afterAll, expect, it } from 'vitest';
import { runScenario, type ScenarioTarget } from '../../src/run-scenario.ts';
import { readScenarioFile } from '../../src/scenario-file.ts';

/**
 * Every scenario of the Leave Group file, one test each, in the file's order, against `target`;
 * then the count: the scenarios that passed must be exactly the file's list.
 */
export function scenarioSuite(target: () => ScenarioTarget, label: string): void {
  const file = readScenarioFile();
  const passed: string[] = [];
  it.each(file.scenarios.map((scenario) => ({ name: scenario.name, scenario })))(
    '$name',
    async ({ scenario }) => {
      await runScenario(file, scenario, target());
      passed.push(scenario.name);
    },
  );
  afterAll(() => {
    const listed = file.scenarios.map((scenario) => scenario.name);
    console.log(`Scenarios ${label}: ${passed.length}/${listed.length} passed`);
    expect(passed, `scenarios ${label} that did not pass`).toEqual(listed);
  });
}
