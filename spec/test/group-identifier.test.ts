import { describe, expect, it } from 'vitest';
import { type JsonObject, readBundledSpec } from '../src/document/index.ts';
import { schemaErrors } from './examples.ts';

const schemas = (readBundledSpec('openapi.dereferenced.json').components as JsonObject)
  .schemas as Record<string, JsonObject>;
const identifier = schemas.GroupIdentifier as JsonObject;

describe('the identifier schema is as loose as the service, no looser', () => {
  it.each([
    ['a current group JID', '120363406289005073@g.us'],
    ['an old phone-timestamp JID', '5511999999999-1623281429@g.us'],
    ['the documented invite code', 'ABC123XYZ'],
    ['a real 22-character invite code', 'Fh3t6gXkPz1B7nY2JqL0Ao'],
    ['the documented invite link', 'https://chat.whatsapp.com/ABC123XYZ'],
    ['a link over http', 'http://chat.whatsapp.com/ABC123XYZ'],
    ['a link with www.', 'https://www.chat.whatsapp.com/ABC123XYZ'],
    ['a link with invite/', 'https://chat.whatsapp.com/invite/ABC123XYZ'],
    ['a link with a trailing slash', 'https://chat.whatsapp.com/ABC123XYZ/'],
    ['a share link with ?mode=', 'https://chat.whatsapp.com/Fh3t6gXkPz1B7nY2JqL0Ao?mode=gi_t'],
  ])('accepts %s: %s', (_, given) => {
    expect(schemaErrors(identifier, given)).toEqual([]);
  });

  it.each([
    ['an empty string', ''],
    ['a user JID', '5511999999999@s.whatsapp.net'],
    ['a code with a space', 'ABC 123'],
    ['a link to another host', 'https://chat.whatsapp.com.evil.example/ABC123XYZ'],
    ['a link without a code', 'https://chat.whatsapp.com/'],
    ['a code of 65 characters', 'A'.repeat(65)],
  ])('rejects %s', (_, given) => {
    expect(schemaErrors(identifier, given)).not.toEqual([]);
  });
});
