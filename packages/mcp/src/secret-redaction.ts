/**
 * `text` with every occurrence of `secret` replaced: whatever an error or a service echoes back,
 * the token never reaches a tool result or a log line.
 */
export function redactSecret(text: string, secret: string): string {
  return secret ? text.replaceAll(secret, '[redacted token]') : text;
}
