import { describe, expect, it } from 'vitest';
import { createRyzeClient, InvalidInputError, parseGroupIdentifier } from '../src/index.ts';
import { fakeFetch, json, LEFT } from './fake-fetch.ts';
import { ACCEPTED_IDENTIFIERS, HOSTILE_IDENTIFIERS } from './hostile-inputs.ts';
import { thrownBy } from './thrown.ts';

const JID = '120363406289005073@g.us';
const CODE = 'Fh3t6gXkPz1B7nY2JqL0Ao';

describe('parseGroupIdentifier accepts the three forms and normalizes them', () => {
  it.each(ACCEPTED_IDENTIFIERS)('$given', ({ given, want }) => {
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
    await createRyzeClient({ token: 't', fetch }).groups.leave('i', { identifier: given });
    expect(fetch.requests[0]?.url).toBe(`https://ryzeapi.cloud/api/group/leave/i?${query}`);
  });

  it.each(HOSTILE_IDENTIFIERS)('and refuses %s without sending a request', async (_, given) => {
    const fetch = fakeFetch(json(200, LEFT));
    const leave = createRyzeClient({ token: 't', fetch }).groups.leave('i', {
      identifier: given as string,
    });
    await expect(leave).rejects.toBeInstanceOf(InvalidInputError);
    expect(fetch.requests).toHaveLength(0);
  });
});
