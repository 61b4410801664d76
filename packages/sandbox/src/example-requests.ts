import { CONTROL_SECRET_ENV } from './control-secret.ts';
import type { Fixtures } from './fixtures.ts';

/**
 * Requests to paste, built from the fixtures: the seed's own examples (leave by JID, by link) for
 * the first connected instance, then the control API. Tokens go in headers, never in URLs; a
 * control secret is named by its environment variable, never printed.
 */
export function exampleRequests(
  fixtures: Fixtures,
  url: string,
  { controlSecret = false }: { controlSecret?: boolean } = {},
): string[] {
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
  const secret = controlSecret ? ` -H "X-Sandbox-Control-Secret: $${CONTROL_SECRET_ENV}"` : '';
  requests.push(
    `curl -s '${url}/__sandbox/state'${secret}`,
    `curl -s -X POST '${url}/__sandbox/reset'${secret}`,
  );
  return requests;
}
