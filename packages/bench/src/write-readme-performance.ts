/**
 * `pnpm --filter @ryzeapi/bench readme [-- "<command the run was made with>"]`: rewrites the root
 * README's Performance block from packages/bench/results.json, the last run's figures.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT, RESULTS_FILE } from './paths.ts';
import { type BenchResults, readmePerformance, replaceBlock } from './readme-performance.ts';

const command = process.argv.slice(2).filter((argument) => argument !== '--')[0] ?? 'pnpm bench';
const results = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as BenchResults;
const readmePath = join(REPOSITORY_ROOT, 'README.md');
writeFileSync(
  readmePath,
  replaceBlock(readFileSync(readmePath, 'utf8'), readmePerformance(results, command)),
);
console.log(`README.md's Performance block regenerated from ${RESULTS_FILE}.`);
