import type { Fixtures, GroupFixture, InstanceFixture } from './fixtures.ts';
import type { GroupReference } from './group-identifier.ts';

export type TokenOwner =
  | { kind: 'account'; account: string }
  | { kind: 'instance'; instance: string; account: string };

export interface Instance {
  name: string;
  account: string;
  connected: boolean;
}

export interface Group {
  jid: string;
  inviteCode: string;
  name: string | undefined;
  /** Names of the member instances. */
  members: Set<string>;
  subgroups: string[];
  leavable: boolean;
}

export type LeaveResult =
  | { outcome: 'left'; jid: string; alsoLeft: string[] }
  | { outcome: 'notMember' }
  | { outcome: 'notAllowed' };

/** What `GET /__sandbox/state` and `sandbox.state.snapshot()` show. */
export interface StateSnapshot {
  accounts: { name: string; instances: string[] }[];
  instances: { name: string; account: string; connected: boolean; groups: string[] }[];
  groups: {
    jid: string;
    inviteCode: string;
    name?: string;
    members: string[];
    subgroups?: string[];
    leavable: boolean;
  }[];
}

/**
 * The service's world: accounts, their tokens and instances, groups and who is in them. Every
 * change is synchronous, so two requests can never both see a membership and both remove it.
 */
export class SandboxState {
  private owners = new Map<string, TokenOwner>();
  private instances = new Map<string, Instance>();
  private groups = new Map<string, Group>();
  private groupsByCode = new Map<string, Group>();
  private accounts: string[] = [];

  constructor(private readonly fixtures: Fixtures) {
    this.reset();
  }

  /** Back to the fixtures: every membership restored. */
  reset(): void {
    const { accounts, instances, groups } = structuredClone(this.fixtures);
    this.accounts = accounts.map((account) => account.name);
    this.owners = new Map([
      ...accounts.map((a): [string, TokenOwner] => [a.token, { kind: 'account', account: a.name }]),
      ...instances.map((x): [string, TokenOwner] => [
        x.token,
        { kind: 'instance', instance: x.name, account: x.account },
      ]),
    ]);
    this.instances = new Map(instances.map((x) => [x.name, toInstance(x)]));
    this.groups = new Map(groups.map((g) => [g.jid, toGroup(g)]));
    this.groupsByCode = new Map([...this.groups.values()].map((g) => [g.inviteCode, g]));
  }

  ownerOf(token: string): TokenOwner | undefined {
    return this.owners.get(token);
  }

  instance(name: string): Instance | undefined {
    return this.instances.get(name);
  }

  group(reference: GroupReference): Group | undefined {
    return 'jid' in reference
      ? this.groups.get(reference.jid)
      : this.groupsByCode.get(reference.inviteCode);
  }

  isMember(instance: string, jid: string): boolean {
    return this.groups.get(jid)?.members.has(instance) ?? false;
  }

  /** Makes `instance` leave `group`; leaving a community also leaves its linked subgroups. */
  leave(instance: string, group: Group): LeaveResult {
    if (!group.members.has(instance)) return { outcome: 'notMember' };
    if (!group.leavable) return { outcome: 'notAllowed' };
    group.members.delete(instance);
    const alsoLeft = group.subgroups.filter((jid) =>
      this.groups.get(jid)?.members.delete(instance),
    );
    return { outcome: 'left', jid: group.jid, alsoLeft };
  }

  snapshot(): StateSnapshot {
    const groups = [...this.groups.values()];
    const instances = [...this.instances.values()];
    return {
      accounts: this.accounts.map((name) => ({
        name,
        instances: instances.filter((x) => x.account === name).map((x) => x.name),
      })),
      instances: instances.map((x) => ({
        ...x,
        groups: groups.filter((g) => g.members.has(x.name)).map((g) => g.jid),
      })),
      groups: groups.map((g) => ({
        jid: g.jid,
        inviteCode: g.inviteCode,
        ...(g.name === undefined ? {} : { name: g.name }),
        members: [...g.members],
        ...(g.subgroups.length > 0 ? { subgroups: g.subgroups } : {}),
        leavable: g.leavable,
      })),
    };
  }
}

function toInstance(fixture: InstanceFixture): Instance {
  return { name: fixture.name, account: fixture.account, connected: fixture.connected ?? true };
}

function toGroup(fixture: GroupFixture): Group {
  return {
    jid: fixture.jid,
    inviteCode: fixture.inviteCode,
    name: fixture.name,
    members: new Set(fixture.members),
    subgroups: fixture.subgroups ?? [],
    leavable: fixture.leavable ?? true,
  };
}
