import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlive, refusesConnections } from '@ryzeapi/test-support/child-processes';
import { listenOnLoopback } from '@ryzeapi/test-support/loopback-server';
import { WAIT_DEADLINE_MS } from '@ryzeapi/test-support/polling';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prismProcessesOnPort } from './support/processes.ts';
import { editedSpec, exampleValue } from './support/spec-examples.ts';
import {
  MockOptionError,
  MockStartError,
  PortInUseError,
  type RunningMock,
  startMock,
} from './support/the-package.ts';

const LEAVE = '/api/group/leave/my-instance';
const JID = '120363406289005073@g.us';

function leave(baseUrl: string, query: string, headers: Record<string, string> = {}) {
  return fetch(`${baseUrl}${LEAVE}${query}`, { method: 'DELETE', headers });
}

describe('a started mock', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ startTimeoutMs: WAIT_DEADLINE_MS });
  });
  afterAll(() => mock.stop());

  it('listens on a free port of 127.0.0.1 and says where', () => {
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(mock.url).not.toBe('http://127.0.0.1:0');
  });

  it("answers a valid call with the spec's 200 example and the rate-limit headers", async () => {
    const response = await leave(mock.url, `?identifier=${encodeURIComponent(JID)}`, {
      token: 'any-value',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('sl-violations')).toBeNull();
    expect(await response.json()).toEqual(exampleValue('LeftGroup'));
    for (const name of ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']) {
      expect(response.headers.get(name), name).toMatch(/^\d+$/);
    }
  });

  it.each([
    {
      given: 'no identifier',
      query: '',
      headers: { token: 'any-value' },
      want: { status: 400, example: 'IdentifierRequired' },
    },
    {
      given: 'an empty identifier',
      query: '?identifier=',
      headers: { token: 'any-value' },
      want: { status: 400, example: 'IdentifierRequired' },
    },
    {
      given: 'an identifier that is no JID, code or link',
      query: '?identifier=not%20a%20group!',
      headers: { token: 'any-value' },
      want: { status: 400, example: 'IdentifierRequired' },
    },
    {
      given: 'no token',
      query: `?identifier=${encodeURIComponent(JID)}`,
      headers: {},
      want: { status: 401, example: 'MissingToken' },
    },
    {
      given: 'an empty token',
      query: `?identifier=${encodeURIComponent(JID)}`,
      headers: { token: '' },
      want: { status: 401, example: 'MissingToken' },
    },
  ])("refuses $given with the API's own envelope", async ({ query, headers, want }) => {
    const response = await leave(mock.url, query, headers);
    expect(response.status).toBe(want.status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual(exampleValue(want.example));
    expect(response.headers.get('X-RateLimit-Reset')).toMatch(/^\d+$/);
    // Prism still says what it found wrong, for whoever is debugging a client.
    expect(response.headers.get('sl-violations')).toBeTruthy();
  });

  it('answers with the response a Prefer header names', async () => {
    const response = await leave(mock.url, '?identifier=ABC123XYZ', {
      token: 'any-value',
      Prefer: 'code=404, example=notMember',
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual(exampleValue('GroupNotFoundOrNotMember'));
  });
});

describe('starting and stopping', () => {
  it('runs several mocks side by side, each on its own port', async () => {
    const mocks = await Promise.all([
      startMock({ startTimeoutMs: WAIT_DEADLINE_MS }),
      startMock({ startTimeoutMs: WAIT_DEADLINE_MS }),
    ]);
    try {
      const [first, second] = mocks as [RunningMock, RunningMock];
      expect(first.url).not.toBe(second.url);
      for (const mock of mocks) {
        const response = await leave(mock.url, '?identifier=ABC123XYZ', { token: 'any-value' });
        expect(response.status).toBe(200);
      }
    } finally {
      await Promise.all(mocks.map((mock) => mock.stop()));
    }
  });

  it('stops Prism for good, and a second stop is harmless', async () => {
    const mock = await startMock({ startTimeoutMs: WAIT_DEADLINE_MS });
    expect(isAlive(mock.pid)).toBe(true);
    await mock.stop();
    expect(isAlive(mock.pid)).toBe(false);
    expect(await refusesConnections(mock.url)).toBe(true);
    await expect(mock.stop()).resolves.toBeUndefined();
  });

  it('names the port when it is already in use, and leaves no Prism behind', async () => {
    const squatter = createServer();
    await listenOnLoopback(squatter);
    const { port } = squatter.address() as { port: number };
    try {
      const attempt = startMock({ port, startTimeoutMs: WAIT_DEADLINE_MS });
      await expect(attempt).rejects.toBeInstanceOf(PortInUseError);
      await expect(attempt).rejects.toThrow(`Port ${port} on 127.0.0.1 is already in use`);
      expect(prismProcessesOnPort(port)).toEqual([]);
    } finally {
      squatter.close();
    }
  });

  it('gives up at the start deadline instead of waiting forever', async () => {
    const attempt = startMock({ startTimeoutMs: 1 });
    await expect(attempt).rejects.toBeInstanceOf(MockStartError);
    await expect(attempt).rejects.toThrow('Prism did not start within 1 ms.');
  });

  it('reports a document Prism cannot read, with the path', async () => {
    const attempt = startMock({
      startTimeoutMs: WAIT_DEADLINE_MS,
      document: '/nonexistent/openapi.json',
    });
    await expect(attempt).rejects.toBeInstanceOf(MockStartError);
    await expect(attempt).rejects.toThrow(/\/nonexistent\/openapi\.json/);
  });

  it.each([
    { given: { port: -1 }, want: /port must be an integer from 0 to 65535.*got -1/ },
    { given: { port: 1.5 }, want: /port must be .*got 1\.5/ },
    { given: { port: 65_536 }, want: /port must be .*got 65536/ },
    { given: { port: '4010' as unknown as number }, want: /port must be .*got "4010"/ },
    { given: { host: '' }, want: /host must be a hostname or IP address .*got ""/ },
    { given: { startTimeoutMs: 0 }, want: /startTimeoutMs must be a positive number .*got 0/ },
  ])('refuses the option $given before starting anything', async ({ given, want }) => {
    const attempt = startMock(given);
    await expect(attempt).rejects.toBeInstanceOf(MockOptionError);
    await expect(attempt).rejects.toThrow(want);
  });
});

describe('response validation (--errors)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ryzeapi-mock-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('turns an example that breaks its own schema into a visible failure', async () => {
    const document = join(folder, 'broken-example.json');
    writeFileSync(
      document,
      editedSpec((spec) => {
        const examples = (
          spec.components as Record<string, Record<string, { value: Record<string, unknown> }>>
        ).examples as Record<string, { value: Record<string, unknown> }>;
        (examples.LeftGroup as { value: Record<string, unknown> }).value.groupJid = 'not-a-jid';
      }),
    );
    const mock = await startMock({ startTimeoutMs: WAIT_DEADLINE_MS, document });
    try {
      const response = await leave(mock.url, '?identifier=ABC123XYZ', { token: 'any-value' });
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.headers.get('sl-violations')).toContain('groupJid');
    } finally {
      await mock.stop();
    }
  });
});

describe('dynamic mode', () => {
  it('generates bodies that fit the schema, the same for the same seed', async () => {
    const mocks = await Promise.all([
      startMock({ startTimeoutMs: WAIT_DEADLINE_MS, dynamic: true, seed: 'ryzeapi' }),
      startMock({ startTimeoutMs: WAIT_DEADLINE_MS, dynamic: true, seed: 'ryzeapi' }),
    ]);
    try {
      const bodies = [];
      for (const mock of mocks) {
        const response = await leave(mock.url, '?identifier=ABC123XYZ', { token: 'any-value' });
        expect(response.status).toBe(200);
        expect(response.headers.get('sl-violations')).toBeNull();
        bodies.push(await response.json());
      }
      expect(bodies[0]).toEqual(bodies[1]);
      expect(bodies[0]).toMatchObject({
        success: true,
        groupJid: expect.stringMatching(/@g\.us$/),
      });
    } finally {
      await Promise.all(mocks.map((mock) => mock.stop()));
    }
  });
});
