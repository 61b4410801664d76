/** Compares `content` maps, shared by parameters, request bodies and responses. */

import { add, compareSchemaPair, type DiffContext } from './diff-context.ts';
import { asObject, changedKeys, type JsonObject } from './openapi-document.ts';
import { type Direction, kindOf } from './schema-comparison.ts';

/** Compares `content` maps: media types, then the schema of each. */
export function compareContent(
  ctx: DiffContext,
  b: JsonObject,
  a: JsonObject,
  where: string,
  direction: Direction,
) {
  for (const mediaType of Object.keys(b)) {
    if (!(mediaType in a)) {
      add(
        ctx,
        kindOf('breaks', direction),
        'media-type-removed',
        `${where} › ${mediaType}`,
        'media type removed',
      );
      continue;
    }
    const before = asObject(b[mediaType]);
    const after = asObject(a[mediaType]);
    compareSchemaPair(
      ctx,
      before.schema ?? {},
      after.schema ?? {},
      `${where} › ${mediaType}`,
      direction,
    );
    const docs = changedKeys(before, after, ['example', 'examples', 'encoding']);
    if (docs.length > 0)
      add(
        ctx,
        'compatible',
        'documentation-changed',
        `${where} › ${mediaType}`,
        `changed: ${docs.join(', ')}`,
      );
  }
  for (const mediaType of Object.keys(a)) {
    if (!(mediaType in b))
      add(ctx, 'compatible', 'media-type-added', `${where} › ${mediaType}`, 'media type added');
  }
}
