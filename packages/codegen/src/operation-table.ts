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

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

interface DereferencedOperation {
  operationId?: string;
  parameters?: OperationParameter[];
  responses?: Record<
    string,
    {
      headers?: Record<string, unknown>;
      content?: Record<string, { examples?: Record<string, { value?: unknown }> }>;
    }
  >;
}

/** The table of the operation named `operationId` in the bundled spec (or in `spec`). */
export async function operationTable(
  operationId: string,
  spec?: OpenApiDocument,
): Promise<OperationTable> {
  const document = spec ?? (await loadBundledSpec(true));
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as DereferencedOperation | undefined;
      if (operation?.operationId !== operationId) continue;
      const shared = (item.parameters ?? []) as OperationParameter[];
      const responses = Object.entries(operation.responses ?? {});
      return {
        operationId,
        method: method.toUpperCase(),
        path,
        parameters: [...shared, ...(operation.parameters ?? [])].map((parameter) => ({
          name: parameter.name,
          in: parameter.in,
          required: parameter.required === true,
        })),
        responses: responses
          .map(([status, response]) => ({
            status: Number(status),
            messages: Object.values(response.content ?? {}).flatMap((media) =>
              Object.values(media.examples ?? {}).flatMap(({ value }) => messageOf(value)),
            ),
          }))
          .sort((a, b) => a.status - b.status),
        rateLimitHeaders: [
          ...new Set(
            responses.flatMap(([, response]) =>
              Object.keys(response.headers ?? {}).filter((name) => /^x-ratelimit-/i.test(name)),
            ),
          ),
        ],
      };
    }
  }
  throw new Error(`The spec has no operation with operationId ${JSON.stringify(operationId)}`);
}

/** The human message of an example body: the envelope's `error.message`, or a success's `message`. */
function messageOf(body: unknown): string[] {
  const { error, message } = Object(body) as { error?: { message?: unknown }; message?: unknown };
  const text = error?.message ?? message;
  return typeof text === 'string' ? [text] : [];
}
