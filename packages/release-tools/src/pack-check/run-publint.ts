import { readFileSync } from 'node:fs';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import type { CheckResult } from './check-result.ts';
import type { Tarball } from './tarball.ts';

/** publint on the packed tarball, strict: its warnings count as errors; suggestions are notes. */
export async function runPublint(tarball: Tarball): Promise<CheckResult> {
  const bytes = readFileSync(tarball.path);
  const { messages, pkg } = await publint({
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
    strict: true,
    level: 'suggestion',
  });
  const text = (m: (typeof messages)[number]) =>
    `${m.code}: ${formatMessage(m, pkg, { color: false }) ?? ''}`;
  return {
    check: 'publint (strict)',
    problems: messages.filter((m) => m.type !== 'suggestion').map(text),
    notes: messages.filter((m) => m.type === 'suggestion').map(text),
  };
}
