import { InvalidInputError } from './errors.ts';
import { assertHeaderValue } from './header-value.ts';

/**
 * How the token is sent: in the `token` header (the API's preferred way) or as
 * `Authorization: Bearer <token>` (accepted for compatibility). Never in the URL.
 */
export type AuthScheme = 'token-header' | 'bearer';

/** The header that carries the token (`token` unless `scheme` is `'bearer'`), after checking the token can be sent at all. */
export function authHeader(
  token: string,
  scheme: AuthScheme = 'token-header',
): Record<string, string> {
  assertHeaderValue('token', token, true);
  // From JavaScript, a typo ('Bearer', 'basic') must not silently send the token another way.
  if (scheme !== 'bearer' && scheme !== 'token-header') {
    throw new InvalidInputError(
      `The authScheme ${JSON.stringify(scheme)} is neither 'token-header' nor 'bearer'`,
    );
  }
  return scheme === 'bearer' ? { Authorization: `Bearer ${token}` } : { token };
}
