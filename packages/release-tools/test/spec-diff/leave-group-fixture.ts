/**
 * A small OpenAPI 3.1 document shaped like the real one (a path parameter, a query parameter
 * whose schema is an anyOf of identifier forms, closed response objects, rate-limit headers),
 * plus a second operation with a request body, so that each rule has something to act on.
 */
import type { JsonObject } from '../../src/spec-diff/openapi-document.ts';

export const LEAVE = '/api/group/leave/{instance}';
export const CREATE = '/api/group/create/{instance}';

export function leaveGroupFixture(): JsonObject {
  const rateLimitHeaders = {
    'X-RateLimit-Reset': { $ref: '#/components/headers/X-RateLimit-Reset' },
  };
  return {
    openapi: '3.1.0',
    info: { title: 'Groups', version: '1.0.0' },
    servers: [{ url: 'https://ryzeapi.cloud' }],
    security: [{ TokenAccount: [] }, { TokenInstance: [] }],
    paths: {
      [LEAVE]: {
        parameters: [{ $ref: '#/components/parameters/InstanceName' }],
        delete: {
          operationId: 'leaveGroup',
          summary: 'Leave Group',
          parameters: [
            { $ref: '#/components/parameters/GroupIdentifier' },
            {
              name: 'mode',
              in: 'query',
              required: false,
              schema: { type: 'string', enum: ['soft', 'hard'] },
            },
          ],
          responses: {
            '200': {
              description: 'Left.',
              headers: rateLimitHeaders,
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/LeaveGroupResponse' } },
              },
            },
            '404': {
              description: 'Not a member.',
              headers: rateLimitHeaders,
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } },
              },
            },
          },
        },
      },
      [CREATE]: {
        post: {
          operationId: 'createGroup',
          parameters: [{ $ref: '#/components/parameters/InstanceName' }],
          requestBody: {
            required: false,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/CreateGroupRequest' } },
            },
          },
          responses: {
            '201': {
              description: 'Created.',
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/OpenGroupSummary' } },
              },
            },
          },
        },
      },
    },
    components: {
      parameters: {
        InstanceName: {
          name: 'instance',
          in: 'path',
          required: true,
          schema: { type: 'string', minLength: 1 },
        },
        GroupIdentifier: {
          name: 'identifier',
          in: 'query',
          required: true,
          schema: { $ref: '#/components/schemas/GroupIdentifier' },
        },
      },
      headers: {
        'X-RateLimit-Reset': { required: true, schema: { type: 'integer', minimum: 0 } },
      },
      schemas: {
        GroupJid: { type: 'string', pattern: '^[0-9]+(-[0-9]+)?@g\\.us$', maxLength: 64 },
        InviteCode: { type: 'string', pattern: '^[A-Za-z0-9]{1,64}$' },
        InviteLink: { type: 'string', maxLength: 512 },
        GroupIdentifier: {
          anyOf: [
            { $ref: '#/components/schemas/GroupJid' },
            { $ref: '#/components/schemas/InviteCode' },
            { $ref: '#/components/schemas/InviteLink' },
          ],
        },
        LeaveGroupResponse: {
          type: 'object',
          additionalProperties: false,
          required: ['success', 'message', 'groupJid'],
          properties: {
            success: { type: 'boolean', const: true },
            message: { type: 'string', description: 'For humans.' },
            groupJid: { $ref: '#/components/schemas/GroupJid' },
          },
        },
        ErrorEnvelope: {
          type: 'object',
          additionalProperties: false,
          required: ['success', 'error'],
          properties: {
            success: { type: 'boolean', const: false },
            error: {
              type: 'object',
              additionalProperties: false,
              required: ['message'],
              properties: { message: { type: 'string', minLength: 1 } },
            },
          },
        },
        CreateGroupRequest: {
          type: 'object',
          required: ['subject'],
          properties: {
            subject: { type: 'string', maxLength: 100 },
            participants: { type: 'array', items: { type: 'string' } },
          },
        },
        OpenGroupSummary: {
          type: 'object',
          required: ['groupJid'],
          properties: { groupJid: { type: 'string' }, subject: { type: 'string' } },
        },
      },
      securitySchemes: {
        TokenAccount: { type: 'apiKey', in: 'header', name: 'token' },
        TokenInstance: { type: 'apiKey', in: 'header', name: 'token' },
      },
    },
  };
}
