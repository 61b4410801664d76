import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { type OpenApiDocument, readOpenApiDocument } from './bundled-spec.ts';
import { FixtureError } from './errors.ts';
import { fixtureSchema } from './fixture-schema.ts';
import type { Fixtures } from './fixtures.ts';

/** Reads a fixture file (JSON) and checks it; throws `FixtureError` naming every problem found. */
export function loadFixtures(path: string, document = readOpenApiDocument()): Fixtures {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new FixtureError(path, [`cannot be read: ${(error as Error).message}`]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new FixtureError(path, [`is not JSON: ${(error as Error).message}`]);
  }
  return checkFixtures(value, path, document);
}

/**
 * Checks fixtures against the fixture schema, then checks what a schema cannot say: that names,
 * tokens, JIDs and invite codes are unique, and that every reference names something defined.
 */
export function checkFixtures(value: unknown, source: string, document: OpenApiDocument): Fixtures {
  const validate = new Ajv2020({ allErrors: true, strict: false, verbose: true }).compile<Fixtures>(
    fixtureSchema(document),
  );
  if (!validate(value)) {
    throw new FixtureError(
      source,
      (validate.errors ?? []).map((e) => describeSchemaError(e, value)),
    );
  }
  const problems = referenceProblems(value);
  if (problems.length > 0) throw new FixtureError(source, problems);
  return value;
}

function describeSchemaError(error: ErrorObject, root: unknown): string {
  const at = error.instancePath || '(the top level)';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${at}: the field "${String(params.missingProperty)}" is missing`;
    case 'additionalProperties':
      return `${at}: unknown field "${String(params.additionalProperty)}"; the fields are ${Object.keys(
        (error.parentSchema as { properties: object }).properties,
      ).join(', ')}`;
    case 'pattern':
      return `${at}: ${shown(error.instancePath, root)} ${patternHint(error.instancePath)}`;
    default:
      return `${at}: ${error.message ?? 'is invalid'}, got ${shown(error.instancePath, root)}`;
  }
}

function patternHint(pointer: string): string {
  if (/\/(jid|subgroups\/\d+)$/.test(pointer)) {
    return 'is not a group JID: digits then @g.us, such as 120363406289005073@g.us';
  }
  if (pointer.endsWith('/inviteCode')) return 'is not an invite code: 1 to 64 letters and digits';
  if (pointer.endsWith('/token')) return 'cannot be sent in a header: use visible ASCII, no spaces';
  return 'has the wrong shape';
}

/** The value at `pointer`, for a message; tokens are redacted, long values shortened. */
function shown(pointer: string, root: unknown): string {
  if (/\/token$/.test(pointer)) return 'the token';
  const value = pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], root);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function referenceProblems(fixtures: Fixtures): string[] {
  const problems: string[] = [];
  const duplicates = (what: string, entries: [pointer: string, key: string][]) => {
    const first = new Map<string, string>();
    for (const [pointer, key] of entries) {
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, pointer);
      else problems.push(`${pointer}: the same ${what} as ${earlier}; each must be unique`);
    }
  };
  duplicates(
    'account name',
    fixtures.accounts.map((a, i) => [`/accounts/${i}/name`, a.name]),
  );
  duplicates(
    'instance name',
    fixtures.instances.map((x, i) => [`/instances/${i}/name`, x.name]),
  );
  duplicates('token', [
    ...fixtures.accounts.map((a, i): [string, string] => [`/accounts/${i}/token`, a.token]),
    ...fixtures.instances.map((x, i): [string, string] => [`/instances/${i}/token`, x.token]),
  ]);
  duplicates(
    'JID',
    fixtures.groups.map((g, i) => [`/groups/${i}/jid`, g.jid]),
  );
  duplicates(
    'invite code',
    fixtures.groups.map((g, i) => [`/groups/${i}/inviteCode`, g.inviteCode]),
  );

  const accounts = new Set(fixtures.accounts.map((a) => a.name));
  fixtures.instances.forEach((instance, i) => {
    if (!accounts.has(instance.account)) {
      problems.push(
        `/instances/${i}/account: "${instance.account}" is not the name of an account in /accounts (${list(accounts)})`,
      );
    }
  });
  const instances = new Set(fixtures.instances.map((x) => x.name));
  const groups = new Set(fixtures.groups.map((g) => g.jid));
  fixtures.groups.forEach((group, i) => {
    group.members.forEach((member, m) => {
      if (!instances.has(member)) {
        problems.push(
          `/groups/${i}/members/${m}: "${member}" is not the name of an instance in /instances (${list(instances)})`,
        );
      }
    });
    (group.subgroups ?? []).forEach((jid, s) => {
      if (jid === group.jid)
        problems.push(`/groups/${i}/subgroups/${s}: a group cannot be its own subgroup`);
      else if (!groups.has(jid)) {
        problems.push(`/groups/${i}/subgroups/${s}: "${jid}" is not the JID of a group in /groups`);
      }
    });
  });
  return problems;
}

function list(names: Set<string>): string {
  return names.size === 0 ? 'none defined' : [...names].map((n) => `"${n}"`).join(', ');
}
