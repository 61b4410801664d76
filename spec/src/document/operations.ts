import { isJsonObject, type JsonObject, resolveObject, resolveRef } from './json-pointer.ts';

/** The keys of a path item that are operations (OpenAPI 3.1, Path Item Object). */
export const HTTP_METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface NamedExample {
  /** The key under `examples`; `undefined` for a lone `example`. */
  name: string | undefined;
  summary: string | undefined;
  value: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonObject | undefined;
  /** `example`, else the first named example's value, else `undefined`. */
  example: unknown;
  examples: NamedExample[];
  /** The parameter object, references followed. */
  node: JsonObject;
}

export interface Header {
  name: string;
  required: boolean;
  schema: JsonObject | undefined;
  /** `example`, else the first named example's value, else `undefined`. */
  example: unknown;
  examples: NamedExample[];
  node: JsonObject;
}

export interface MediaType {
  /** The content type, e.g. `application/json`. */
  type: string;
  schema: JsonObject | undefined;
  examples: NamedExample[];
}

export interface Response {
  /** The key under `responses`: `200`, `4XX` or `default`. */
  status: string;
  description: string;
  headers: Header[];
  content: MediaType[];
  /** The response object, references followed. */
  node: JsonObject;
}

export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

export interface Operation {
  method: HttpMethod;
  path: string;
  /** `DELETE /api/group/leave/{instance}`: how messages name the operation. */
  where: string;
  operationId: string;
  summary: string | undefined;
  description: string | undefined;
  tags: string[];
  /** Path-item parameters, then the operation's own; an operation's parameter replaces the path item's of the same name and location. */
  parameters: Parameter[];
  responses: Response[];
  /** The security requirements that apply (the operation's, else the document's): each entry is one alternative, naming the schemes it needs together. */
  security: string[][];
  /** `x-idempotent`, when the operation says. */
  idempotent: boolean | undefined;
  /** `x-rateLimit` as written. */
  rateLimit: JsonObject | undefined;
  /** `x-codeSamples`, sources inlined by the bundler. */
  codeSamples: CodeSample[];
  /** The operation object itself. */
  node: JsonObject;
}

/** Every operation of the document, in the order of `paths` and then of `HTTP_METHODS`. */
export function operationsOf(document: JsonObject): Operation[] {
  const paths = document.paths;
  if (!isJsonObject(paths)) {
    throw new Error(`The document has no paths object (found ${JSON.stringify(paths)}).`);
  }
  const operations: Operation[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = resolveObject(document, rawItem, `The path item ${path}`);
    for (const method of HTTP_METHODS) {
      const node = item[method];
      if (node === undefined) continue;
      const where = `${method.toUpperCase()} ${path}`;
      if (!isJsonObject(node)) throw new Error(`${where} should be an operation object.`);
      operations.push(readOperation(document, { method, path, where, node, item }));
    }
  }
  return operations;
}

function readOperation(
  document: JsonObject,
  at: { method: HttpMethod; path: string; where: string; node: JsonObject; item: JsonObject },
): Operation {
  const { node, where } = at;
  if (typeof node.operationId !== 'string' || node.operationId === '') {
    throw new Error(
      `${where} has no operationId (found ${JSON.stringify(node.operationId)}): give every operation a camelCase verb such as leaveGroup.`,
    );
  }
  return {
    method: at.method,
    path: at.path,
    where,
    operationId: node.operationId,
    summary: optionalString(node.summary),
    description: optionalString(node.description),
    tags: Array.isArray(node.tags) ? node.tags.map(String) : [],
    parameters: parametersOf(document, at.item, node, where),
    responses: responsesOf(document, node, where),
    security: securityOf(document, node),
    idempotent: typeof node['x-idempotent'] === 'boolean' ? node['x-idempotent'] : undefined,
    rateLimit: isJsonObject(node['x-rateLimit']) ? node['x-rateLimit'] : undefined,
    codeSamples: codeSamplesOf(node, where),
    node,
  };
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function parametersOf(
  document: JsonObject,
  item: JsonObject,
  operation: JsonObject,
  where: string,
): Parameter[] {
  const byKey = new Map<string, Parameter>();
  for (const raw of [...listOf(item.parameters), ...listOf(operation.parameters)]) {
    const node = resolveObject(document, raw, `A parameter of ${where}`);
    const name = node.name;
    const location = node.in;
    if (
      typeof name !== 'string' ||
      !['path', 'query', 'header', 'cookie'].includes(String(location))
    ) {
      throw new Error(
        `A parameter of ${where} needs a name and an "in" of path, query, header or cookie (found ${JSON.stringify({ name, in: location })}).`,
      );
    }
    const examples = namedExamples(document, node);
    byKey.set(`${location} ${name}`, {
      name,
      in: location as Parameter['in'],
      required: node.required === true,
      schema: schemaOf(document, node),
      example: examples[0]?.value,
      examples,
      node,
    });
  }
  return [...byKey.values()];
}

function responsesOf(document: JsonObject, operation: JsonObject, where: string): Response[] {
  // Optional in OpenAPI 3.1 (a webhook's operation, say, may leave them out).
  const responses = operation.responses ?? {};
  if (!isJsonObject(responses)) {
    throw new Error(
      `The responses of ${where} should be an object, found ${JSON.stringify(responses)}.`,
    );
  }
  return Object.entries(responses).map(([status, raw]) => {
    const node = resolveObject(document, raw, `The ${status} response of ${where}`);
    const headers = isJsonObject(node.headers) ? node.headers : {};
    const content = isJsonObject(node.content) ? node.content : {};
    return {
      status,
      description: optionalString(node.description) ?? '',
      headers: Object.entries(headers).map(([name, rawHeader]) => {
        const header = resolveObject(
          document,
          rawHeader,
          `The ${name} header of ${where} ${status}`,
        );
        const examples = namedExamples(document, header);
        return {
          name,
          required: header.required === true,
          schema: schemaOf(document, header),
          example: examples[0]?.value,
          examples,
          node: header,
        };
      }),
      content: Object.entries(content).map(([type, rawMedia]) => {
        const media = resolveObject(document, rawMedia, `The ${type} body of ${where} ${status}`);
        return {
          type,
          schema: schemaOf(document, media),
          examples: namedExamples(document, media),
        };
      }),
      node,
    };
  });
}

function schemaOf(document: JsonObject, node: JsonObject): JsonObject | undefined {
  if (node.schema === undefined) return undefined;
  const schema = resolveRef(document, node.schema);
  return isJsonObject(schema) ? schema : undefined;
}

/** A node's examples: its lone `example` (unnamed), then each entry of `examples`. */
function namedExamples(document: JsonObject, node: JsonObject): NamedExample[] {
  const examples: NamedExample[] = [];
  if (node.example !== undefined) {
    examples.push({ name: undefined, summary: undefined, value: node.example });
  }
  if (isJsonObject(node.examples)) {
    for (const [name, raw] of Object.entries(node.examples)) {
      const example = resolveObject(document, raw, `The example ${name}`);
      examples.push({ name, summary: optionalString(example.summary), value: example.value });
    }
  }
  return examples;
}

function securityOf(document: JsonObject, operation: JsonObject): string[][] {
  const requirements = Array.isArray(operation.security) ? operation.security : document.security;
  return listOf(requirements).map((requirement) =>
    isJsonObject(requirement) ? Object.keys(requirement) : [],
  );
}

function codeSamplesOf(operation: JsonObject, where: string): CodeSample[] {
  const samples = operation['x-codeSamples'];
  if (samples === undefined) return [];
  if (!Array.isArray(samples)) throw new Error(`x-codeSamples of ${where} is not a list.`);
  return samples.map((sample, index) => {
    const entry = isJsonObject(sample) ? sample : {};
    const at = `x-codeSamples[${index}] of ${where}`;
    if (typeof entry.lang !== 'string' || entry.lang === '') {
      throw new Error(`${at} has no lang (found ${JSON.stringify(entry.lang)}).`);
    }
    if (typeof entry.source !== 'string') {
      throw new Error(
        `${at} has no inlined source (found ${JSON.stringify(entry.source)}): read the bundle, where the bundler inlines the sample files.`,
      );
    }
    return {
      lang: entry.lang,
      label: typeof entry.label === 'string' ? entry.label : entry.lang,
      source: entry.source,
    };
  });
}
