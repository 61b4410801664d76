/** Compares the security requirements of an operation (its own, else the document's). */

import { resolveRef } from '@ryzeapi/openapi/document';
import { add, type DiffContext, keysOf } from './diff-context.ts';
import { asObject, changedKeys, isAnnotationKey } from './openapi-document.ts';

/** `security` is a list of alternatives, each a set of schemes that must all be satisfied. */
export function compareSecurity(
  ctx: DiffContext,
  beforeRaw: unknown,
  afterRaw: unknown,
  where: string,
) {
  const alternatives = (raw: unknown) =>
    Array.isArray(raw) ? raw.map((req) => Object.keys(asObject(req))) : [];
  const before = alternatives(beforeRaw);
  const after = alternatives(afterRaw);
  const afterOpen = after.length === 0 || after.some((alt) => alt.length === 0);
  for (const alt of before) {
    // An old client satisfies `alt`; it still gets in if some new alternative asks no more.
    const stillAccepted =
      afterOpen || after.some((newAlt) => newAlt.every((scheme) => alt.includes(scheme)));
    if (!stillAccepted) {
      add(
        ctx,
        'request-breaking',
        'security-narrowed',
        where,
        `clients authenticating with ${alt.join(' + ') || 'nothing'} are no longer accepted`,
      );
    }
  }
  const beforeSchemes = asObject(asObject(ctx.before.components).securitySchemes);
  const afterSchemes = asObject(asObject(ctx.after.components).securitySchemes);
  for (const scheme of new Set(before.flat().filter((s) => after.flat().includes(s)))) {
    const b = asObject(resolveRef(ctx.before, beforeSchemes[scheme]));
    const a = asObject(resolveRef(ctx.after, afterSchemes[scheme]));
    const changed = changedKeys(b, a, keysOf(b, a)).filter((key) => !isAnnotationKey(key));
    if (changed.length > 0) {
      add(
        ctx,
        'request-breaking',
        'security-scheme-changed',
        `${where} › security ${scheme}`,
        `changed: ${changed.join(', ')}`,
      );
    }
  }
  if (before.length > 0 && after.length > before.length) {
    add(ctx, 'compatible', 'security-widened', where, 'new ways to authenticate added');
  }
}
