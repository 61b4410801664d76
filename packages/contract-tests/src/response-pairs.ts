import { HTTP_METHODS, type Json, type OpenApiDocument, resolveRef } from './openapi-document.ts';

/** One response the spec promises: an operation's status with one of its named examples. */
export interface ResponsePair {
  /** `leaveGroup 404 notMember`: how tests and the coverage figure name the pair. */
  id: string;
  operationId: string;
  method: string;
  path: string;
  status: number;
  /** The example's name, for `Prefer: example=…`; `undefined` when the response has none. */
  exampleName: string | undefined;
  /** The example's body, `undefined` when the response has no body. */
  body: unknown;
  /** The response's headers with the value of each one's `example`, by header name. */
  headerExamples: Record<string, unknown>;
  /** The operation's parameters with their first example values, to call it with. */
  parameterExamples: Record<'path' | 'query' | 'header', Record<string, unknown>>;
}

/**
 * Every (status, example) pair of every operation in the document, read from the document itself:
 * a response added to the spec is a new pair here, with no test to edit.
 */
export function responsePairs(document: OpenApiDocument): ResponsePair[] {
  const pairs: ResponsePair[] = [];
  for (const [path, rawItem] of Object.entries(document.paths)) {
    const item = resolveRef(document, rawItem);
    for (const method of HTTP_METHODS) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      const operationId = String(operation.operationId ?? `${method} ${path}`);
      const parameterExamples = examplesOfParameters(document, [
        ...((item.parameters as Json[] | undefined) ?? []),
        ...((operation.parameters as Json[] | undefined) ?? []),
      ]);
      const responses = operation.responses as Record<string, Json>;
      for (const [statusKey, rawResponse] of Object.entries(responses)) {
        if (!/^\d{3}$/.test(statusKey)) {
          throw new Error(
            `${operationId} has a response keyed ${statusKey}: the contract covers explicit statuses ` +
              'only; give the response a status code or teach response-pairs.ts about ranges.',
          );
        }
        const response = resolveRef(document, rawResponse);
        const headerExamples = examplesOfHeaders(document, response);
        for (const [exampleName, body] of examplesOfBody(document, response)) {
          pairs.push({
            id: [operationId, statusKey, exampleName].filter(Boolean).join(' '),
            operationId,
            method,
            path,
            status: Number(statusKey),
            exampleName,
            body,
            headerExamples,
            parameterExamples,
          });
        }
      }
    }
  }
  return pairs;
}

/** The named examples of a response's JSON body; one unnamed entry when it has none. */
function examplesOfBody(
  document: OpenApiDocument,
  response: Json,
): [string | undefined, unknown][] {
  const content = response.content as Record<string, Json> | undefined;
  const media = content?.['application/json'];
  if (!media) return [[undefined, undefined]];
  const named = Object.entries((media.examples as Record<string, Json> | undefined) ?? {});
  if (named.length === 0) return [[undefined, media.example]];
  return named.map(([name, example]) => [name, resolveRef(document, example).value]);
}

function examplesOfHeaders(document: OpenApiDocument, response: Json): Record<string, unknown> {
  const headers = (response.headers as Record<string, Json> | undefined) ?? {};
  return Object.fromEntries(
    Object.entries(headers).map(([name, header]) => [
      name,
      exampleOf(resolveRef(document, header)),
    ]),
  );
}

function examplesOfParameters(document: OpenApiDocument, parameters: Json[]) {
  const examples: ResponsePair['parameterExamples'] = { path: {}, query: {}, header: {} };
  for (const raw of parameters) {
    const parameter = resolveRef(document, raw);
    const where = parameter.in as keyof ResponsePair['parameterExamples'];
    if (where in examples) examples[where][String(parameter.name)] = exampleOf(parameter);
  }
  return examples;
}

function exampleOf(node: Json): unknown {
  if (node.example !== undefined) return node.example;
  const first = Object.values(
    (node.examples as Record<string, { value?: unknown }> | undefined) ?? {},
  )[0];
  return first?.value;
}
