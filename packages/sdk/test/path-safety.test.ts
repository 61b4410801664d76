import { describe, expect, it } from 'vitest';
import { createRyzeClient, InvalidInputError } from '../src/index.ts';
import { fakeFetch, json, LEFT } from './fake-fetch.ts';
import { HOSTILE_INSTANCES } from './hostile-inputs.ts';

const QUERY = '?identifier=ABC123XYZ';

describe('the instance is always exactly one path segment', () => {
  it.each([
    ['my-instance', 'https://ryzeapi.cloud/api/group/leave/my-instance'],
    ['my instance', 'https://ryzeapi.cloud/api/group/leave/my%20instance'],
    ['a?b#c', 'https://ryzeapi.cloud/api/group/leave/a%3Fb%23c'],
    ['%2e%2e', 'https://ryzeapi.cloud/api/group/leave/%252e%252e'],
    ['%2F', 'https://ryzeapi.cloud/api/group/leave/%252F'],
    ['...', 'https://ryzeapi.cloud/api/group/leave/...'],
    ['.hidden', 'https://ryzeapi.cloud/api/group/leave/.hidden'],
    ['v1.2', 'https://ryzeapi.cloud/api/group/leave/v1.2'],
    ['ünïcode', 'https://ryzeapi.cloud/api/group/leave/%C3%BCn%C3%AFcode'],
    ['a&token=x', 'https://ryzeapi.cloud/api/group/leave/a%26token%3Dx'],
  ])('%s → %s', async (instance, url) => {
    const fetch = fakeFetch(json(200, LEFT));
    await createRyzeClient({ token: 't', fetch }).groups.leave(instance, {
      identifier: 'ABC123XYZ',
    });
    expect(fetch.requests.map((request) => request.url)).toEqual([url + QUERY]);
  });

  it('keeps a base URL with a trailing slash or a path prefix intact', async () => {
    const fetch = fakeFetch(json(200, LEFT));
    await createRyzeClient({ token: 't', fetch, baseUrl: 'http://127.0.0.1:4010/' }).groups.leave(
      'i',
      { identifier: 'ABC123XYZ' },
    );
    await createRyzeClient({
      token: 't',
      fetch,
      baseUrl: 'https://proxy.example/ryze',
    }).groups.leave('i', { identifier: 'ABC123XYZ' });
    expect(fetch.requests.map((request) => request.url)).toEqual([
      `http://127.0.0.1:4010/api/group/leave/i${QUERY}`,
      `https://proxy.example/ryze/api/group/leave/i${QUERY}`,
    ]);
  });
});

describe('an instance that would leave its segment is refused before any request', () => {
  it.each(HOSTILE_INSTANCES)('%s', async (_, instance) => {
    const fetch = fakeFetch(json(200, LEFT));
    const client = createRyzeClient({ token: 't', fetch });
    await expect(
      client.groups.leave(instance as string, { identifier: 'ABC123XYZ' }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect(fetch.requests).toHaveLength(0);
  });

  it.each(HOSTILE_INSTANCES)('%s, through the raw client too', async (_, instance) => {
    const fetch = fakeFetch(json(200, LEFT));
    const client = createRyzeClient({ token: 't', fetch });
    const call = client.raw.DELETE('/api/group/leave/{instance}', {
      params: { path: { instance: instance as string }, query: { identifier: 'ABC123XYZ' } },
    });
    await expect(call).rejects.toBeInstanceOf(InvalidInputError);
    expect(fetch.requests).toHaveLength(0);
  });

  it('says why and what to pass', async () => {
    const client = createRyzeClient({ token: 't', fetch: fakeFetch(json(200, LEFT)) });
    await expect(client.groups.leave('..', { identifier: 'ABC123XYZ' })).rejects.toThrow(
      'The instance ".." is not one URL path segment: pass a non-blank name, not "." or "..", without "/" or "\\"',
    );
  });
});
