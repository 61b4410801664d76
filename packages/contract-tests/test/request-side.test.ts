import { readBundledSpec, resolvePointer } from '@ryzeapi/openapi/document';
import {
  AuthenticationError,
  createRyzeClient,
  InvalidInputError,
  type LeaveGroupResponse,
} from '@ryzeapi/sdk';
import { describe, expect, expectTypeOf, inject, it } from 'vitest';
import { CONTRACT_TOKEN } from '../src/check-response-pair.ts';
import { recordingFetch } from '../src/recording-fetch.ts';

const target = inject('contractTarget');
const document = readBundledSpec();
const exampleBody = (name: string) =>
  (resolvePointer(document, `#/components/examples/${name}`) as { value?: unknown }).value;

function client(fetch = recordingFetch()) {
  return {
    ...fetch,
    client: createRyzeClient({
      token: CONTRACT_TOKEN,
      baseUrl: target.baseUrl,
      fetch: fetch.fetch,
    }),
  };
}

describe('requests the SDK sends pass the mock’s request validation', () => {
  it.each([
    {
      given: 'a group JID',
      identifier: '120363406289005073@g.us',
      sent: 'identifier=120363406289005073%40g.us',
    },
    {
      given: "an old group's JID",
      identifier: '5511999999999-1623281429@g.us',
      sent: 'identifier=5511999999999-1623281429%40g.us',
    },
    { given: 'an invite code', identifier: 'ABC123XYZ', sent: 'identifier=ABC123XYZ' },
    {
      given: 'an invite link',
      identifier: 'https://chat.whatsapp.com/ABC123XYZ',
      sent: 'identifier=https%3A%2F%2Fchat.whatsapp.com%2FABC123XYZ',
    },
    {
      given: 'a shared link with a share suffix',
      identifier: 'https://chat.whatsapp.com/invite/Fh3t6gXkPz1B7nY2JqL0Ao?mode=gi_t',
      sent: 'identifier=https%3A%2F%2Fchat.whatsapp.com%2FFh3t6gXkPz1B7nY2JqL0Ao',
    },
  ])('identifies the group by $given, percent-encoded', async ({ identifier, sent }) => {
    const { client: sdk, requests } = client();
    const result = await sdk.groups.leave('my-instance', { identifier }).withResponse();
    expect(result.response.headers.get('sl-violations')).toBeNull();
    expect(result.response.status).toBe(200);
    expect(requests).toHaveLength(1);
    const url = new URL((requests[0] as Request).url);
    expect(url.pathname).toBe('/api/group/leave/my-instance');
    expect(url.search).toBe(`?${sent}`);
    // The token travels in its header only.
    expect((requests[0] as Request).headers.get('token')).toBe(CONTRACT_TOKEN);
    expect((requests[0] as Request).url).not.toContain(CONTRACT_TOKEN);
  });

  it('sends an instance name that needs encoding as one path segment', async () => {
    const { client: sdk, requests } = client();
    const result = await sdk.groups
      .leave('my instance ã', { identifier: 'ABC123XYZ' })
      .withResponse();
    expect(result.response.headers.get('sl-violations')).toBeNull();
    expect(new URL((requests[0] as Request).url).pathname).toBe(
      '/api/group/leave/my%20instance%20%C3%A3',
    );
  });

  it('sends the token as a Bearer token when asked, which the spec accepts too', async () => {
    const recorder = recordingFetch();
    const sdk = createRyzeClient({
      token: CONTRACT_TOKEN,
      baseUrl: target.baseUrl,
      fetch: recorder.fetch,
      authScheme: 'bearer',
    });
    const result = await sdk.groups
      .leave('my-instance', { identifier: 'ABC123XYZ' })
      .withResponse();
    expect(result.response.headers.get('sl-violations')).toBeNull();
    expect(result.response.status).toBe(200);
    const sent = recorder.requests[0] as Request;
    expect(sent.headers.get('authorization')).toBe(`Bearer ${CONTRACT_TOKEN}`);
    expect(sent.headers.get('token')).toBeNull();
  });

  it("returns the spec's 200 body, typed", async () => {
    const data = await client().client.groups.leave('my-instance', {
      identifier: '120363406289005073@g.us',
    });
    expectTypeOf(data).toEqualTypeOf<LeaveGroupResponse>();
    expect(data).toEqual(exampleBody('LeftGroup'));
  });
});

describe('a missing identifier', () => {
  it('is refused by the SDK before anything is sent', async () => {
    const { client: sdk, requests } = client();
    await expect(sdk.groups.leave('my-instance', { identifier: '' })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    expect(requests).toHaveLength(0);
  });

  it("gets the API's own 400 envelope from the mock", async () => {
    const response = await fetch(`${target.baseUrl}/api/group/leave/my-instance`, {
      method: 'DELETE',
      headers: { token: CONTRACT_TOKEN },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual(exampleBody('IdentifierRequired'));
    expect(response.headers.get('sl-violations')).toContain('identifier');
  });
});

describe('a missing token', () => {
  it('is refused by the SDK when the client is created', () => {
    expect(() => createRyzeClient({ token: '', baseUrl: target.baseUrl })).toThrow(
      InvalidInputError,
    );
  });

  it("gets the API's own 401 envelope from the mock", async () => {
    const response = await fetch(
      `${target.baseUrl}/api/group/leave/my-instance?identifier=ABC123XYZ`,
      { method: 'DELETE' },
    );
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual(exampleBody('MissingToken'));
  });

  it('becomes an AuthenticationError with the envelope’s message when the header is lost on the way', async () => {
    const sdk = createRyzeClient({
      token: CONTRACT_TOKEN,
      baseUrl: target.baseUrl,
      // Something between the SDK and the API (a misconfigured proxy) drops the header.
      fetch: (request) => {
        const headers = new Headers(request.headers);
        headers.delete('token');
        return globalThis.fetch(new Request(request, { headers }));
      },
    });
    const attempt = sdk.groups.leave('my-instance', { identifier: 'ABC123XYZ' });
    await expect(attempt).rejects.toBeInstanceOf(AuthenticationError);
    await expect(attempt).rejects.toThrow('Missing token in header');
  });
});
