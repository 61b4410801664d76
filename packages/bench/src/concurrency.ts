/**
 * Requests in flight in every benchmark at fixed concurrency (the HTTP clients' concurrent mode,
 * autocannon's connections against the mock): autocannon's default, so figures compare.
 */
export const CONCURRENCY = 10;
