import { describe, expect, it } from 'vitest';
import type { OpenApiDocument } from '../src/bundled-spec.ts';
import { operationTable } from '../src/operation-table.ts';

const rateLimited = { 'X-RateLimit-Limit': {}, 'X-RateLimit-Reset': {}, 'Content-Type': {} };
const envelope = (message: string) => ({ value: { success: false, error: { message } } });

const SPEC: OpenApiDocument = {
  components: { schemas: {} },
  paths: {
    '/things/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true }],
      get: { operationId: 'getThing' },
      delete: {
        operationId: 'deleteThing',
        parameters: [{ name: 'force', in: 'query' }],
        responses: {
          '404': {
            headers: rateLimited,
            content: {
              'application/json': { examples: { a: envelope('Gone'), b: envelope('No') } },
            },
          },
          '200': {
            headers: rateLimited,
            content: { 'application/json': { examples: { ok: { value: { message: 'Done' } } } } },
          },
        },
      },
    },
  },
};

describe('operationTable', () => {
  it('lists the method, path, parameters, statuses with their messages and rate-limit headers', async () => {
    expect(await operationTable('deleteThing', SPEC)).toEqual({
      operationId: 'deleteThing',
      method: 'DELETE',
      path: '/things/{id}',
      parameters: [
        { name: 'id', in: 'path', required: true },
        { name: 'force', in: 'query', required: false },
      ],
      responses: [
        { status: 200, messages: ['Done'] },
        { status: 404, messages: ['Gone', 'No'] },
      ],
      rateLimitHeaders: ['X-RateLimit-Limit', 'X-RateLimit-Reset'],
    });
  });

  it('names the missing operation', async () => {
    await expect(operationTable('leaveThing', SPEC)).rejects.toThrow(
      'The spec has no operation with operationId "leaveThing"',
    );
  });

  it("reads the bundled spec's leaveGroup", async () => {
    const table = await operationTable('leaveGroup');
    expect(table.method).toBe('DELETE');
    expect(table.responses.find(({ status }) => status === 404)?.messages).toContain(
      'Group not found or you are not a member of this group',
    );
  });
});
