import type { JsonObject } from './json-pointer.ts';
import { type MediaType, type Operation, operationsOf, type Response } from './operations.ts';

/** One response the spec promises: an operation's status with one of its examples. */
export interface ResponseExample {
  /** `leaveGroup 404 notMember`: operationId, status and example name (the media type too when a response has several). */
  id: string;
  operation: Operation;
  response: Response;
  /** The status key as written: `404`, `4XX`, `default`. */
  status: string;
  /** `undefined` when the response has no body. */
  mediaType: string | undefined;
  /** The example's name, for Prism's `Prefer: example=…`; `undefined` for a lone `example` or no body. */
  exampleName: string | undefined;
  /** The example's value; `undefined` when the response has no body. */
  value: unknown;
}

/**
 * Every (status, example) pair of every operation: one per example of each response body, and
 * one with no example for a response without a body (or a body without examples).
 */
export function responseExamples(document: JsonObject): ResponseExample[] {
  return operationsOf(document).flatMap((operation) =>
    operation.responses.flatMap((response) => examplesOfResponse(operation, response)),
  );
}

function examplesOfResponse(operation: Operation, response: Response): ResponseExample[] {
  const pair = (media: MediaType | undefined, name: string | undefined, value: unknown) => ({
    id: [
      operation.operationId,
      response.status,
      response.content.length > 1 ? media?.type : undefined,
      name,
    ]
      .filter((part) => part !== undefined)
      .join(' '),
    operation,
    response,
    status: response.status,
    mediaType: media?.type,
    exampleName: name,
    value,
  });
  if (response.content.length === 0) return [pair(undefined, undefined, undefined)];
  return response.content.flatMap((media) =>
    media.examples.length === 0
      ? [pair(media, undefined, undefined)]
      : media.examples.map((example) => pair(media, example.name, example.value)),
  );
}
