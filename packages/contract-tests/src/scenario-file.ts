import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

/** SDK client options by their TypeScript names (see scenarios/leave-group.schema.json). */
export interface ScenarioClientOptions {
  maxRetries?: number;
  maxRetryWaitMs?: number;
  pacing?: boolean;
  authScheme?: 'token-header' | 'bearer';
}

export interface LeaveStep {
  leave: { instance?: string; identifier: string; token?: string; client?: ScenarioClientOptions };
  expect: {
    status: number;
    body?: unknown;
    error?: { class: string; message: string; mayHaveSucceededEarlier?: boolean };
    attempts?: number;
    rateLimit?: { limit: number; remaining: number; resetAtFromHeader?: true };
  };
}

export interface ControlStep {
  control: { method: 'GET' | 'POST' | 'DELETE'; path: string; body?: unknown };
}

export interface ExpectStateStep {
  expectState: { instance: string; memberOf?: string[]; notMemberOf?: string[] };
}

export type ScenarioStep = LeaveStep | ControlStep | ExpectStateStep;

export interface Scenario {
  name: string;
  description: string;
  needsState?: boolean;
  sandbox?: { rateLimit?: number; rateWindowSeconds?: number };
  steps: ScenarioStep[];
}

export interface ScenarioFile {
  formatVersion: 1;
  operation: string;
  defaults: { instance: string; token: string; client: ScenarioClientOptions };
  scenarios: Scenario[];
}

/** The Leave Group scenarios every SDK runs, and their schema. */
export const leaveGroupScenariosPath = new URL('../scenarios/leave-group.json', import.meta.url);
const schemaPath = new URL('../scenarios/leave-group.schema.json', import.meta.url);

/**
 * Reads a scenario file and checks it against its JSON Schema and for unique scenario names;
 * throws naming each problem, so a broken file never runs as an empty suite.
 */
export function readScenarioFile(path: URL | string = leaveGroupScenariosPath): ScenarioFile {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile<ScenarioFile>(schema);
  const file: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!validate(file)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
    throw new Error(`${String(path)} breaks its schema:\n  ${problems.join('\n  ')}`);
  }
  const seen = new Set<string>();
  for (const { name } of file.scenarios) {
    if (seen.has(name)) throw new Error(`${String(path)} has two scenarios named "${name}"`);
    seen.add(name);
  }
  return file;
}
