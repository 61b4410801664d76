import { InvalidInputError, shorten } from './errors.ts';
import type { GroupJid, InviteCode, InviteLink } from './types.ts';

/** What `parseGroupIdentifier` recognised, with the normalized `identifier` the SDK sends. */
export type ParsedGroupIdentifier =
  | { kind: 'jid'; identifier: GroupJid }
  | { kind: 'inviteCode'; identifier: InviteCode; code: InviteCode }
  | { kind: 'inviteLink'; identifier: InviteLink; code: InviteCode };

// One pattern, one group per form: a JID, an invite code, or a link in the forms met in the wild
// (any of http(s)://, www., invite/, a trailing slash, and a share suffix (?mode=gi_t) or
// fragment; the host exactly chat.whatsapp.com).
const FORM =
  /^(?:(\d+(?:-\d+)?)@g\.us|([a-z\d]{1,64})|(?:https?:\/\/)?(?:www\.)?chat\.whatsapp\.com\/(?:invite\/)?([a-z\d]{1,64})\/?(?:[?#]\S*)?)$/i;
const FORMS = 'a group JID (…@g.us), an invite code or link (https://chat.whatsapp.com/<code>)';

/**
 * Classifies a group identifier and normalizes it: surrounding whitespace is trimmed, a JID's
 * suffix is lower-cased, and every link form becomes `https://chat.whatsapp.com/<code>`.
 *
 * @throws {InvalidInputError} when the input is empty or none of the three forms.
 */
export function parseGroupIdentifier(input: string): ParsedGroupIdentifier {
  const value = typeof input === 'string' ? input.trim() : input;
  if (typeof value !== 'string' || !value) {
    throw new InvalidInputError(
      `The identifier is ${value === '' ? 'empty' : `a ${typeof value}`}: pass ${FORMS}`,
    );
  }
  const [, jid, code, linked] = FORM.exec(value) ?? [];
  // At most 59 characters before the 5 of @g.us: the spec's maxLength of 64.
  if (jid && jid.length <= 59) return { kind: 'jid', identifier: `${jid}@g.us` };
  if (code) return { kind: 'inviteCode', identifier: code, code };
  if (linked) {
    return { kind: 'inviteLink', identifier: `https://chat.whatsapp.com/${linked}`, code: linked };
  }
  throw new InvalidInputError(
    `The identifier ${JSON.stringify(shorten(value, 100))} is none of ${FORMS}`,
  );
}
