import { operationsOf } from '@ryzeapi/openapi/document';
import { loadBundledSpec, type OpenApiDocument } from './bundled-spec.ts';

/** One parameter of an operation, as a client sends it. */
export interface OperationParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
}

/** One documented response status and the messages its examples carry. */
export interface OperationResponse {
  status: number;
  /** `error.message` of each error example, or `message` of each success example, in spec order. */
  messages: string[];
}

/** What an SDK needs to know of one operation, in no language in particular. */
export interface OperationTable {
  operationId: string;
  /** Upper case: `DELETE`. */
  method: string;
  /** The path template: `/api/group/leave/{instance}`. */
  path: string;
  /** Path-level parameters first, then the operation's. */
  parameters: OperationParameter[];
  /** Every documented status, ascending. */
  responses: OperationResponse[];
  /** The `X-RateLimit-*` headers the responses document, in the order the spec lists them. */
  rateLimitHeaders: string[];
}

/** The table of the operation named `operationId` in the bundled spec (or in `spec`). */
export async function operationTable(
  operationId: string,
  spec?: OpenApiDocument,
): Promise<OperationTable> {
  const document = spec ?? (await loadBundledSpec(true));
  const operation = operationsOf(document).find(
    (candidate) => candidate.operationId === operationId,
  );
  if (!operation) {
    throw new Error(`The spec has no operation with operationId ${JSON.stringify(operationId)}`);
  }
  return {
    operationId,
    method: operation.method.toUpperCase(),
    path: operation.path,
    parameters: operation.parameters.map(({ name, in: location, required }) => ({
      name,
      in: location,
      required,
    })),
    responses: operation.responses
      .map((response) => ({
        status: Number(response.status),
        messages: response.content.flatMap((media) =>
          media.examples.flatMap(({ value }) => messageOf(value)),
        ),
      }))
      .sort((a, b) => a.status - b.status),
    rateLimitHeaders: [
      ...new Set(
        operation.responses.flatMap((response) =>
          response.headers
            .map((header) => header.name)
            .filter((name) => /^x-ratelimit-/i.test(name)),
        ),
      ),
    ],
  };
}

/** The human message of an example body: the envelope's `error.message`, or a success's `message`. */
function messageOf(body: unknown): string[] {
  const { error, message } = Object(body) as { error?: { message?: unknown }; message?: unknown };
  const text = error?.message ?? message;
  return typeof text === 'string' ? [text] : [];
}
