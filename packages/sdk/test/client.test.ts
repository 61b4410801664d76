import { describe, expect, it } from 'vitest';
import { createRyzeClient, NotFoundError } from '../src/index.ts';
import { envelope, fakeFetch, json, LEFT } from './fake-fetch.ts';

describe('groups.leave', () => {
  it('sends DELETE with the identifier in the query and the token in its header', async () => {
    const fetch = fakeFetch(json(200, LEFT));
    const client = createRyzeClient({ token: 'tok-123', fetch });
    await expect(client.groups.leave('my-instance', '120363406289005073@g.us')).resolves.toEqual(
      LEFT,
    );
    const [request] = fetch.requests;
    expect(request?.method).toBe('DELETE');
    expect(request?.url).toBe(
      'https://ryzeapi.cloud/api/group/leave/my-instance?identifier=120363406289005073%40g.us',
    );
    expect(request?.headers.get('token')).toBe('tok-123');
  });

  it('turns a 404 into a NotFoundError with the envelope message', async () => {
    const fetch = fakeFetch(envelope(404, 'Group not found or you are not a member of this group'));
    const client = createRyzeClient({ token: 't', fetch });
    const error = await client.groups.leave('i', 'ABC123XYZ').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toBe(
      'Group not found or you are not a member of this group (HTTP 404)',
    );
  });
});
