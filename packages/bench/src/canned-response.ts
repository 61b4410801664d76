import { bundledSpecPath, readBundledSpec, responseExamples } from '@ryzeapi/openapi/document';

/** A complete HTTP answer, fixed ahead of time: what the fake fetch and the local servers send. */
export interface CannedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * The response the spec documents for Leave Group with `status` and the named example: the
 * example body and the example values of its headers, read from the bundled spec so that the
 * benchmarks follow the document rather than a copy of it.
 */
export function leaveGroupExample(status: number, exampleName: string): CannedResponse {
  const example = responseExamples(readBundledSpec()).find(
    (candidate) =>
      candidate.operation.operationId === 'leaveGroup' &&
      candidate.status === String(status) &&
      candidate.exampleName === exampleName,
  );
  if (!example) {
    throw new Error(
      `The spec at ${bundledSpecPath()} has no ${status} example "${exampleName}" for leaveGroup; ` +
        'rebuild it with `pnpm --filter @ryzeapi/openapi build` or pick an example it has.',
    );
  }
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  for (const header of example.response.headers) {
    if (header.example !== undefined) headers[header.name.toLowerCase()] = String(header.example);
  }
  return { status, headers, body: JSON.stringify(example.value) };
}

export const leftGroup = (): CannedResponse => leaveGroupExample(200, 'left');
export const notMember = (): CannedResponse => leaveGroupExample(404, 'notMember');
