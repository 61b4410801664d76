export const JID = '120363406289005073@g.us';
export const CODE = 'ABC123XYZ';
export const INSTANCE_TOKEN = 'sandbox-token-my-instance';
export const ACCOUNT_TOKEN = 'sandbox-token-account';

/** `DELETE /api/group/leave/{instance}?identifier=…` with the instance token unless told otherwise. */
export function leave(
  baseUrl: string,
  identifier: string | undefined,
  { instance = 'my-instance', headers = { token: INSTANCE_TOKEN } as Record<string, string> } = {},
): Promise<Response> {
  const url = new URL(`${baseUrl}/api/group/leave/${encodeURIComponent(instance)}`);
  if (identifier !== undefined) url.searchParams.set('identifier', identifier);
  return fetch(url, { method: 'DELETE', headers });
}

/** The status and JSON body of a response. */
export async function answerOf(response: Response): Promise<{ status: number; body: unknown }> {
  return { status: response.status, body: await response.json() };
}

export const envelope = (message: string) => ({ success: false, error: { message } });
export const left = (groupJid: string) => ({
  success: true,
  message: 'Successfully left the group',
  groupJid,
});

/** The `X-RateLimit-*` headers as numbers. */
export function rateLimitOf(response: Response) {
  const read = (name: string) => {
    const value = response.headers.get(name);
    if (value === null || !/^\d+$/.test(value)) {
      throw new Error(`${name} is ${JSON.stringify(value)}, not an integer`);
    }
    return Number(value);
  };
  return {
    limit: read('X-RateLimit-Limit'),
    remaining: read('X-RateLimit-Remaining'),
    reset: read('X-RateLimit-Reset'),
  };
}

/** A control API call: `control(url, 'POST', '/__sandbox/faults', { kind: 'drop' })`. */
export async function control(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  return answerOf(response);
}

/** A clock the test moves by hand. */
export class ManualClock {
  constructor(public ms = Date.UTC(2026, 0, 1, 12, 0, 0, 250)) {}
  now = () => this.ms;
  advance(seconds: number) {
    this.ms += seconds * 1000;
  }
}
