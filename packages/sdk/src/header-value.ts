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
