import { describe, expect, it } from 'vitest';
import { parseBenchArguments } from '../src/cli-arguments.ts';

describe('parseBenchArguments', () => {
  it.each([
    { given: ['--only', 'bulk'], want: { only: ['bulk'], help: false } },
    { given: ['--', '--only', 'bulk'], want: { only: ['bulk'], help: false } },
    {
      given: ['--', '--only', 'bulk, http-200'],
      want: { only: ['bulk', 'http-200'], help: false },
    },
    { given: ['--', '--help'], want: { only: undefined, help: true } },
    { given: ['--'], want: { only: undefined, help: false } },
    { given: [], want: { only: undefined, help: false } },
  ])('reads $given', ({ given, want }) => {
    expect(parseBenchArguments(given)).toEqual(want);
  });

  it.each([
    ['--', '--bogus'],
    ['--only', 'bulk', 'extra'],
    // Only a leading `--` is pnpm's: one later on still ends the options.
    ['--only', 'bulk', '--', '--help'],
  ])('refuses %j', (...given) => {
    expect(() => parseBenchArguments(given)).toThrow(/Unknown option|Unexpected argument/);
  });
});
