import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type JsonObject, operationsOf, readBundledSpec } from '@ryzeapi/openapi/document';

/** Where the documented bucket is committed; the drift test compares this file to a fresh run. */
export const GENERATED_BUCKET_FILE = fileURLToPath(
  new URL('../src/generated/documented-bucket.ts', import.meta.url),
);

/**
 * The size of the token's bucket as the spec documents it (`x-rateLimit.limit`, the same for
 * every operation), as the module a fresh client's pacing starts from.
 */
export function generateBucket(document: JsonObject = readBundledSpec()): string {
  const limits = new Set(
    operationsOf(document).map(({ where, rateLimit }) => {
      const limit = rateLimit?.limit;
      if (!Number.isInteger(limit) || (limit as number) < 1) {
        throw new Error(
          `${where} has no x-rateLimit.limit as a positive integer (found ${JSON.stringify(limit)}): the SDK paces a fresh client by it.`,
        );
      }
      return limit as number;
    }),
  );
  if (limits.size !== 1) {
    throw new Error(
      `The operations document ${limits.size} bucket sizes (${[...limits].join(', ')}): the SDK keeps one bucket per token.`,
    );
  }
  return `// generated — do not edit.
// x-rateLimit.limit of every operation in @ryzeapi/openapi's bundled spec.
// Regenerate with \`pnpm generate\` after changing the spec.

/** Requests per window in a token's bucket, as the spec documents it. */
export const DOCUMENTED_BUCKET_LIMIT = ${[...limits][0]};
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(GENERATED_BUCKET_FILE, generateBucket());
  console.log(`Wrote ${GENERATED_BUCKET_FILE}`);
}
