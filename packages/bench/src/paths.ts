import { fileURLToPath } from 'node:url';

/** packages/bench */
export const BENCH_PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
/** The repository's root: the workspace the pipeline benchmark copies. */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** Where each run's figures are written (ignored by git). */
export const RESULTS_FILE = fileURLToPath(new URL('../results.json', import.meta.url));
