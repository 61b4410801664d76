/**
 * Looks through every file of a tarball for credentials that must never be published. Findings
 * are reported redacted: the kind, the file and the first characters only.
 */
import type { CheckResult } from './check-result.ts';
import type { Tarball } from './tarball.ts';

const SECRET_PATTERNS: { kind: string; pattern: RegExp }[] = [
  { kind: 'npm access token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  {
    kind: 'GitHub token',
    pattern: /\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})\b/,
  },
  { kind: 'AWS access key id', pattern: /\bAKIA[0-9A-Z]{16}\b/ },
  { kind: 'private key', pattern: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/ },
  { kind: 'registry auth token', pattern: /_authToken\s*=\s*[^\s$]{8,}/ },
  { kind: 'Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/ },
  { kind: 'Stripe live key', pattern: /\b[sr]k_live_[A-Za-z0-9]{20,}\b/ },
];

export function redact(secret: string): string {
  return `${secret.slice(0, 4)}…(${secret.length} characters)`;
}

export function scanSecrets(tarball: Tarball): CheckResult {
  const problems: string[] = [];
  const decoder = new TextDecoder();
  for (const file of tarball.files) {
    const text = decoder.decode(file.data);
    for (const { kind, pattern } of SECRET_PATTERNS) {
      const match = pattern.exec(text);
      if (match)
        problems.push(
          `${file.path} contains what looks like a ${kind}: ${redact(match[0])}. Remove it and revoke it.`,
        );
    }
  }
  return { check: 'no secrets', problems };
}
