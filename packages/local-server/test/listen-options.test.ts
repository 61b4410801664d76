import { describe, expect, it } from 'vitest';
import { checkHost, checkPort, urlFor } from '../src/listen-options.ts';

class PackageOptionError extends Error {}

describe('checkPort and checkHost', () => {
  it('pass a usable port or host through', () => {
    expect(checkPort(0, PackageOptionError)).toBe(0);
    expect(checkPort(65_535, PackageOptionError)).toBe(65_535);
    expect(checkHost('::1', PackageOptionError)).toBe('::1');
  });

  it.each([-1, 65_536, 1.5, '4020', undefined])(
    'refuse port %j with the package’s own error',
    (port) => {
      expect(() => checkPort(port, PackageOptionError)).toThrow(PackageOptionError);
      expect(() => checkPort(port, PackageOptionError)).toThrow(
        `port must be an integer from 0 to 65535 (0 picks a free port), got ${JSON.stringify(port)}.`,
      );
    },
  );

  it.each(['', ' ', 'local host', 127])('refuse host %j with the package’s own error', (host) => {
    expect(() => checkHost(host, PackageOptionError)).toThrow(PackageOptionError);
  });
});

describe('urlFor', () => {
  it.each([
    { host: '127.0.0.1', want: 'http://127.0.0.1:4020' },
    { host: '0.0.0.0', want: 'http://127.0.0.1:4020' },
    { host: '::', want: 'http://[::1]:4020' },
    { host: 'fe80::1', want: 'http://[fe80::1]:4020' },
    { host: 'localhost', want: 'http://localhost:4020' },
  ])('reaches $host at $want', ({ host, want }) => {
    expect(urlFor(host, 4020)).toBe(want);
  });
});
