/** The accounts, instances and groups a sandbox starts with (and returns to on reset). */
export interface Fixtures {
  /** Accounts and their account tokens (`TokenAccount`): each acts on its own instances. */
  accounts: AccountFixture[];
  /** Instances, each owned by an account, with its instance token (`TokenInstance`). */
  instances: InstanceFixture[];
  /** Groups and communities, with the instances that are members. */
  groups: GroupFixture[];
}

export interface AccountFixture {
  name: string;
  token: string;
}

export interface InstanceFixture {
  name: string;
  /** The `name` of the account that owns the instance. */
  account: string;
  token: string;
  /** `false` imitates an instance that is not connected to WhatsApp. Default: `true`. */
  connected?: boolean;
}

export interface GroupFixture {
  jid: string;
  inviteCode: string;
  name?: string;
  /** The `name`s of the instances that are members of the group. */
  members: string[];
  /** Makes the group a community: the `jid`s of its linked subgroups, left together with it. */
  subgroups?: string[];
  /** `false`: members may not leave it (403), as a community's announcement group. Default: `true`. */
  leavable?: boolean;
}

/**
 * The default fixtures keep the service's documentation runnable as it is written: the instance
 * `my-instance` with the token `sandbox-token-my-instance`, the account token
 * `sandbox-token-account`, and the group `120363406289005073@g.us` whose invite code is
 * `ABC123XYZ`. Around them: a community with two subgroups, a group that may not be left, a
 * group of another account's instance, a disconnected instance and an older group's JID.
 */
export const defaultFixtures: Fixtures = {
  accounts: [
    { name: 'sandbox-account', token: 'sandbox-token-account' },
    { name: 'other-account', token: 'sandbox-token-other-account' },
  ],
  instances: [
    {
      name: 'my-instance',
      account: 'sandbox-account',
      token: 'sandbox-token-my-instance',
      connected: true,
    },
    {
      name: 'offline-instance',
      account: 'sandbox-account',
      token: 'sandbox-token-offline-instance',
      connected: false,
    },
    {
      name: 'other-instance',
      account: 'other-account',
      token: 'sandbox-token-other-instance',
      connected: true,
    },
  ],
  groups: [
    {
      jid: '120363406289005073@g.us',
      inviteCode: 'ABC123XYZ',
      name: 'Sandbox group',
      members: ['my-instance', 'offline-instance', 'other-instance'],
    },
    {
      jid: '120363400000000100@g.us',
      inviteCode: 'COMMUNITY100',
      name: 'Sandbox community',
      members: ['my-instance'],
      subgroups: ['120363400000000101@g.us', '120363400000000102@g.us'],
    },
    {
      jid: '120363400000000101@g.us',
      inviteCode: 'SUBGROUP101',
      name: 'Community subgroup: general',
      members: ['my-instance'],
    },
    {
      jid: '120363400000000102@g.us',
      inviteCode: 'SUBGROUP102',
      name: 'Community subgroup: events',
      members: ['my-instance'],
    },
    {
      jid: '120363400000000200@g.us',
      inviteCode: 'ANNOUNCE200',
      name: 'Announcements (may not be left)',
      members: ['my-instance'],
      leavable: false,
    },
    {
      jid: '120363400000000300@g.us',
      inviteCode: 'OTHERS300',
      name: "Another account's group",
      members: ['other-instance'],
    },
    {
      jid: '5511999999999-1623281429@g.us',
      inviteCode: 'Fh3t6gXkPz1B7nY2JqL0Ao',
      name: 'An older group',
      members: ['my-instance'],
    },
  ],
};
