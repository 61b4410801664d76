import type { Fixtures } from './fixtures.ts';

/**
 * Requests to paste, built from the fixtures: the seed's own examples (leave by JID, by link) for
 * the first connected instance, then the control API. Tokens go in headers, never in URLs.
 */
export function exampleRequests(fixtures: Fixtures, url: string): string[] {
  const instance = fixtures.instances.find((x) => x.connected !== false);
  const group = fixtures.groups.find(
    (g) => instance !== undefined && g.members.includes(instance.name) && g.leavable !== false,
  );
  const requests: string[] = [];
  if (instance && group) {
    const leave = `${url}/api/group/leave/${encodeURIComponent(instance.name)}`;
    const token = `-H 'token: ${instance.token}'`;
    requests.push(
      `curl -i -X DELETE '${leave}?identifier=${encodeURIComponent(group.jid)}' ${token}`,
      `curl -i -X DELETE -G '${leave}' --data-urlencode 'identifier=https://chat.whatsapp.com/${group.inviteCode}' ${token}`,
    );
  }
  requests.push(`curl -s '${url}/__sandbox/state'`, `curl -s -X POST '${url}/__sandbox/reset'`);
  return requests;
}
