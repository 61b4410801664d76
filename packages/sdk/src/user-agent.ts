import { assertHeaderValue } from './header-value.ts';

// Replaced at build time (tsdown `define`, and vitest's for the tests) by the version in package.json.
declare const __SDK_VERSION__: string;

/** The SDK's own product token, `@ryzeapi/sdk/<version>`. */
export const SDK_USER_AGENT = `@ryzeapi/sdk/${__SDK_VERSION__}`;

/** The `User-Agent` sent: the application's own product token first when given, then the SDK's. */
export function userAgent(application: string | undefined): string {
  return application === undefined
    ? SDK_USER_AGENT
    : `${assertHeaderValue('userAgent', application, false)} ${SDK_USER_AGENT}`;
}
