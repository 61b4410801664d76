// generated — do not edit.
// x-rateLimit.limit of every operation in @ryzeapi/openapi's bundled spec.
// Regenerate with `pnpm generate` after changing the spec.

/** Requests per window in a token's bucket, as the spec documents it. */
export const DOCUMENTED_BUCKET_LIMIT = 100;
