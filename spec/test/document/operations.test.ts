import { describe, expect, it } from 'vitest';
import { operationsOf } from '../../src/document/operations.ts';
import { responseExamples } from '../../src/document/response-examples.ts';

const envelope = { type: 'object' };
const document = {
  security: [{ TokenAccount: [] }],
  paths: {
    '/things/{id}': {
      parameters: [
        { $ref: '#/components/parameters/Id' },
        { name: 'verbose', in: 'query', example: false },
      ],
      get: {
        operationId: 'getThing',
        'x-idempotent': true,
        parameters: [{ name: 'verbose', in: 'query', required: true, example: true }],
        responses: {
          '200': {
            description: 'the thing',
            headers: { 'X-Count': { $ref: '#/components/headers/X-Count' } },
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Thing' },
                examples: { small: { $ref: '#/components/examples/Small' }, big: { value: 9 } },
              },
            },
          },
          '204': { description: 'nothing' },
          default: { $ref: '#/components/responses/Error' },
        },
      },
      summary: 'not an operation',
      delete: {
        operationId: 'deleteThing',
        security: [{ TokenInstance: [], TokenAccount: [] }, {}],
        responses: { '404': { $ref: '#/components/responses/Error' } },
      },
    },
  },
  components: {
    parameters: {
      Id: { name: 'id', in: 'path', required: true, examples: { a: { value: 'x1' } } },
    },
    headers: { 'X-Count': { schema: { type: 'integer' }, example: 3 } },
    schemas: { Thing: { type: 'integer' } },
    examples: { Small: { summary: 'Small', value: 1 } },
    responses: {
      Error: {
        description: 'an error',
        content: { 'application/json': { schema: envelope, example: { ok: false } } },
      },
    },
  },
};

describe('operationsOf', () => {
  const [get, remove] = operationsOf(document);

  it('lists the operations in the order of paths and HTTP methods, nothing else', () => {
    expect(operationsOf(document).map((operation) => operation.where)).toEqual([
      'GET /things/{id}',
      'DELETE /things/{id}',
    ]);
  });

  it("merges the path item's parameters with the operation's, the operation's winning", () => {
    expect(
      get?.parameters.map(({ name, in: at, required, example }) => ({
        name,
        at,
        required,
        example,
      })),
    ).toEqual([
      { name: 'id', at: 'path', required: true, example: 'x1' },
      { name: 'verbose', at: 'query', required: true, example: true },
    ]);
  });

  it('reads responses with references followed, headers and named examples', () => {
    expect(get?.responses.map((response) => response.status)).toEqual(['200', '204', 'default']);
    const ok = get?.responses[0];
    expect(ok?.headers.map(({ name, example }) => ({ name, example }))).toEqual([
      { name: 'X-Count', example: 3 },
    ]);
    expect(ok?.content[0]?.schema).toEqual({ type: 'integer' });
    expect(ok?.content[0]?.examples).toEqual([
      { name: 'small', summary: 'Small', value: 1 },
      { name: 'big', summary: undefined, value: 9 },
    ]);
    expect(get?.responses[2]?.description).toBe('an error');
  });

  it("takes the operation's security, else the document's", () => {
    expect(get?.security).toEqual([['TokenAccount']]);
    expect(remove?.security).toEqual([['TokenInstance', 'TokenAccount'], []]);
  });

  it('reads x-idempotent', () => {
    expect(get?.idempotent).toBe(true);
    expect(remove?.idempotent).toBeUndefined();
  });

  it('reads an operation without responses, which OpenAPI 3.1 allows, as having none', () => {
    const bare = { paths: { '/x': { get: { operationId: 'x' } } } };
    expect(operationsOf(bare)[0]?.responses).toEqual([]);
  });

  it('refuses an operation without an operationId, naming it', () => {
    const broken = { paths: { '/x': { post: { responses: {} } } } };
    expect(() => operationsOf(broken)).toThrow(/POST \/x has no operationId/);
  });

  it('refuses a parameter without a location, naming the operation', () => {
    const broken = {
      paths: { '/x': { get: { operationId: 'x', parameters: [{ name: 'q' }], responses: {} } } },
    };
    expect(() => operationsOf(broken)).toThrow(/A parameter of GET \/x needs a name and an "in"/);
  });
});

describe('responseExamples', () => {
  it('gives one pair per example, and one without an example for a response without a body', () => {
    expect(
      responseExamples(document).map(({ id, status, exampleName, value }) => ({
        id,
        status,
        exampleName,
        value,
      })),
    ).toEqual([
      { id: 'getThing 200 small', status: '200', exampleName: 'small', value: 1 },
      { id: 'getThing 200 big', status: '200', exampleName: 'big', value: 9 },
      { id: 'getThing 204', status: '204', exampleName: undefined, value: undefined },
      { id: 'getThing default', status: 'default', exampleName: undefined, value: { ok: false } },
      { id: 'deleteThing 404', status: '404', exampleName: undefined, value: { ok: false } },
    ]);
  });
});
