import { InvalidInputError } from './errors.ts';

/**
 * Refuses a value that `fetch` could not send as a header, before `fetch` sees it: the runtime's
 * own error would quote the value, and a token must never be quoted. The message names the
 * problem; `secret` values are never shown.
 */
export function assertHeaderValue(what: string, value: unknown, secret: boolean): string {
  const problem =
    typeof value !== 'string'
      ? `is not a string but a ${typeof value}`
      : !value
        ? 'is empty'
        : /[\r\n]/.test(value)
          ? 'contains a line break (CR or LF)'
          : value.trim() !== value
            ? 'has leading or trailing whitespace'
            : /[^\t\x20-\x7e\x80-\xff]/.test(value)
              ? 'contains a character an HTTP header cannot carry (a control character or one above U+00FF)'
              : '';
  if (problem) {
    throw new InvalidInputError(
      `The ${what} ${problem}. ${secret ? 'Check how it is loaded (the value is not shown: it is secret)' : `Got ${JSON.stringify(value)}`}`,
    );
  }
  return value as string;
}
