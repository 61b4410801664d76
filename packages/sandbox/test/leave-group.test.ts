import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ACCOUNT_TOKEN,
  answerOf,
  CODE,
  envelope,
  INSTANCE_TOKEN,
  JID,
  leave,
  left,
} from './support/requests.ts';
import { DISCONNECTED_STATUS, type RunningSandbox, startSandbox } from './support/the-package.ts';

const COMMUNITY = '120363400000000100@g.us';
const SUBGROUPS = ['120363400000000101@g.us', '120363400000000102@g.us'];
const NOT_LEAVABLE = '120363400000000200@g.us';
const OLD_GROUP = '5511999999999-1623281429@g.us';
const NOT_MEMBER = envelope('Group not found or you are not a member of this group');

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.stop());
beforeEach(() => sandbox.reset());

describe('every identifier form names the same group', () => {
  it.each([
    { given: 'its JID', identifier: JID },
    { given: 'its invite code', identifier: CODE },
    { given: 'its invite link', identifier: `https://chat.whatsapp.com/${CODE}` },
    { given: 'an http:// link', identifier: `http://chat.whatsapp.com/${CODE}` },
    { given: 'a www. link', identifier: `https://www.chat.whatsapp.com/${CODE}` },
    { given: 'an invite/ link', identifier: `https://chat.whatsapp.com/invite/${CODE}` },
    { given: 'a link with a trailing slash', identifier: `https://chat.whatsapp.com/${CODE}/` },
    { given: 'a shared link', identifier: `https://chat.whatsapp.com/${CODE}?mode=gi_t` },
    {
      given: 'every variation at once',
      identifier: `http://www.chat.whatsapp.com/invite/${CODE}/?mode=gi_t&lang=en`,
    },
  ])('by $given: 200 with the JID, then 404 by the JID', async ({ identifier }) => {
    expect(await answerOf(await leave(sandbox.url, identifier))).toEqual({
      status: 200,
      body: left(JID),
    });
    expect(sandbox.state.isMember('my-instance', JID)).toBe(false);
    expect(await answerOf(await leave(sandbox.url, JID))).toEqual({
      status: 404,
      body: NOT_MEMBER,
    });
  });

  it("names an older group's JID and its 22-character code", async () => {
    expect(await answerOf(await leave(sandbox.url, 'Fh3t6gXkPz1B7nY2JqL0Ao'))).toEqual({
      status: 200,
      body: left(OLD_GROUP),
    });
    expect((await leave(sandbox.url, OLD_GROUP)).status).toBe(404);
  });

  it.each([
    { given: 'an unknown JID', identifier: '120363999999999999@g.us' },
    { given: 'an unknown code', identifier: 'NOSUCHCODE' },
    { given: 'the code in another case (codes are case-sensitive)', identifier: 'abc123xyz' },
    {
      given: 'a link whose code is unknown',
      identifier: 'https://chat.whatsapp.com/invite/ABC123',
    },
  ])('answers 404 for $given, and leaves nothing', async ({ identifier }) => {
    expect(await answerOf(await leave(sandbox.url, identifier))).toEqual({
      status: 404,
      body: NOT_MEMBER,
    });
    expect(sandbox.state.isMember('my-instance', JID)).toBe(true);
  });
});

describe("the service's rules", () => {
  it('leaving a community also leaves its subgroups, which then answer 404', async () => {
    for (const jid of SUBGROUPS) expect(sandbox.state.isMember('my-instance', jid)).toBe(true);
    expect(await answerOf(await leave(sandbox.url, COMMUNITY))).toEqual({
      status: 200,
      body: left(COMMUNITY),
    });
    for (const jid of SUBGROUPS) {
      expect(sandbox.state.isMember('my-instance', jid)).toBe(false);
      expect(await answerOf(await leave(sandbox.url, jid))).toEqual({
        status: 404,
        body: NOT_MEMBER,
      });
    }
  });

  it('leaving a subgroup leaves the community alone', async () => {
    expect((await leave(sandbox.url, SUBGROUPS[0])).status).toBe(200);
    expect(sandbox.state.isMember('my-instance', COMMUNITY)).toBe(true);
    expect(sandbox.state.isMember('my-instance', SUBGROUPS[1] as string)).toBe(true);
  });

  it('a group that may not be left answers 403 and keeps the member', async () => {
    expect(await answerOf(await leave(sandbox.url, NOT_LEAVABLE))).toEqual({
      status: 403,
      body: envelope('Not allowed to leave this group'),
    });
    expect(sandbox.state.isMember('my-instance', NOT_LEAVABLE)).toBe(true);
  });

  it('an unknown instance answers 404 Instance not found', async () => {
    const response = await leave(sandbox.url, JID, {
      instance: 'no-such-instance',
      headers: { token: ACCOUNT_TOKEN },
    });
    expect(await answerOf(response)).toEqual({ status: 404, body: envelope('Instance not found') });
  });

  it(`a disconnected instance answers ${DISCONNECTED_STATUS} and stays in the group`, async () => {
    const response = await leave(sandbox.url, JID, {
      instance: 'offline-instance',
      headers: { token: 'sandbox-token-offline-instance' },
    });
    expect(DISCONNECTED_STATUS).toBe(400);
    expect(await answerOf(response)).toEqual({
      status: 400,
      body: envelope('Instance is not connected to WhatsApp'),
    });
    expect(sandbox.state.isMember('offline-instance', JID)).toBe(true);
  });

  it("another instance's group answers 404: membership is per instance", async () => {
    expect((await leave(sandbox.url, '120363400000000300@g.us')).status).toBe(404);
    expect(sandbox.state.isMember('other-instance', '120363400000000300@g.us')).toBe(true);
  });

  it("leaving with one instance leaves the others' membership alone", async () => {
    expect((await leave(sandbox.url, JID)).status).toBe(200);
    expect(sandbox.state.isMember('other-instance', JID)).toBe(true);
    expect(sandbox.state.isMember('offline-instance', JID)).toBe(true);
  });
});

describe('tokens', () => {
  it.each([
    { given: 'the instance token in the token header', headers: { token: INSTANCE_TOKEN } },
    { given: 'the account token', headers: { token: ACCOUNT_TOKEN } },
    {
      given: 'the instance token as Bearer',
      headers: { authorization: `Bearer ${INSTANCE_TOKEN}` },
    },
    { given: 'the account token as Bearer', headers: { authorization: `Bearer ${ACCOUNT_TOKEN}` } },
  ])('$given may leave', async ({ headers }) => {
    expect(await answerOf(await leave(sandbox.url, JID, { headers }))).toEqual({
      status: 200,
      body: left(JID),
    });
  });

  it.each([
    {
      given: "another instance's token",
      headers: { token: 'sandbox-token-other-instance' },
      message: 'Invalid instance token',
    },
    {
      given: "another account's token",
      headers: { token: 'sandbox-token-other-account' },
      message: 'Invalid account token',
    },
    {
      given: 'an unknown token',
      headers: { token: 'not-a-sandbox-token' },
      message: 'Invalid token',
    },
    { given: 'no token', headers: {}, message: 'Missing token in header' },
    { given: 'an empty token', headers: { token: '' }, message: 'Missing token in header' },
    {
      given: 'an Authorization header of another scheme',
      headers: { authorization: `Basic ${INSTANCE_TOKEN}` },
      message: 'Missing token in header',
    },
  ])('$given answers 401 $message and leaves nothing', async ({ headers, message }) => {
    expect(await answerOf(await leave(sandbox.url, JID, { headers }))).toEqual({
      status: 401,
      body: envelope(message),
    });
    expect(sandbox.state.isMember('my-instance', JID)).toBe(true);
  });

  it('an unknown token is refused before the request is validated', async () => {
    const response = await leave(sandbox.url, undefined, {
      headers: { token: 'not-a-sandbox-token' },
    });
    expect(response.status).toBe(401);
  });
});

describe('requests the spec refuses get the service envelope, never a validator format', () => {
  it.each([
    { given: 'no identifier', identifier: undefined, message: 'Identifier is required' },
    { given: 'an empty identifier', identifier: '', message: 'Identifier is required' },
    {
      given: 'a malformed identifier',
      identifier: 'not a group!',
      message: 'Invalid identifier: use a group JID, an invite code or an invite link',
    },
    {
      given: 'a look-alike link host',
      identifier: `https://chat.whatsapp.com.evil.example/${CODE}`,
      message: 'Invalid identifier: use a group JID, an invite code or an invite link',
    },
    {
      given: 'a user JID',
      identifier: '5511999999999@s.whatsapp.net',
      message: 'Invalid identifier: use a group JID, an invite code or an invite link',
    },
  ])('$given: 400 $message', async ({ identifier, message }) => {
    const response = await leave(sandbox.url, identifier);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await answerOf(response)).toEqual({ status: 400, body: envelope(message) });
  });

  it('a missing token wins over a missing identifier, as authentication comes first', async () => {
    expect(await answerOf(await leave(sandbox.url, undefined, { headers: {} }))).toEqual({
      status: 401,
      body: envelope('Missing token in header'),
    });
  });

  it.each([
    {
      given: 'a path outside the spec',
      method: 'DELETE',
      path: '/api/group/join/my-instance',
      status: 404,
    },
    {
      given: 'a method the path lacks',
      method: 'GET',
      path: '/api/group/leave/my-instance',
      status: 405,
    },
  ])('$given: $status in the envelope', async ({ method, path, status }) => {
    const response = await fetch(`${sandbox.url}${path}?identifier=${CODE}`, {
      method,
      headers: { token: INSTANCE_TOKEN },
    });
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({
      success: false,
      error: { message: expect.any(String) },
    });
  });

  it('an instance name is one percent-encoded path segment', async () => {
    const response = await leave(sandbox.url, JID, {
      instance: 'my instance/ã',
      headers: { token: ACCOUNT_TOKEN },
    });
    expect(await answerOf(response)).toEqual({ status: 404, body: envelope('Instance not found') });
  });
});
