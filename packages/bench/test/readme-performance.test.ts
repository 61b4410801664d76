import { describe, expect, it } from 'vitest';
import {
  type BenchResults,
  BLOCK_END,
  BLOCK_START,
  readmePerformance,
  replaceBlock,
} from '../src/readme-performance.ts';

const spread = (median: number) => ({ median, min: median * 0.9, max: median * 1.1, runs: 3 });
const contender = (name: string, perSecond: number, cpuMicros: number) => ({
  name,
  perSecond: spread(perSecond),
  cpuMicrosPerOperation: spread(cpuMicros),
});
const KY = 'ky (SDK timeout and retries)';
const http = {
  overOpenapiFetchGoal: 1.1,
  overPeers: [
    {
      mode: 'sequential',
      comparisons: [
        { peer: 'openapi-fetch', time: spread(1.05), cpu: spread(1.2) },
        { peer: KY, time: spread(0.6), cpu: spread(0.6) },
      ],
    },
  ],
  modes: [{ mode: 'sequential', results: [contender('@ryzeapi/sdk', 3000, 300)] }],
};

/** One run's results.json, every figure the table reads made up. */
function results(): BenchResults {
  return {
    environment: {
      date: '2026-12-05T09:00:00.000Z',
      node: 'v20.20.2',
      cpus: 2,
      cpuModel: 'x',
      platform: 'linux',
      memoryGiB: 8,
      loadAverage: 1.5,
      commit: 'abc1234',
    },
    loadAverageAtEnd: 2.5,
    groups: {
      'in-process': {
        figures: {
          cpuOverOpenapiFetchGoal: 1.5,
          overOpenapiFetch: { cpu: spread(1.7) },
          results: [
            contender('hand-written fetch', 50_000, 20),
            contender('openapi-fetch', 25_000, 40),
            contender('@ryzeapi/sdk', 15_000, 68),
          ],
        },
      },
      'http-200': { figures: http },
      'http-404': { figures: http },
      'fresh-client': {
        figures: {
          serverDelayMs: 100,
          concurrency: 10,
          overOpenapiFetchGoal: 1.1,
          overOpenapiFetch: spread(1.02),
          wallMs: { '@ryzeapi/sdk': [112, 110, 115], 'openapi-fetch': [111, 109, 113] },
        },
      },
      'module-load': {
        figures: {
          overOpenapiFetch: spread(1.5),
          overKy: spread(0.3),
          importMs: { '@ryzeapi/sdk': [45], 'openapi-fetch': [30], ky: [150] },
        },
      },
      'bundle-size': {
        figures: [
          { specifier: 'openapi-fetch', clause: 'createClient', brotliBytes: 2265 },
          { specifier: '@ryzeapi/sdk', clause: '{ createRyzeClient }', brotliBytes: 6449 },
          { specifier: 'ky', clause: 'ky', brotliBytes: 4000 },
        ],
      },
      bulk: {
        figures: {
          floorMs: 4000,
          runs: [
            { name: 'paced', wallMs: 6100, sent: 300, tooMany: 0, resetBound: false },
            { name: 'reactive', wallMs: 6200, sent: 320, tooMany: 20, resetBound: false },
            { name: 'reset-bound', wallMs: 6000, sent: 300, tooMany: 0, resetBound: true },
          ],
        },
      },
      'python-http': {
        figures: {
          budget: 0.1,
          runs: { httpx: [{ perSecond: 2000 }], ryzeapi: [{ perSecond: 1900 }] },
        },
      },
      mock: { title: 'Mock', notes: ['mock verdict line.'], figures: {} },
    },
  };
}

describe('readmePerformance', () => {
  it("makes every row from the run's figures, with each goal's verdict", () => {
    const block = readmePerformance(results(), 'pnpm bench');
    expect(block).toContain('commit `abc1234`');
    expect(block).toContain('load average 1.50 at start, 2.50 at the end');
    expect(block).toMatch(
      /SDK call in process.*68\.0 µs.*×1\.70 \(×1\.53–×1\.87\).*≤ ×1\.50.*\*\*missed\*\*/,
    );
    expect(block).toMatch(/\(200\), sequential, time per request.*openapi-fetch.*×1\.05.*\| met/);
    expect(block).toMatch(
      /\(200\), sequential, client CPU per request.*openapi-fetch.*×1\.20.*\*\*missed\*\*/,
    );
    expect(block).toMatch(/fresh client.*112 ms.*×1\.02.*\| met/);
    expect(block).toMatch(/createRyzeClient.*6\.45 kB.*ky 4\.00 kB.*\*\*missed\*\*/);
    expect(block).toMatch(/paced `leaveMany`.*0 × 429.*\| met/);
    expect(block).toMatch(/Python SDK.*×1\.05.*\| met/);
    expect(block).toContain('- `mock` (Mock): mock verdict line.');
  });

  it('refuses a run without a group the table needs, naming it', () => {
    const partial = results();
    delete partial.groups['fresh-client'];
    expect(() => readmePerformance(partial, 'pnpm bench')).toThrow(/"fresh-client" group/);
  });
});

describe('replaceBlock', () => {
  it('replaces what lies between the markers, and nothing else', () => {
    const readme = `# Title\n\n${BLOCK_START}\nold\n${BLOCK_END}\n\nAfter.\n`;
    expect(replaceBlock(readme, 'new')).toBe(
      `# Title\n\n${BLOCK_START}\nnew\n${BLOCK_END}\n\nAfter.\n`,
    );
  });

  it('refuses a README without the markers', () => {
    expect(() => replaceBlock('# Title\n', 'new')).toThrow(/no generated Performance block/);
  });
});
