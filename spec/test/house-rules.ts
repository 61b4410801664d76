import { type JsonObject, operationsOf } from '../src/document/index.ts';

export const RATE_LIMIT_HEADERS = [
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
];
export const ERROR_ENVELOPE_REF = '#/components/schemas/ErrorEnvelope';

interface ResponseEntry {
  where: string;
  status: string;
  response: JsonObject;
}

/** Every response of every operation, with `$ref`s to response components followed. */
function responsesOf(document: JsonObject): ResponseEntry[] {
  return operationsOf(document).flatMap((operation) =>
    operation.responses.map((response) => ({
      where: `${operation.where} ${response.status}`,
      status: response.status,
      response: response.node,
    })),
  );
}

/*
 * The house rules, checked on the bundled document independently of Redocly's lint so that a
 * gap in one is caught by the other. Each returns one message per breach, naming where it is.
 */

export function errorResponsesWithoutEnvelope(document: JsonObject): string[] {
  return responsesOf(document)
    .filter(({ status }) => /^[45]/.test(status))
    .flatMap(({ where, response }) => {
      const content = response.content as
        | Record<string, { schema?: { $ref?: string } }>
        | undefined;
      if (!content) return [`${where}: no body, so no error envelope`];
      return Object.entries(content)
        .filter(([, media]) => media.schema?.$ref !== ERROR_ENVELOPE_REF)
        .map(([type, media]) => `${where} ${type}: schema is ${JSON.stringify(media.schema)}`);
    });
}

/** Every response carries the three rate-limit headers, each the shared header component. */
export function responsesWithoutRateLimitHeaders(document: JsonObject): string[] {
  return responsesOf(document).flatMap(({ where, response }) => {
    const headers = (response.headers ?? {}) as Record<string, { $ref?: string }>;
    return RATE_LIMIT_HEADERS.flatMap((name) => {
      const header = headers[name];
      if (!header) return [`${where}: no ${name} header`];
      if (header.$ref !== `#/components/headers/${name}`) {
        return [`${where}: ${name} is not the shared component #/components/headers/${name}`];
      }
      return [];
    });
  });
}
