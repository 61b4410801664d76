import { describe, expect, it } from 'vitest';
import { resolvePointer, resolveRef } from '../../src/document/json-pointer.ts';

const document = {
  paths: { '/api/group/leave/{instance}': { delete: { operationId: 'leaveGroup' } } },
  components: {
    schemas: { 'a~b': { type: 'string' }, 'with space': { type: 'integer' } },
    examples: { list: { value: ['zero', 'one'] } },
    responses: {
      NotFound: { description: 'not found' },
      Alias: { $ref: '#/components/responses/NotFound' },
      AliasOfAlias: { $ref: '#/components/responses/Alias' },
      Self: { $ref: '#/components/responses/Self' },
      Ping: { $ref: '#/components/responses/Pong' },
      Pong: { $ref: '#/components/responses/Ping' },
    },
  },
};

describe('resolvePointer', () => {
  it.each([
    ['#/paths/~1api~1group~1leave~1{instance}/delete/operationId', 'leaveGroup'],
    ['#/components/schemas/a~0b/type', 'string'],
    ['#/components/schemas/with%20space/type', 'integer'],
    ['#/components/examples/list/value/1', 'one'],
    ['#', document],
  ])('%s', (ref, want) => {
    expect(resolvePointer(document, ref)).toEqual(want);
  });

  it.each([
    ['other.yaml#/components/schemas/X', /points outside the document/],
    ['#/components/schemas/Missing', /#\/components\/schemas has no "Missing"/],
    ['#/components/examples/list/value/01', /has no "01"/],
    ['#/components/schemas/a~2b', /neither "~0" nor "~1"/],
    ['#/components/schemas/%E0%A4%A', /malformed percent-escape/],
    ['#components', /is not a JSON pointer/],
  ])('refuses %s with a message naming it', (ref, message) => {
    expect(() => resolvePointer(document, ref)).toThrow(message);
    expect(() => resolvePointer(document, ref)).toThrow(JSON.stringify(ref));
  });

  it('does not walk into inherited properties', () => {
    expect(() => resolvePointer(document, '#/components/constructor')).toThrow(/no "constructor"/);
  });
});

describe('resolveRef', () => {
  it('follows a chain of references to the object at its end', () => {
    expect(resolveRef(document, { $ref: '#/components/responses/AliasOfAlias' })).toEqual({
      description: 'not found',
    });
  });

  it('returns a node that is not a reference as it is', () => {
    const node = { description: 'inline' };
    expect(resolveRef(document, node)).toBe(node);
    expect(resolveRef(document, 'text')).toBe('text');
  });

  it('names the loop when a reference points at itself', () => {
    expect(() => resolveRef(document, { $ref: '#/components/responses/Self' })).toThrow(
      'The $ref chain #/components/responses/Self → #/components/responses/Self loops back on itself',
    );
  });

  it('names the loop when two references point at each other', () => {
    expect(() => resolveRef(document, { $ref: '#/components/responses/Ping' })).toThrow(
      '#/components/responses/Ping → #/components/responses/Pong → #/components/responses/Ping',
    );
  });
});
