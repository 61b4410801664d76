import { sitePages } from './site-paths.ts';
import type { Operation } from './spec-summary.ts';

/** Redoc's slug for a tag or an operationId in its hash routes: lowercase, words joined by `-`. */
function redocSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The reference page's deep link to an operation, e.g. `reference.html#/groups/leavegroup`.
 * Redoc routes by hash, so the link works from any static server; the browser tests follow it.
 */
export function referenceLinkTo(operation: Operation): string {
  const tag = operation.tags[0];
  const route = tag
    ? `${redocSlug(tag)}/${redocSlug(operation.operationId)}`
    : redocSlug(operation.operationId);
  return `${sitePages.reference}#/${route}`;
}
