import { readFileSync } from 'node:fs';
import { bundledSpec } from './site-paths.ts';

/** One entry of an operation's `x-codeSamples`, with its source inlined by the bundler. */
export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

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

/** What the site needs to know about one operation of the dereferenced spec. */
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

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireString(value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new Error(
      `The bundled spec has no ${where} (found ${JSON.stringify(value)}): rebuild @ryzeapi/openapi.`,
    );
  }
  return value;
}

function responsesOf(operation: JsonObject, where: string): OperationResponse[] {
  const responses = operation.responses;
  if (!isObject(responses)) throw new Error(`The bundled spec has no responses for ${where}.`);
  return Object.entries(responses).map(([status, response]) => {
    const body = isObject(response) ? response : {};
    const content = isObject(body.content) ? body.content : {};
    const examples = Object.values(content).flatMap((mediaType) =>
      isObject(mediaType) && isObject(mediaType.examples)
        ? Object.entries(mediaType.examples).map(([name, example]) => ({
            name,
            summary:
              isObject(example) && typeof example.summary === 'string'
                ? example.summary
                : undefined,
            value: isObject(example) ? example.value : undefined,
          }))
        : [],
    );
    return {
      status,
      description: typeof body.description === 'string' ? body.description : '',
      examples,
    };
  });
}

function codeSamplesOf(operation: JsonObject, where: string): CodeSample[] {
  const samples = operation['x-codeSamples'];
  if (samples === undefined) return [];
  if (!Array.isArray(samples)) throw new Error(`x-codeSamples of ${where} is not a list.`);
  return samples.map((sample, index) => {
    const entry = isObject(sample) ? sample : {};
    const lang = requireString(entry.lang, `lang for x-codeSamples[${index}] of ${where}`);
    return {
      lang,
      label: typeof entry.label === 'string' ? entry.label : lang,
      source: requireString(entry.source, `inlined source for x-codeSamples[${index}] of ${where}`),
    };
  });
}

function securityOf(operation: JsonObject, document: JsonObject): string[] {
  const requirements = Array.isArray(operation.security) ? operation.security : document.security;
  if (!Array.isArray(requirements)) return [];
  return requirements.flatMap((requirement) =>
    isObject(requirement) ? Object.keys(requirement) : [],
  );
}

/** Reads the facts the site shows from a dereferenced OpenAPI document. */
export function describeSpec(document: JsonObject): SpecDocument {
  const info = isObject(document.info) ? document.info : {};
  const servers = Array.isArray(document.servers) ? document.servers : [];
  const firstServer = isObject(servers[0]) ? servers[0] : {};
  const paths = isObject(document.paths) ? document.paths : {};
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const rateLimit = operation['x-rateLimit'];
      operations.push({
        method,
        path,
        operationId: requireString(operation.operationId, `operationId for ${where}`),
        summary: requireString(operation.summary, `summary for ${where}`),
        tags: Array.isArray(operation.tags) ? operation.tags.map(String) : [],
        codeSamples: codeSamplesOf(operation, where),
        responses: responsesOf(operation, where),
        rateLimit: isObject(rateLimit) ? (rateLimit as Operation['rateLimit']) : undefined,
        idempotent:
          typeof operation['x-idempotent'] === 'boolean' ? operation['x-idempotent'] : undefined,
        security: securityOf(operation, document),
      });
    }
  }
  return {
    title: requireString(info.title, 'info.title'),
    version: requireString(info.version, 'info.version'),
    summary: typeof info.summary === 'string' ? info.summary : '',
    serverUrl: requireString(firstServer.url, 'servers[0].url'),
    operations,
  };
}

/** The bundled spec this package renders, read from `@ryzeapi/openapi`'s build output. */
export function readBundledSpec(): SpecDocument {
  return describeSpec(JSON.parse(readFileSync(bundledSpec.dereferencedJson, 'utf8')));
}
