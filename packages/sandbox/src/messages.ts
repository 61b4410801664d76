/**
 * The service's error messages, as its documentation shows them (the seed page's table and the
 * authentication, rate-limit and error guides), plus the sandbox's own where the docs are silent.
 */
export const MESSAGES = {
  /** The docs give no message for a malformed identifier: the sandbox's choice (see README). */
  invalidParameter: (name: string) =>
    name === 'identifier'
      ? 'Invalid identifier: use a group JID, an invite code or an invite link'
      : `Invalid ${name}`,
  missingToken: 'Missing token in header',
  invalidToken: 'Invalid token',
  invalidInstanceToken: 'Invalid instance token',
  invalidAccountToken: 'Invalid account token',
  notAllowed: 'Not allowed to leave this group',
  groupNotFound: 'Group not found or you are not a member of this group',
  instanceNotFound: 'Instance not found',
  instanceNotConnected: 'Instance is not connected to WhatsApp',
  rateLimited: 'Rate limit exceeded. Try again later.',
  internalError: 'Internal server error',
} as const;

/** The API's error envelope: `{"success": false, "error": {"message": "..."}}`. */
export function errorEnvelope(message: string) {
  return { success: false as const, error: { message } };
}
