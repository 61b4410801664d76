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

export interface ResponseHeader {
  name: string;
  description: string;
  required: boolean;
}

export interface OperationResponse {
  status: string;
  description: string;
  headers: ResponseHeader[];
  examples: NamedExample[];
}

export interface OperationParameter {
  name: string;
  in: string;
  required: boolean;
  description: string;
  /** The schema's `type`, or its alternatives' (`string (one of 3 forms)`). */
  type: string;
  example: unknown;
}

/** How a security scheme of the spec is sent: `token` header, `Authorization: Bearer`. */
export interface SecurityScheme {
  name: string;
  sentAs: string;
  description: string;
}

/** What the site needs to know about one operation of the spec. */
export interface Operation {
  method: string;
  path: string;
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  parameters: OperationParameter[];
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
  /** `info.description`: the API's Markdown introduction (authentication, rate limits, errors). */
  description: string;
  serverUrl: string;
  securitySchemes: SecurityScheme[];
  operations: Operation[];
}

/** The human message an example carries: the error envelope's, or a success body's. */
export function messageOf(example: NamedExample): string {
  const value = example.value as { message?: unknown; error?: { message?: unknown } } | undefined;
  const message = value?.error?.message ?? value?.message;
  return typeof message === 'string' ? message : '';
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function typeOf(schema: JsonObject | undefined): string {
  if (!schema) return '';
  if (typeof schema.type === 'string') return schema.type;
  const forms = (schema.anyOf ?? schema.oneOf) as unknown;
  if (!Array.isArray(forms)) return '';
  const objects = forms.filter(isJsonObject);
  const types = [...new Set(objects.map((form) => form.type))];
  const type = types.length === 1 && typeof types[0] === 'string' ? types[0] : 'value';
  const titles = objects.map((form) => form.title).filter((title) => typeof title === 'string');
  return titles.length === forms.length ? `${type}: ${titles.join(' or ')}` : type;
}

function securitySchemesOf(document: JsonObject): SecurityScheme[] {
  const components = isJsonObject(document.components) ? document.components : {};
  const schemes = isJsonObject(components.securitySchemes) ? components.securitySchemes : {};
  return Object.entries(schemes).flatMap(([name, scheme]) => {
    if (!isJsonObject(scheme)) return [];
    const sentAs =
      scheme.type === 'apiKey'
        ? `\`${textOf(scheme.name)}\` ${textOf(scheme.in)}`
        : scheme.type === 'http'
          ? `\`Authorization: ${textOf(scheme.scheme).replace(/^bearer$/i, 'Bearer')} <token>\``
          : textOf(scheme.type);
    return [{ name, sentAs, description: textOf(scheme.description) }];
  });
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
    description: textOf(info.description),
    serverUrl: requireString(firstServer.url, 'servers[0].url'),
    securitySchemes: securitySchemesOf(document),
    operations: operationsOf(document).map((operation) => ({
      method: operation.method,
      path: operation.path,
      operationId: operation.operationId,
      summary: requireString(operation.summary, `summary for ${operation.where}`),
      description: textOf(operation.description),
      tags: operation.tags,
      parameters: operation.parameters.map((parameter) => ({
        name: parameter.name,
        in: parameter.in,
        required: parameter.required,
        description: textOf(parameter.node.description),
        type: typeOf(parameter.schema),
        example: parameter.example,
      })),
      codeSamples: operation.codeSamples,
      responses: operation.responses.map((response) => ({
        status: response.status,
        description: response.description,
        headers: response.headers.map((header) => ({
          name: header.name,
          description: textOf(header.node.description),
          required: header.required,
        })),
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
