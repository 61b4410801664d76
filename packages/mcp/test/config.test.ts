import { describe, expect, it } from 'vitest';
import { ConfigurationError, configFromEnvironment } from '../src/index.ts';

describe('configFromEnvironment', () => {
  it.each([
    {
      env: {},
      want: 'RYZEAPI_TOKEN is not set: set it to a RyzeAPI TokenInstance or TokenAccount token',
    },
    { env: { RYZEAPI_TOKEN: '' }, want: 'RYZEAPI_TOKEN is empty' },
    { env: { RYZEAPI_TOKEN: '  \n' }, want: 'RYZEAPI_TOKEN is empty' },
  ])('refuses $env with a message saying what to set', ({ env, want }) => {
    expect(() => configFromEnvironment(env)).toThrow(ConfigurationError);
    expect(() => configFromEnvironment(env)).toThrow(want);
  });

  it.each([
    { env: { RYZEAPI_TOKEN: 'abc' }, want: { token: 'abc', baseUrl: undefined } },
    {
      env: { RYZEAPI_TOKEN: ' abc ', RYZEAPI_BASE_URL: '' },
      want: { token: 'abc', baseUrl: undefined },
    },
    {
      env: { RYZEAPI_TOKEN: 'abc', RYZEAPI_BASE_URL: 'http://127.0.0.1:4020' },
      want: { token: 'abc', baseUrl: 'http://127.0.0.1:4020' },
    },
  ])('reads $env', ({ env, want }) => {
    expect(configFromEnvironment(env)).toEqual(want);
  });
});
