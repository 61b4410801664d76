import type { ErrorObject } from 'ajv';
import { MESSAGES } from './messages.ts';

/**
 * The service's message for a request the spec rejects, from openapi-backend's (Ajv's) errors:
 * a missing or empty parameter is `<Name> is required` (the seed's `Identifier is required`), any
 * other broken parameter `Invalid <name>…`.
 */
export function validationMessage(
  errors: ErrorObject[] | null | undefined,
  query: Record<string, unknown>,
): string {
  const first = errors?.[0];
  if (first === undefined) return MESSAGES.invalidParameter('request');
  const missing = (first.params as { missingProperty?: unknown }).missingProperty;
  if (first.keyword === 'required' && typeof missing === 'string') return isRequired(missing);
  const name = first.instancePath.split('/').at(-1) || 'request';
  // `?identifier=` is sent but empty: the service calls it missing.
  if (query[name] === '') return isRequired(name);
  return MESSAGES.invalidParameter(name);
}

function isRequired(name: string): string {
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} is required`;
}
