/**
 * Sandbox fixtures (the `fixtures` option of `startSandbox`) for bulk leaves: one account, one
 * instance and `count` groups it is a member of, with their JIDs in order. Shapes follow
 * `@ryzeapi/sandbox`'s `Fixtures`, written out so that this package needs no build of it.
 */
export function bulkLeaveFixtures(count: number) {
  const instance = 'bulk-instance';
  const token = 'sandbox-token-bulk-instance';
  // Current group JIDs: 18 digits starting 120363.
  const jids = Array.from({ length: count }, (_, n) => `120363${String(n).padStart(12, '0')}@g.us`);
  const fixtures = {
    accounts: [{ name: 'bulk-account', token: 'sandbox-token-bulk-account' }],
    instances: [{ name: instance, account: 'bulk-account', token, connected: true }],
    groups: jids.map((jid, n) => ({ jid, inviteCode: `BULK${n}`, members: [instance] })),
  };
  return { fixtures, instance, token, jids };
}
