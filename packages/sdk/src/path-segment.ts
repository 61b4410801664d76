import type { PathSerializer } from 'openapi-fetch';
import { InvalidInputError } from './errors.ts';

/**
 * A path parameter as exactly one percent-encoded segment. `encodeURIComponent` leaves `.` alone,
 * and URL parsing resolves `.` and `..` (so `..` would reach `/api/group/`): those, an empty value,
 * any `/` or `\` and a lone surrogate are refused before a request is built.
 */
export function encodePathSegment(name: string, value: unknown): string {
  try {
    if (
      typeof value === 'string' &&
      value.trim() &&
      value !== '.' &&
      value !== '..' &&
      !/[/\\]/.test(value)
    ) {
      return encodeURIComponent(value);
    }
  } catch {
    // encodeURIComponent throws on a lone surrogate: refused like the rest, below.
  }
  const shown = typeof value === 'string' ? JSON.stringify(value) : `a ${typeof value}`;
  throw new InvalidInputError(
    `The ${name} ${shown} is not one URL path segment: pass a non-blank name, not "." or "..", without "/" or "\\"`,
  );
}

/** The path serializer of every request, the raw client's included. */
export const safePathSerializer: PathSerializer = (template, params) =>
  template.replace(/\{([^{}]+)\}/g, (_, name: string) => encodePathSegment(name, params[name]));
