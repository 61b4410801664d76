import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JsonObject } from '../src/document/index.ts';
import { examplesOf, schemaErrors } from './examples.ts';
import { errorResponsesWithoutEnvelope, responsesWithoutRateLimitHeaders } from './house-rules.ts';

/*
 * Proves that the checks can fail: each case breaks a copy of the sources the way a careless
 * edit would, then runs the real Redocly lint and the tests' own checks on it.
 */
const specDir = join(import.meta.dirname, '..');
const redocly = join(specDir, 'node_modules', '.bin', 'redocly');
const pathFile = 'paths/api_group_leave_{instance}.yaml';
const copies: string[] = [];

afterEach(() => {
  for (const copy of copies.splice(0)) rmSync(copy, { recursive: true, force: true });
});

function copyOfSources(): string {
  const copy = mkdtempSync(join(tmpdir(), 'ryzeapi-spec-'));
  copies.push(copy);
  for (const entry of ['openapi.yaml', 'redocly.yaml', 'paths', 'components', 'code_samples']) {
    cpSync(join(specDir, entry), join(copy, entry), { recursive: true });
  }
  return copy;
}

function edit(copy: string, file: string, from: string, to: string): void {
  const path = join(copy, file);
  const text = readFileSync(path, 'utf8');
  expect(text, `${file} no longer contains the text this case edits`).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

function redoclyRun(copy: string, args: string[]) {
  const result = spawnSync(redocly, args, {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function lint(copy: string) {
  return redoclyRun(copy, [
    'lint',
    'openapi.yaml',
    '--config',
    'redocly.yaml',
    '--format',
    'stylish',
  ]);
}

function bundle(copy: string, dereferenced = false): JsonObject {
  const out = join(copy, 'bundle.json');
  const args = ['bundle', 'openapi.yaml', '--ext', 'json', '-o', out];
  const result = redoclyRun(copy, dereferenced ? [...args, '--dereferenced'] : args);
  expect(result.status, result.output).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8'));
}

describe('a broken copy of the document is caught', () => {
  it('the untouched copy lints clean (so the failures below come from the edits)', () => {
    const result = lint(copyOfSources());
    expect(result.output).toMatch(/Your API description is valid/);
    expect(result.status).toBe(0);
  });

  it('a 4XX response without the error envelope', () => {
    const copy = copyOfSources();
    edit(
      copy,
      pathFile,
      `$ref: ../components/schemas/ErrorEnvelope.yaml
          examples:
            notAllowed:`,
      `type: object
          examples:
            notAllowed:`,
    );
    const result = lint(copy);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/rule\/error-response-uses-envelope/);
    expect(errorResponsesWithoutEnvelope(bundle(copy))).toEqual([
      'DELETE /api/group/leave/{instance} 403 application/json: schema is {"type":"object"}',
    ]);
  });

  it('an example that breaks its schema', () => {
    const copy = copyOfSources();
    edit(
      copy,
      'components/examples/GroupNotFoundOrNotMember.yaml',
      'message: Group not found',
      'code: 404\n    message: Group not found',
    );
    const result = lint(copy);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/no-invalid-media-type-examples/);
    const broken = examplesOf(bundle(copy, true)).filter(
      (example) => schemaErrors(example.schema, example.value).length > 0,
    );
    expect(broken.map((example) => example.where)).toEqual([
      'DELETE /api/group/leave/{instance} 404 application/json examples.notMember',
    ]);
  });

  it('a response without a rate-limit header', () => {
    const copy = copyOfSources();
    edit(
      copy,
      'components/responses/TooManyRequests.yaml',
      `  X-RateLimit-Reset:
    $ref: ../headers/X-RateLimit-Reset.yaml
`,
      '',
    );
    const result = lint(copy);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/rule\/response-has-rate-limit-headers/);
    expect(responsesWithoutRateLimitHeaders(bundle(copy))).toEqual([
      'DELETE /api/group/leave/{instance} 429: no X-RateLimit-Reset header',
    ]);
  });

  it('an operation without code samples', () => {
    const copy = copyOfSources();
    edit(copy, pathFile, '  x-codeSamples:', '  x-codeSamplesRemoved:');
    const result = lint(copy);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/rule\/operation-has-code-samples/);
  });
});
