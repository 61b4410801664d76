import { describe, expectTypeOf, it } from 'vitest';
import type { components, operations } from '../src/generated/openapi.ts';
import {
  ApiError,
  createRyzeClient,
  type LeaveGroupParams,
  type LeaveGroupResponse,
  NotFoundError,
  type ParsedGroupIdentifier,
  parseGroupIdentifier,
  type RateLimit,
  type WithResponse,
} from '../src/index.ts';

const client = createRyzeClient({ token: 't' });

describe('types come from the spec', () => {
  it('the success type is exactly the spec 200 body', () => {
    type Spec200 = operations['leaveGroup']['responses'][200]['content']['application/json'];
    expectTypeOf<LeaveGroupResponse>().toEqualTypeOf<Spec200>();
    expectTypeOf<LeaveGroupResponse>().toEqualTypeOf<components['schemas']['LeaveGroupResponse']>();
    expectTypeOf<LeaveGroupResponse>().toEqualTypeOf<{
      success: true;
      message: string;
      groupJid: string;
    }>();
    const call = client.groups.leave('i', { identifier: 'ABC123XYZ' });
    expectTypeOf(call).resolves.toEqualTypeOf<Spec200>();
    expectTypeOf(call.withResponse()).resolves.toEqualTypeOf<WithResponse<Spec200>>();
    expectTypeOf<WithResponse<Spec200>['rateLimit']>().toEqualTypeOf<RateLimit | undefined>();
    expectTypeOf<WithResponse<Spec200>['attempts']>().toEqualTypeOf<number>();
    expectTypeOf<WithResponse<Spec200>['response']>().toEqualTypeOf<Response>();
  });

  it('the params object is the spec query', () => {
    type SpecQuery = operations['leaveGroup']['parameters']['query'];
    expectTypeOf<LeaveGroupParams>().toEqualTypeOf<SpecQuery>();
    expectTypeOf(client.groups.leave).parameter(1).toEqualTypeOf<SpecQuery>();
  });

  it('the raw client is typed from the generated paths', () => {
    const call = client.raw.DELETE('/api/group/leave/{instance}', {
      params: { path: { instance: 'i' }, query: { identifier: 'ABC123XYZ' } },
    });
    expectTypeOf(call)
      .resolves.toHaveProperty('data')
      .toEqualTypeOf<LeaveGroupResponse | undefined>();
    // @ts-expect-error the raw client requires the identifier query parameter too
    client.raw.DELETE('/api/group/leave/{instance}', { params: { path: { instance: 'i' } } });
    // @ts-expect-error the spec has no GET on this path
    client.raw.GET('/api/group/leave/{instance}', { params: { path: { instance: 'i' } } });
  });

  it('errors narrow by class', () => {
    const error: unknown = undefined;
    if (error instanceof NotFoundError) {
      expectTypeOf(error.mayHaveSucceededEarlier).toEqualTypeOf<boolean>();
      expectTypeOf(error.attempts).toEqualTypeOf<number>();
    }
    if (error instanceof ApiError) {
      expectTypeOf(error.status).toEqualTypeOf<number>();
      expectTypeOf(error.headers).toEqualTypeOf<Headers>();
      expectTypeOf(error.body).toEqualTypeOf<unknown>();
      // @ts-expect-error mayHaveSucceededEarlier exists on NotFoundError only
      void error.mayHaveSucceededEarlier;
    }
  });

  it('parseGroupIdentifier returns a union discriminated by kind', () => {
    const parsed = parseGroupIdentifier('ABC123XYZ');
    expectTypeOf(parsed).toEqualTypeOf<ParsedGroupIdentifier>();
    if (parsed.kind === 'inviteLink') expectTypeOf(parsed.code).toEqualTypeOf<string>();
    // @ts-expect-error a JID has no invite code
    if (parsed.kind === 'jid') void parsed.code;
  });
});

describe('ordinary use compiles', () => {
  it('createRyzeClient accepts the runtime fetch and undefined for unset options', () => {
    createRyzeClient({
      token: 't',
      fetch: globalThis.fetch,
      baseUrl: process.env.RYZEAPI_BASE_URL,
    });
  });
});

describe('misuse does not compile', () => {
  it('leave', () => {
    // @ts-expect-error the params with the identifier are required
    void client.groups.leave('my-instance');
    // @ts-expect-error the instance is a string, not a number
    void client.groups.leave(42, { identifier: 'ABC123XYZ' });
    // @ts-expect-error the params object has an identifier, not a jid
    void client.groups.leave('my-instance', { jid: '120363406289005073@g.us' });
    // @ts-expect-error `retries` is not an option (maxRetries is)
    void client.groups.leave('my-instance', { identifier: 'ABC123XYZ' }, { retries: 3 });
    // @ts-expect-error the signal is an AbortSignal, not a boolean
    void client.groups.leave('my-instance', { identifier: 'ABC123XYZ' }, { signal: true });
    void client.groups.leave(
      'my-instance',
      { identifier: 'ABC123XYZ' },
      // @ts-expect-error header values are strings
      { headers: { Prefer: 404 } },
    );
    // @ts-expect-error the 0.x form: the identifier is now in a params object, so no silent swap
    void client.groups.leave('120363406289005073@g.us', 'my-instance');
    // @ts-expect-error leaveWithResponse is gone: call .withResponse() on the returned promise
    void client.groups.leaveWithResponse('my-instance', { identifier: 'ABC123XYZ' });
  });

  it('createRyzeClient', () => {
    // @ts-expect-error the options are an object
    createRyzeClient('token');
    // @ts-expect-error the token is a string
    createRyzeClient({ token: 42 });
    // @ts-expect-error `tokenKind` is not an option (authScheme is)
    createRyzeClient({ token: 't', tokenKind: 'instance' });
    // @ts-expect-error authScheme is 'token-header' or 'bearer'
    createRyzeClient({ token: 't', authScheme: 'basic' });
    // @ts-expect-error timeoutMs is a number of milliseconds
    createRyzeClient({ token: 't', timeoutMs: '5s' });
  });

  it('results are read-only where the SDK promises it', () => {
    const error = new ApiError('m', 500, new Headers(), undefined, 1);
    // @ts-expect-error status is read-only
    error.status = 200;
  });
});
