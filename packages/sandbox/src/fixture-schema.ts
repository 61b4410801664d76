import { componentSchema, type OpenApiDocument } from './bundled-spec.ts';

const NAME = { type: 'string', minLength: 1, maxLength: 200 };
const TOKEN = {
  type: 'string',
  // A token the `token` header can carry: visible ASCII, no spaces.
  pattern: '^[\\x21-\\x7E]{1,512}$',
  description: 'Visible ASCII characters, no spaces, as an HTTP header carries them',
};

/**
 * The JSON Schema of a fixture file (draft 2020-12). Group JIDs and invite codes take their
 * shapes from the spec, so a fixture can only hold groups the API can name.
 */
export function fixtureSchema(document: OpenApiDocument) {
  const jid = componentSchema(document, 'GroupJid');
  const inviteCode = componentSchema(document, 'InviteCode');
  const strict = (required: string[], properties: Record<string, unknown>) => ({
    type: 'object',
    additionalProperties: false,
    required,
    properties,
  });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'RyzeAPI sandbox fixtures',
    ...strict(['accounts', 'instances', 'groups'], {
      $schema: { type: 'string' },
      accounts: {
        type: 'array',
        items: strict(['name', 'token'], { name: NAME, token: TOKEN }),
      },
      instances: {
        type: 'array',
        items: strict(['name', 'account', 'token'], {
          name: NAME,
          account: NAME,
          token: TOKEN,
          connected: { type: 'boolean' },
        }),
      },
      groups: {
        type: 'array',
        items: strict(['jid', 'inviteCode', 'members'], {
          jid: { type: jid.type, pattern: jid.pattern, maxLength: jid.maxLength },
          inviteCode: { type: inviteCode.type, pattern: inviteCode.pattern },
          name: NAME,
          members: { type: 'array', items: NAME, uniqueItems: true },
          subgroups: {
            type: 'array',
            items: { type: jid.type, pattern: jid.pattern },
            uniqueItems: true,
          },
          leavable: { type: 'boolean' },
        }),
      },
    }),
  };
}
