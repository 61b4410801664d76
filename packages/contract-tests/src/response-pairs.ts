import { type JsonObject, responseExamples } from '@ryzeapi/openapi/document';

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
 * Every (status, example) pair of every operation in the document, as the spec's reader lists
 * them: a response added to the spec is a new pair here, with no test to edit.
 */
export function responsePairs(document: JsonObject): ResponsePair[] {
  return responseExamples(document).map(({ id, operation, response, exampleName, value }) => {
    if (!/^\d{3}$/.test(response.status)) {
      throw new Error(
        `${operation.operationId} has a response keyed ${response.status}: the contract covers explicit ` +
          'statuses only; give the response a status code or teach response-pairs.ts about ranges.',
      );
    }
    const parameterExamples: ResponsePair['parameterExamples'] = {
      path: {},
      query: {},
      header: {},
    };
    for (const parameter of operation.parameters) {
      if (parameter.in !== 'cookie')
        parameterExamples[parameter.in][parameter.name] = parameter.example;
    }
    return {
      id,
      operationId: operation.operationId,
      method: operation.method,
      path: operation.path,
      status: Number(response.status),
      exampleName,
      body: value,
      headerExamples: Object.fromEntries(
        response.headers.map((header) => [header.name, header.example]),
      ),
      parameterExamples,
    };
  });
}
