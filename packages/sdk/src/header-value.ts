import { InvalidInputError } from './errors.ts';

/**
 * Refuses a value that `fetch` could not send as a header, before `fetch` sees it: the runtime's
 * own error would quote the value, and a token must never be quoted. The message names the
 * problem; `secret` values are never shown.
 */
export function assertHeaderValue(what: string, value: unknown, secret: boolean): string {
  const problem =
    typeof value !== 'string'
      ? `is a ${typeof value}, not a string`
      : !value
        ? 'is empty'
        : /[\r\n]/.test(value)
          ? 'contains a line break (CR or LF)'
          : value.trim() !== value
            ? 'has surrounding whitespace'
            : /[^\t\x20-\x7e\x80-\xff]/.test(value)
              ? 'has a character HTTP headers cannot carry'
              : '';
  if (problem) {
    throw new InvalidInputError(
      `The ${what} ${problem}. ${secret ? '(value hidden: it is secret)' : `Got ${JSON.stringify(value)}`}`,
    );
  }
  return value as string;
}

/** Checks every value of `headers` (hidden in the message: any header may carry a secret). */
export function assertHeaderValues(headers: Record<string, string> | undefined): void {
  for (const name in headers) assertHeaderValue(`header ${name}`, headers[name], true);
}

/**
 * `text` with every header value of `headers` replaced, for quoting a foreign error's message.
 * Values under 4 characters are left: replacing them would garble the message, not hide a secret.
 */
export function redactHeaderValues(text: string, headers: HeadersInit | undefined): string {
  for (const [, value] of new Headers(headers)) {
    if (value.length > 3) text = text.split(value).join('[redacted]');
  }
  return text;
}
