import type { CaseResult } from './harness.ts';
import { KY_NAME } from './leave-callers.ts';
import { type RunSummary, summarizePairedRatios } from './stats.ts';
import { formatRange, formatRatio } from './table.ts';

/** The SDK's figure over a peer's, run by run: time per request and client CPU per request. */
export interface PeerComparison {
  peer: string;
  time: RunSummary;
  cpu: RunSummary;
}

function resultOf(results: readonly CaseResult[], name: string): CaseResult {
  const result = results.find((candidate) => candidate.name === name);
  if (!result) throw new Error(`No result for ${name}.`);
  return result;
}

/**
 * The SDK against `peer` from paired runs (the runs of one round share the machine's moment):
 * time per request is 1 / (ops/s), so the peer's rate over the SDK's; CPU per request directly.
 */
export function compareWithPeer(results: readonly CaseResult[], peer: string): PeerComparison {
  const sdk = resultOf(results, '@ryzeapi/sdk');
  const other = resultOf(results, peer);
  return {
    peer,
    time: summarizePairedRatios(other.perSecondRuns, sdk.perSecondRuns),
    cpu: summarizePairedRatios(sdk.cpuMicrosPerOperationRuns, other.cpuMicrosPerOperationRuns),
  };
}

const spread = (summary: RunSummary) =>
  `${formatRatio(summary.median)} (median of ${summary.runs} paired runs, min–max ${formatRange(summary.min, summary.max, formatRatio)})`;

const verdict = (met: boolean) => (met ? 'met' : 'MISSED');

/**
 * The goal lines of a group: the SDK at most `overOpenapiFetch` times bare openapi-fetch, and
 * faster than ky, for each of `measures` (time and/or client CPU per request).
 */
export function peerVerdicts(
  label: string,
  results: readonly CaseResult[],
  overOpenapiFetch: number,
  measures: readonly ('time' | 'cpu')[],
): { lines: string[]; comparisons: PeerComparison[] } {
  const comparisons = [
    compareWithPeer(results, 'openapi-fetch'),
    compareWithPeer(results, KY_NAME),
  ];
  const [openapiFetch, ky] = comparisons as [PeerComparison, PeerComparison];
  const words = { time: 'time per request', cpu: 'client CPU per request' };
  const lines = measures.flatMap((measure) => [
    `${label}: ${words[measure]}, SDK over bare openapi-fetch ${spread(openapiFetch[measure])}; goal ≤ ${formatRatio(overOpenapiFetch)}: ${verdict(openapiFetch[measure].median <= overOpenapiFetch)}.`,
    `${label}: ${words[measure]}, SDK over ky ${spread(ky[measure])}; goal < ×1.00 (faster than ky): ${verdict(ky[measure].median < 1)}.`,
  ]);
  return { lines, comparisons };
}
