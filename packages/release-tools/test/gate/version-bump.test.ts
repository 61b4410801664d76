import { describe, expect, it } from 'vitest';
import { atLeast, largestBump, requiredBump } from '../../src/gate/version-bump.ts';

describe('requiredBump', () => {
  it.each([
    { version: '0.0.0', change: 'breaking', want: 'minor' },
    { version: '0.4.2', change: 'breaking', want: 'minor' },
    { version: '1.0.0', change: 'breaking', want: 'major' },
    { version: '2.3.4', change: 'breaking', want: 'major' },
    { version: '0.4.2', change: 'compatible', want: 'patch' },
    { version: '1.0.0', change: 'compatible', want: 'patch' },
  ] as const)('$version with a $change change needs $want', ({ version, change, want }) => {
    expect(requiredBump(version, change)).toBe(want);
  });

  it('refuses a version that is not semver, naming it', () => {
    expect(() => requiredBump('next', 'breaking')).toThrow(/"next" is not semver/);
  });
});

describe('atLeast and largestBump', () => {
  it('orders patch < minor < major', () => {
    expect(atLeast('major', 'minor')).toBe(true);
    expect(atLeast('minor', 'minor')).toBe(true);
    expect(atLeast('patch', 'minor')).toBe(false);
    expect(atLeast(undefined, 'patch')).toBe(false);
    expect(largestBump(['patch', 'major', 'minor'])).toBe('major');
    expect(largestBump([])).toBeUndefined();
  });
});
