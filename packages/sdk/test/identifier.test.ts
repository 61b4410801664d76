import { describe, expect, it } from 'vitest';
import { createRyzeClient, InvalidInputError, parseGroupIdentifier } from '../src/index.ts';
import { fakeFetch, json, LEFT } from './fake-fetch.ts';
import { HOSTILE_IDENTIFIERS } from './hostile-inputs.ts';
import { thrownBy } from './thrown.ts';

const JID = '120363406289005073@g.us';
const CODE = 'Fh3t6gXkPz1B7nY2JqL0Ao';
const LINK = `https://chat.whatsapp.com/${CODE}`;

describe('parseGroupIdentifier accepts the three forms and normalizes them', () => {
  it.each([
    // JIDs
    { given: JID, want: { kind: 'jid', identifier: JID } },
    {
      given: '5511999999999-1623281429@g.us',
      want: { kind: 'jid', identifier: '5511999999999-1623281429@g.us' },
    },
    { given: `  ${JID}\n`, want: { kind: 'jid', identifier: JID } },
    { given: '120363406289005073@G.US', want: { kind: 'jid', identifier: JID } },
    {
      given: `${'1'.repeat(59)}@g.us`,
      want: { kind: 'jid', identifier: `${'1'.repeat(59)}@g.us` },
    },
    // invite codes
    {
      given: 'ABC123XYZ',
      want: { kind: 'inviteCode', identifier: 'ABC123XYZ', code: 'ABC123XYZ' },
    },
    { given: CODE, want: { kind: 'inviteCode', identifier: CODE, code: CODE } },
    {
      given: '\tABC123XYZ ',
      want: { kind: 'inviteCode', identifier: 'ABC123XYZ', code: 'ABC123XYZ' },
    },
    {
      given: 'a'.repeat(64),
      want: { kind: 'inviteCode', identifier: 'a'.repeat(64), code: 'a'.repeat(64) },
    },
    // invite links, in the forms met in the wild
    ...[
      LINK,
      `http://chat.whatsapp.com/${CODE}`,
      `https://www.chat.whatsapp.com/${CODE}`,
      `https://chat.whatsapp.com/invite/${CODE}`,
      `https://chat.whatsapp.com/${CODE}/`,
      `https://chat.whatsapp.com/${CODE}?mode=gi_t`,
      `https://chat.whatsapp.com/${CODE}/?mode=gi_t`,
      `http://www.chat.whatsapp.com/invite/${CODE}/?mode=gi_t&utm_source=x`,
      `https://chat.whatsapp.com/${CODE}#join`,
      `chat.whatsapp.com/${CODE}`,
      `www.chat.whatsapp.com/invite/${CODE}`,
      `HTTPS://CHAT.WHATSAPP.COM/${CODE}`,
      ` ${LINK} `,
    ].map((given) => ({ given, want: { kind: 'inviteLink', identifier: LINK, code: CODE } })),
  ])('$given', ({ given, want }) => {
    expect(parseGroupIdentifier(given)).toEqual(want);
  });
});

describe('parseGroupIdentifier refuses, with InvalidInputError', () => {
  it.each(HOSTILE_IDENTIFIERS)('%s', (_, given) => {
    expect(() => parseGroupIdentifier(given as string)).toThrow(InvalidInputError);
  });

  it('says what was wrong, shows the value and the accepted forms', () => {
    expect(() => parseGroupIdentifier('https://chat.whatsapp.com.evil.example/ABC')).toThrow(
      'The identifier "https://chat.whatsapp.com.evil.example/ABC" is none of a group JID (…@g.us), an invite code or link (https://chat.whatsapp.com/<code>)',
    );
    expect(() => parseGroupIdentifier('  ')).toThrow(
      'The identifier is empty: pass a group JID (…@g.us), an invite code or link (https://chat.whatsapp.com/<code>)',
    );
    expect(() => parseGroupIdentifier(undefined as unknown as string)).toThrow(
      'The identifier is a undefined: pass',
    );
  });

  it('shortens a long value in the message', () => {
    const error = thrownBy(() => parseGroupIdentifier('x'.repeat(100_000))) as Error;
    expect(error.message).toBe(
      `The identifier "${'x'.repeat(100)}…" is none of a group JID (…@g.us), an invite code or link (https://chat.whatsapp.com/<code>)`,
    );
  });
});

describe('groups.leave sends the normalized identifier, percent-encoded', () => {
  it.each([
    [JID, 'identifier=120363406289005073%40g.us'],
    ['ABC123XYZ', 'identifier=ABC123XYZ'],
    [
      `http://www.chat.whatsapp.com/invite/${CODE}/?mode=gi_t`,
      `identifier=https%3A%2F%2Fchat.whatsapp.com%2F${CODE}`,
    ],
  ])('%s → ?%s', async (given, query) => {
    const fetch = fakeFetch(json(200, LEFT));
    await createRyzeClient({ token: 't', fetch }).groups.leave('i', given);
    expect(fetch.requests[0]?.url).toBe(`https://ryzeapi.cloud/api/group/leave/i?${query}`);
  });

  it.each(HOSTILE_IDENTIFIERS)('and refuses %s without sending a request', async (_, given) => {
    const fetch = fakeFetch(json(200, LEFT));
    const leave = createRyzeClient({ token: 't', fetch }).groups.leave('i', given as string);
    await expect(leave).rejects.toBeInstanceOf(InvalidInputError);
    expect(fetch.requests).toHaveLength(0);
  });
});
