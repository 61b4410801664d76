import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerOf, leave, left } from './support/requests.ts';
import {
  defaultFixtures,
  FixtureError,
  type Fixtures,
  loadFixtures,
  startSandbox,
} from './support/the-package.ts';

const folder = mkdtempSync(join(tmpdir(), 'ryzeapi-sandbox-fixtures-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function fixtureFile(name: string, content: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const minimal: Fixtures = {
  accounts: [{ name: 'acme', token: 'acme-account-token' }],
  instances: [{ name: 'shop', account: 'acme', token: 'shop-instance-token' }],
  groups: [{ jid: '120363000000000001@g.us', inviteCode: 'SHOPGROUP', members: ['shop'] }],
};

function edited(edit: (fixtures: Fixtures) => void): Fixtures {
  const copy = structuredClone(minimal);
  edit(copy);
  return copy;
}

describe('fixture files', () => {
  it('serves the accounts, instances and groups of a valid file', async () => {
    const sandbox = await startSandbox({ fixtures: loadFixtures(fixtureFile('ok.json', minimal)) });
    try {
      const response = await leave(sandbox.url, 'SHOPGROUP', {
        instance: 'shop',
        headers: { token: 'shop-instance-token' },
      });
      expect(await answerOf(response)).toEqual({
        status: 200,
        body: left('120363000000000001@g.us'),
      });
      // The default fixtures are gone.
      expect((await leave(sandbox.url, 'ABC123XYZ')).status).toBe(401);
    } finally {
      await sandbox.stop();
    }
  });

  it('the default fixtures pass their own checks, and hold what the docs need', async () => {
    const path = fixtureFile('defaults.json', defaultFixtures);
    expect(loadFixtures(path)).toEqual(defaultFixtures);
    expect(defaultFixtures.instances[0]).toMatchObject({
      name: 'my-instance',
      token: 'sandbox-token-my-instance',
    });
    expect(defaultFixtures.accounts[0]?.token).toBe('sandbox-token-account');
    expect(defaultFixtures.groups[0]).toMatchObject({
      jid: '120363406289005073@g.us',
      inviteCode: 'ABC123XYZ',
    });
  });

  it.each([
    {
      given: 'a missing field',
      fixtures: edited((f) => {
        delete (f.instances[0] as Partial<Fixtures['instances'][0]>).account;
      }),
      want: '/instances/0: the field "account" is missing',
    },
    {
      given: 'an unknown field',
      fixtures: edited((f) => {
        (f.groups[0] as unknown as Record<string, unknown>).owner = 'acme';
      }),
      want: '/groups/0: unknown field "owner"; the fields are jid, inviteCode, name, members, subgroups, leavable',
    },
    {
      given: 'a JID of the wrong shape',
      fixtures: edited((f) => {
        (f.groups[0] as Fixtures['groups'][0]).jid = '5511999999999@s.whatsapp.net';
      }),
      want: '/groups/0/jid: "5511999999999@s.whatsapp.net" is not a group JID',
    },
    {
      given: 'an invite code of the wrong shape',
      fixtures: edited((f) => {
        (f.groups[0] as Fixtures['groups'][0]).inviteCode = 'https://chat.whatsapp.com/X';
      }),
      want: '/groups/0/inviteCode: "https://chat.whatsapp.com/X" is not an invite code',
    },
    {
      given: 'a value of the wrong type',
      fixtures: edited((f) => {
        (f.instances[0] as unknown as Record<string, unknown>).connected = 'yes';
      }),
      want: '/instances/0/connected: must be boolean, got "yes"',
    },
    {
      given: 'a member that is no instance',
      fixtures: edited((f) => {
        f.groups[0]?.members.push('ghost');
      }),
      want: '/groups/0/members/1: "ghost" is not the name of an instance in /instances ("shop")',
    },
    {
      given: 'an owner that is no account',
      fixtures: edited((f) => {
        (f.instances[0] as Fixtures['instances'][0]).account = 'globex';
      }),
      want: '/instances/0/account: "globex" is not the name of an account in /accounts ("acme")',
    },
    {
      given: 'a subgroup that is no group',
      fixtures: edited((f) => {
        (f.groups[0] as Fixtures['groups'][0]).subgroups = ['120363000000000009@g.us'];
      }),
      want: '/groups/0/subgroups/0: "120363000000000009@g.us" is not the JID of a group in /groups',
    },
    {
      given: 'a token used twice',
      fixtures: edited((f) => {
        (f.instances[0] as Fixtures['instances'][0]).token = 'acme-account-token';
      }),
      want: '/instances/0/token: the same token as /accounts/0/token; each must be unique',
    },
    {
      given: 'an invite code used twice',
      fixtures: edited((f) => {
        f.groups.push({ jid: '120363000000000002@g.us', inviteCode: 'SHOPGROUP', members: [] });
      }),
      want: '/groups/1/inviteCode: the same invite code as /groups/0/inviteCode',
    },
  ])('names the field and the problem for $given', ({ fixtures, want }) => {
    const path = fixtureFile('bad.json', fixtures);
    let thrown: unknown;
    try {
      loadFixtures(path);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FixtureError);
    expect((thrown as Error).message).toContain(`${path} is not a valid fixture file`);
    expect((thrown as Error).message).toContain(want);
  });

  it('never repeats a token, even a malformed one', () => {
    const path = fixtureFile(
      'token.json',
      edited((f) => {
        (f.accounts[0] as Fixtures['accounts'][0]).token = 'secret value with spaces';
      }),
    );
    expect(() => loadFixtures(path)).toThrow(
      '/accounts/0/token: the token cannot be sent in a header: use visible ASCII, no spaces',
    );
    expect(() => loadFixtures(path)).not.toThrow(/secret value/);
  });

  it('says when the file is not JSON, or cannot be read', () => {
    expect(() => loadFixtures(fixtureFile('broken.json', '{"accounts": ['))).toThrow(
      /broken\.json is not a valid fixture file:\n {2}- is not JSON:/,
    );
    expect(() => loadFixtures(join(folder, 'missing.json'))).toThrow(/cannot be read: ENOENT/);
  });

  it('checks fixtures passed from code the same way, before listening', async () => {
    const attempt = startSandbox({
      fixtures: edited((f) => {
        f.groups[0]?.members.push('ghost');
      }),
    });
    await expect(attempt).rejects.toBeInstanceOf(FixtureError);
    await expect(attempt).rejects.toThrow(/the fixtures option is not a valid fixture file/);
  });
});
