import { expect, it } from 'vitest';
import { parseGoBenchmarks } from '../src/go-benchmark-output.ts';

it('reads each sub-benchmark line of go test -bench, every figure by its unit, ignoring the rest', () => {
  const output = [
    'goos: linux',
    'BenchmarkLeaveOverHTTP/net-http-2         \t    9842\t    121032 ns/op\t     43210 cpu-ns/op\t    5473 B/op\t      64 allocs/op',
    'BenchmarkLeaveOverHTTP/ryzeapi-2          \t    9001\t    126500.5 ns/op\t    7120 B/op\t      88 allocs/op',
    'BenchmarkLeaveOverHTTP/no-memory          \t    10\t    99 ns/op',
    'PASS',
    'ok  \tgithub.com/ryzeapi/ryzeapi-groups/packages/sdk-go\t12.3s',
  ].join('\n');
  expect(parseGoBenchmarks(output)).toEqual([
    {
      name: 'net-http',
      iterations: 9842,
      perOp: { 'ns/op': 121032, 'cpu-ns/op': 43210, 'B/op': 5473, 'allocs/op': 64 },
    },
    {
      name: 'ryzeapi',
      iterations: 9001,
      perOp: { 'ns/op': 126500.5, 'B/op': 7120, 'allocs/op': 88 },
    },
    { name: 'no-memory', iterations: 10, perOp: { 'ns/op': 99 } },
  ]);
  expect(parseGoBenchmarks('FAIL\n')).toEqual([]);
});
