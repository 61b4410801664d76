/**
 * Why the gate has its own rules: Optic 1.0.9 (the one breaking-change checker that installs and
 * runs offline here) misses several breaking changes that OpenAPI 3.1 documents like ours make
 * likely. Every case below mutates the real bundled spec; the gate must call each one breaking,
 * Optic must agree on the ones it understands, and the ones it misses are listed so that a newer
 * Optic that catches them shows up here.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_SPEC } from '../../src/release-config.ts';
import { findRepoRoot } from '../../src/repo-root.ts';
import { diffSpecs } from '../../src/spec-diff/diff-specs.ts';
import type { JsonObject } from '../../src/spec-diff/openapi-document.ts';
import { isBreaking } from '../../src/spec-diff/spec-change.ts';
import { arrayAt, objectAt } from './fixture-access.ts';

const run = promisify(execFile);
const LEAVE = '/api/group/leave/{instance}';
const released = JSON.parse(readFileSync(join(findRepoRoot(), BUNDLED_SPEC), 'utf8')) as JsonObject;
const operation = (d: JsonObject) => objectAt(d, 'paths', LEAVE, 'delete');
const schema = (d: JsonObject, name: string) => objectAt(d, 'components', 'schemas', name);

interface Case {
  name: string;
  change: (d: JsonObject) => void;
  rule: string;
}

const opticCatches: Case[] = [
  {
    name: 'the operation removed',
    rule: 'operation-removed',
    change: (d) => void delete objectAt(d, 'paths', LEAVE).delete,
  },
  {
    name: 'a required query parameter added',
    rule: 'required-parameter-added',
    change: (d) =>
      void arrayAt(d, 'paths', LEAVE, 'delete', 'parameters').push({
        name: 'force',
        in: 'query',
        required: true,
        schema: { type: 'boolean' },
      }),
  },
  {
    name: 'groupJid removed from the 200 body',
    rule: 'property-removed',
    change: (d) => {
      const s = schema(d, 'LeaveGroupResponse');
      delete objectAt(s, 'properties').groupJid;
      s.required = ['success', 'message'];
    },
  },
  {
    name: 'the 403 response removed',
    rule: 'response-status-removed',
    change: (d) => void delete objectAt(operation(d), 'responses')['403'],
  },
  {
    name: 'message may be null (type array)',
    rule: 'type-changed',
    change: (d) => {
      objectAt(schema(d, 'LeaveGroupResponse'), 'properties', 'message').type = ['string', 'null'];
    },
  },
];

const opticMisses: Case[] = [
  {
    name: 'invite links no longer accepted as identifier (anyOf form removed)',
    rule: 'form-removed',
    change: (d) => void arrayAt(d, 'components', 'schemas', 'GroupIdentifier', 'anyOf').pop(),
  },
  {
    name: 'invite codes narrowed to 22 characters (pattern)',
    rule: 'pattern-changed',
    change: (d) => {
      schema(d, 'InviteCode').pattern = '^[A-Za-z0-9]{22}$';
    },
  },
  {
    name: 'invite links limited to 100 characters (maxLength)',
    rule: 'limit-changed',
    change: (d) => {
      schema(d, 'InviteLink').maxLength = 100;
    },
  },
  {
    name: 'a property added to the closed 200 body',
    rule: 'optional-property-added',
    change: (d) => {
      objectAt(schema(d, 'LeaveGroupResponse'), 'properties').leftAt = { type: 'integer' };
    },
  },
  {
    name: 'X-RateLimit-Reset sent as a string',
    rule: 'type-changed',
    change: (d) => {
      objectAt(d, 'components', 'headers', 'X-RateLimit-Reset', 'schema').type = 'string';
    },
  },
  {
    name: 'the identifier parameter removed',
    rule: 'parameter-removed',
    change: (d) => {
      operation(d).parameters = [];
    },
  },
];

const workDir = mkdtempSync(join(tmpdir(), 'optic-cross-check-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
const opticBin = join(
  dirname(createRequire(import.meta.url).resolve('@useoptic/optic/package.json')),
  'build/index.js',
);
const basePath = join(workDir, 'released.json');
writeFileSync(basePath, JSON.stringify(released));

function mutated(c: Case): JsonObject {
  const after = structuredClone(released);
  c.change(after);
  return after;
}

/** Runs `optic diff --check` offline; true when Optic reports a breaking change (exit 1). */
async function opticFindsBreaking(c: Case): Promise<boolean> {
  const afterPath = join(workDir, `${c.rule}-${c.name.length}.json`);
  writeFileSync(afterPath, JSON.stringify(mutated(c)));
  try {
    await run(process.execPath, [opticBin, 'diff', basePath, afterPath, '--check'], {
      cwd: workDir,
      env: { ...process.env, OPTIC_TELEMETRY_LEVEL: 'off' },
      timeout: 60_000,
    });
    return false;
  } catch (error) {
    const { code, stdout, stderr } = error as { code?: number; stdout?: string; stderr?: string };
    if (code === 1) return true;
    throw new Error(`optic diff failed to run (exit ${code}): ${stderr || stdout}`);
  }
}

describe('the gate against Optic 1.0.9, on mutations of the real bundled spec', () => {
  it.each([...opticCatches, ...opticMisses])('the gate calls "$name" breaking ($rule)', (c) => {
    const changes = diffSpecs(released, mutated(c));
    expect(changes.filter(isBreaking)).toContainEqual(expect.objectContaining({ rule: c.rule }));
  });

  it('the real bundled spec has no change against itself', () => {
    expect(diffSpecs(released, structuredClone(released))).toEqual([]);
  });

  it('Optic agrees on the breaking changes it understands', { timeout: 120_000 }, async () => {
    const verdicts = await Promise.all(opticCatches.map(opticFindsBreaking));
    expect(verdicts).toEqual(opticCatches.map(() => true));
  });

  it('Optic misses these breaking changes, so the gate does not rely on it', {
    timeout: 120_000,
  }, async () => {
    const verdicts = await Promise.all(opticMisses.map(opticFindsBreaking));
    expect(verdicts).toEqual(opticMisses.map(() => false));
  });
});
