import {
  type CodeSample,
  isJsonObject,
  type JsonObject,
  operationsOf,
  readBundledSpec as readBundle,
} from '@ryzeapi/openapi/document';

export interface NamedExample {
  name: string;
  summary: string | undefined;
  value: unknown;
}

export interface OperationResponse {
  status: string;
  description: string;
  examples: NamedExample[];
}

/** What the site needs to know about one operation of the spec. */
export interface Operation {
  method: string;
  path: string;
  operationId: string;
  summary: string;
  tags: string[];
  codeSamples: CodeSample[];
  responses: OperationResponse[];
  rateLimit: { bucket: string; limit: number; window: string; per: string } | undefined;
  idempotent: boolean | undefined;
  security: string[];
}

export interface SpecDocument {
  title: string;
  version: string;
  summary: string;
  serverUrl: string;
  operations: Operation[];
}

function requireString(value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new Error(
      `The bundled spec has no ${where} (found ${JSON.stringify(value)}): rebuild @ryzeapi/openapi.`,
    );
  }
  return value;
}

/** The facts the site shows, read from an OpenAPI document by the spec's reader. */
export function describeSpec(document: JsonObject): SpecDocument {
  const info = isJsonObject(document.info) ? document.info : {};
  const servers = Array.isArray(document.servers) ? document.servers : [];
  const firstServer = isJsonObject(servers[0]) ? servers[0] : {};
  return {
    title: requireString(info.title, 'info.title'),
    version: requireString(info.version, 'info.version'),
    summary: typeof info.summary === 'string' ? info.summary : '',
    serverUrl: requireString(firstServer.url, 'servers[0].url'),
    operations: operationsOf(document).map((operation) => ({
      method: operation.method,
      path: operation.path,
      operationId: operation.operationId,
      summary: requireString(operation.summary, `summary for ${operation.where}`),
      tags: operation.tags,
      codeSamples: operation.codeSamples,
      responses: operation.responses.map((response) => ({
        status: response.status,
        description: response.description,
        // The site lists named examples, the ones a reader can ask the mock for by name.
        examples: response.content.flatMap((media) =>
          media.examples.flatMap(({ name, summary, value }) =>
            name === undefined ? [] : [{ name, summary, value }],
          ),
        ),
      })),
      rateLimit: operation.rateLimit as Operation['rateLimit'],
      idempotent: operation.idempotent,
      security: operation.security.flat(),
    })),
  };
}

/** The bundled spec this package renders, from `@ryzeapi/openapi`'s build output. */
export function readBundledSpec(): SpecDocument {
  return describeSpec(readBundle('openapi.dereferenced.json'));
}
