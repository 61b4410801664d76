import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { SandboxOptionError } from './errors.ts';

/** The request header that carries the control secret. */
export const CONTROL_SECRET_HEADER = 'x-sandbox-control-secret';

/** The environment variable the command line reads the secret from. */
export const CONTROL_SECRET_ENV = 'RYZEAPI_SANDBOX_CONTROL_SECRET';

/** Short enough to type, long enough not to be guessed by someone who can reach the port. */
export const MIN_CONTROL_SECRET_LENGTH = 16;

/** True when `host` only accepts connections from this machine. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.toLowerCase();
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1' || /^::ffff:127\./.test(bare);
  return false;
}

/**
 * The control secret a sandbox on `host` needs: none on loopback unless one is given; beyond it,
 * one of at least MIN_CONTROL_SECRET_LENGTH characters, or a SandboxOptionError saying how to
 * give one. The secret itself never appears in a message.
 */
export function checkControlSecret(secret: unknown, host: string): string | undefined {
  if (secret === undefined) {
    if (isLoopbackHost(host)) return undefined;
    throw new SandboxOptionError(
      `The sandbox would listen on ${host}, beyond this machine, and its control API ` +
        '(/__sandbox/: reset, faults, clock) would be open to anyone who can reach it. Give it a ' +
        `control secret of at least ${MIN_CONTROL_SECRET_LENGTH} characters: the ${CONTROL_SECRET_ENV} ` +
        'environment variable or --control-secret on the command line, controlSecret in ' +
        'startSandbox(); or listen on 127.0.0.1 (the default).',
    );
  }
  if (typeof secret !== 'string' || secret.length < MIN_CONTROL_SECRET_LENGTH) {
    throw new SandboxOptionError(
      `The control secret must be a string of at least ${MIN_CONTROL_SECRET_LENGTH} characters, ` +
        `got ${typeof secret === 'string' ? `one of ${secret.length}` : typeof secret} ` +
        '(not shown): use a random one, e.g. from `openssl rand -hex 16`.',
    );
  }
  return secret;
}

export type ControlAccess = 'allowed' | 'missing' | 'wrong';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Decides whether a control request may go on, from the value of its CONTROL_SECRET_HEADER.
 * Both sides are hashed first, so the comparison takes the same time whatever the length or
 * content of the value sent.
 */
export function controlAccessGuard(
  secret: string | undefined,
): (sent: string | string[] | undefined) => ControlAccess {
  if (secret === undefined) return () => 'allowed';
  const expected = digest(secret);
  return (sent) => {
    if (sent === undefined || sent === '') return 'missing';
    if (Array.isArray(sent)) return 'wrong';
    return timingSafeEqual(digest(sent), expected) ? 'allowed' : 'wrong';
  };
}
