import { describe, expect, it } from 'vitest';
import {
  median,
  percentile,
  ratio,
  summarizeLatencies,
  summarizePairedRatios,
  summarizeRuns,
} from '../src/stats.ts';

describe('percentile', () => {
  it.each([
    { given: { values: [5], p: 50 }, want: 5 },
    { given: { values: [3, 1, 2], p: 50 }, want: 2 },
    { given: { values: [4, 1, 3, 2], p: 50 }, want: 2.5 },
    { given: { values: [1, 2, 3, 4, 5], p: 0 }, want: 1 },
    { given: { values: [1, 2, 3, 4, 5], p: 100 }, want: 5 },
    { given: { values: [1, 2, 3, 4, 5], p: 25 }, want: 2 },
    // 99th of 1..101 is the 100th value by rank; interpolated between ranks otherwise.
    { given: { values: Array.from({ length: 101 }, (_, i) => i + 1), p: 99 }, want: 100 },
    { given: { values: [10, 20], p: 99 }, want: 19.9 },
  ])('$given.p-th of $given.values is $want', ({ given, want }) => {
    expect(percentile(given.values, given.p)).toBeCloseTo(want, 10);
  });

  it('does not reorder the caller’s list', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it.each([
    { given: { values: [], p: 50 }, want: /empty/ },
    { given: { values: [1, Number.NaN], p: 50 }, want: /finite.*NaN/ },
    { given: { values: [1, Number.POSITIVE_INFINITY], p: 50 }, want: /finite.*Infinity/ },
    { given: { values: [1], p: 101 }, want: /0 to 100, got 101/ },
    { given: { values: [1], p: -1 }, want: /0 to 100, got -1/ },
    { given: { values: [1], p: Number.NaN }, want: /0 to 100, got NaN/ },
  ])('refuses $given.values at $given.p', ({ given, want }) => {
    expect(() => percentile(given.values, given.p)).toThrow(want);
  });
});

describe('median', () => {
  it.each([
    { given: [7, 1, 9, 3, 5], want: 5 },
    { given: [2, 8], want: 5 },
    { given: [1, 1, 1, 100], want: 1 },
  ])('of $given is $want', ({ given, want }) => {
    expect(median(given)).toBe(want);
  });
});

describe('summarizeRuns', () => {
  it('gives the median and the range of the runs', () => {
    expect(summarizeRuns([120, 80, 100, 95, 300])).toEqual({
      median: 100,
      min: 80,
      max: 300,
      runs: 5,
    });
  });
});

describe('summarizeLatencies', () => {
  it('gives the median, the 99th percentile, the worst and the count', () => {
    const values = Array.from({ length: 1000 }, (_, i) => (i + 1) / 10);
    const summary = summarizeLatencies(values);
    expect(summary.p50).toBeCloseTo(50.05, 10);
    expect(summary.p99).toBeCloseTo(99.001, 10);
    expect(summary.max).toBe(100);
    expect(summary.samples).toBe(1000);
  });
});

describe('ratio', () => {
  it.each([
    { given: { candidate: 105, baseline: 100 }, want: 1.05 },
    { given: { candidate: 50, baseline: 200 }, want: 0.25 },
  ])('$given.candidate against $given.baseline is $want', ({ given, want }) => {
    expect(ratio(given.candidate, given.baseline)).toBeCloseTo(want, 10);
  });

  it.each([0, -1, Number.NaN])('refuses a baseline of %s', (baseline) => {
    expect(() => ratio(1, baseline)).toThrow(/positive baseline/);
  });
});

describe('summarizePairedRatios', () => {
  it('summarizes the ratio of each pair of runs, not the ratio of the medians', () => {
    // A slow moment hits both sides of the second pair: its ratio is still 1.1.
    expect(summarizePairedRatios([110, 55, 220], [100, 50, 200])).toEqual({
      median: 1.1,
      min: 1.1,
      max: 1.1,
      runs: 3,
    });
    expect(summarizePairedRatios([2, 3], [1, 2])).toEqual({
      median: 1.75,
      min: 1.5,
      max: 2,
      runs: 2,
    });
  });

  it('refuses runs that do not pair up, and a baseline run of zero', () => {
    expect(() => summarizePairedRatios([1, 2], [1])).toThrow(
      /as many runs on each side, got 2 and 1/,
    );
    expect(() => summarizePairedRatios([1], [0])).toThrow(/positive baseline/);
  });
});
