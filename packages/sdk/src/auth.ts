import { assertHeaderValue } from './header-value.ts';

/**
 * How the token is sent: in the `token` header (the API's preferred way) or as
 * `Authorization: Bearer <token>` (accepted for compatibility). Never in the URL.
 */
export type AuthScheme = 'token-header' | 'bearer';

/** The header that carries the token (`token` unless `scheme` is `'bearer'`), after checking the token can be sent at all. */
export function authHeader(token: string, scheme?: AuthScheme): Record<string, string> {
  assertHeaderValue('token', token, true);
  return scheme === 'bearer' ? { Authorization: `Bearer ${token}` } : { token };
}
