/**
 * The service documentation's own example, which the sandbox's default fixtures serve: the
 * instance, its token and the group it leaves, and the 404's message once it is left.
 */
export const SEED = {
  instance: 'my-instance',
  token: 'sandbox-token-my-instance',
  identifier: '120363406289005073@g.us',
  groupJid: '120363406289005073@g.us',
  notMemberMessage: 'Group not found or you are not a member of this group',
} as const;
