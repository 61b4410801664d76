import { describe, expect, it } from 'vitest';
import { type JsonObject, operationsOf, readBundledSpec } from '../src/document/index.ts';

/*
 * The facts of the service's documentation page for Leave Group (and, where stated, of its other
 * pages), checked in the bundle users download.
 */
const document = readBundledSpec();
const paths = document.paths as Record<string, JsonObject>;
const components = document.components as Record<string, Record<string, JsonObject>>;
const leave = operationsOf(document).find((candidate) => candidate.operationId === 'leaveGroup');
if (!leave) throw new Error('The bundle has no leaveGroup operation.');
const operation = leave.node;
const parameters = leave.parameters.map((parameter) => parameter.node);

function responseOf(status: string) {
  const response = leave?.responses.find((candidate) => candidate.status === status);
  if (!response) throw new Error(`leaveGroup has no ${status} response.`);
  return response;
}

function exampleMessages(status: string): string[] {
  const [media] = responseOf(status).content;
  return (media?.examples ?? []).map(
    (example) => ((example.value as JsonObject).error as { message: string }).message,
  );
}

describe('the Leave Group operation', () => {
  it('is DELETE /api/group/leave/{instance}, leaveGroup, tagged Groups, on ryzeapi.cloud', () => {
    expect(Object.keys(paths)).toContain('/api/group/leave/{instance}');
    expect(Object.keys(paths['/api/group/leave/{instance}'] ?? {})).toEqual([
      'parameters',
      'delete',
    ]);
    expect(operation.operationId).toBe('leaveGroup');
    expect(operation.summary).toBe('Leave Group');
    expect(operation.tags).toEqual(['Groups']);
    expect(document.servers).toEqual([{ url: 'https://ryzeapi.cloud', description: 'Production' }]);
  });

  it('says the identifier goes in the query string since this is a DELETE', () => {
    expect(operation.description).toContain('Remove the instance from the specified group');
    expect(operation.description).toMatch(/identifier goes in the \*\*query string\*\*/);
  });

  it('carries the notes on communities and on returning with a new invite', () => {
    expect(operation.description).toMatch(/Leaving a community \(parent group\) also unlinks/);
    expect(operation.description).toMatch(/To return to the group, you must obtain a new invite/);
    expect(responseOf('200').description).toMatch(/you will need a new\s+invite/);
  });

  it("carries the seed page's error table and its envelope", () => {
    expect(operation.description).toContain('| 400  | `Identifier is required` |');
    expect(operation.description).toContain('| 403  | `Not allowed to leave this group` |');
    expect(operation.description).toContain(
      '| 404  | `Group not found or you are not a member of this group` |',
    );
    expect(operation.description).toContain(
      '`{"success": false, "error": {"message": "Group not found or you are not a member of this group"}}`',
    );
  });

  it('states the idempotency rule: leaving again returns 404', () => {
    expect(operation['x-idempotent']).toBe(true);
    expect(operation.description).toMatch(/already left returns `404`/);
  });

  it('states the Global rate-limit bucket, 100 per minute per token, in an extension and in prose', () => {
    expect(operation['x-rateLimit']).toEqual({
      bucket: 'Global',
      limit: 100,
      window: '1m',
      per: 'token',
    });
    expect(operation.description).toMatch(/`Global` bucket, 100 requests per minute per token/);
  });
});

describe('its parameters', () => {
  it('takes the instance name in the path, required', () => {
    const instance = parameters.find((parameter) => parameter.name === 'instance');
    expect(instance).toMatchObject({ in: 'path', required: true, schema: { type: 'string' } });
    expect(instance?.description).toMatch(/^Instance name/);
  });

  it('takes the identifier in the query, required, with a named example of each form', () => {
    const identifier = parameters.find((parameter) => parameter.name === 'identifier');
    expect(identifier).toMatchObject({ in: 'query', required: true });
    expect(identifier?.description).toMatch(/^Group JID, invite code, or link/);
    const examples = identifier?.examples as Record<string, { value: string }>;
    expect(
      Object.fromEntries(Object.entries(examples).map(([name, { value }]) => [name, value])),
    ).toEqual({
      byJid: '120363406289005073@g.us',
      byCode: 'ABC123XYZ',
      byLink: 'https://chat.whatsapp.com/ABC123XYZ',
    });
  });

  it('has no other parameter: the token travels in a header, never in the URL', () => {
    expect(parameters.map((parameter) => `${parameter.in}:${parameter.name}`).sort()).toEqual([
      'path:instance',
      'query:identifier',
    ]);
  });
});

describe('authentication', () => {
  const schemes = components.securitySchemes as Record<string, JsonObject>;

  it('accepts either a TokenAccount or a TokenInstance in the `token` header', () => {
    for (const name of ['TokenAccount', 'TokenInstance']) {
      expect(schemes[name]).toMatchObject({ type: 'apiKey', in: 'header', name: 'token' });
    }
  });

  it('accepts the same tokens as a Bearer token, for compatibility', () => {
    expect(schemes.BearerToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.security).toEqual([
      { TokenAccount: [] },
      { TokenInstance: [] },
      { BearerToken: [] },
    ]);
  });

  it('documents the Bearer form and keeps the query-string token for WebSockets only', () => {
    for (const text of [
      (document.info as JsonObject).description,
      ...Object.values(schemes).map((scheme) => scheme.description),
    ]) {
      expect(text).toMatch(/Bearer <token>`/);
      expect(text).toMatch(
        /`\?token=`\s+query\s+parameter (exists only|is) for browser WebSockets/,
      );
    }
  });
});

describe('its responses', () => {
  it('answers 200 with the body of the seed page, exactly', () => {
    const [media] = responseOf('200').content;
    const example = media?.examples.find((candidate) => candidate.name === 'left');
    expect(example?.value).toStrictEqual({
      success: true,
      message: 'Successfully left the group',
      groupJid: '120363406289005073@g.us',
    });
    expect(media?.schema).toMatchObject({
      additionalProperties: false,
      required: ['success', 'message', 'groupJid'],
    });
  });

  it('has exactly the statuses the service documents for it', () => {
    expect(leave.responses.map((response) => response.status)).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '429',
      '500',
      '503',
    ]);
  });

  it.each([
    ['400', ['Identifier is required', 'Instance is not connected to WhatsApp']],
    [
      '401',
      [
        'Missing token in header',
        'Invalid token',
        'Invalid instance token',
        'Invalid account token',
      ],
    ],
    ['403', ['Not allowed to leave this group']],
    ['404', ['Group not found or you are not a member of this group', 'Instance not found']],
    ['429', ['Rate limit exceeded. Try again later.']],
    ['500', ['Internal server error']],
    ['503', ['Instance is not connected to WhatsApp']],
  ])('answers %s with the messages %j', (status, messages) => {
    expect(exampleMessages(status)).toEqual(messages);
  });

  it('describes one error envelope: success false and error.message, closed', () => {
    const envelope = components.schemas?.ErrorEnvelope;
    expect(envelope).toMatchObject({
      type: 'object',
      additionalProperties: false,
      required: ['success', 'error'],
      properties: {
        success: { type: 'boolean', const: false },
        error: { type: 'object', additionalProperties: false, required: ['message'] },
      },
    });
  });
});

describe('its code samples', () => {
  const samples = leave.codeSamples;

  it('are given in cURL, JavaScript, Python and Go, by JID and by link, plus the SDKs', () => {
    expect(samples.map((sample) => sample.label)).toEqual([
      'cURL (by JID)',
      'cURL (by link)',
      'JavaScript (by JID)',
      'JavaScript (by link)',
      'Python (by JID)',
      'Python (by link)',
      'Python (ryzeapi)',
      'Go (by JID)',
      'Go (by link)',
      'Go (ryzeapi)',
      'TypeScript (@ryzeapi/sdk)',
    ]);
  });

  it('send the token in the header and never in the URL', () => {
    for (const { label, source } of samples.filter((sample) => sample.lang !== 'TypeScript')) {
      expect(source, label).toMatch(/token/);
      expect(source, label).not.toMatch(/[?&]token=/);
    }
  });

  it('percent-encode the link in cURL with --data-urlencode', () => {
    const curlByLink = samples.find((sample) => sample.label === 'cURL (by link)');
    expect(curlByLink?.source).toContain(
      '--data-urlencode "identifier=https://chat.whatsapp.com/ABC123XYZ"',
    );
  });
});
