import type { RateLimit, RequestOptions, RyzeClient } from '@ryzeapi/sdk';
import type { ResponsePair } from './response-pairs.ts';

/** What an SDK call with its response returns, whatever the operation. */
export interface SdkResult {
  data: unknown;
  rateLimit: RateLimit | undefined;
  response: Response;
}

type SdkCall = (
  client: RyzeClient,
  pair: ResponsePair,
  options: RequestOptions,
) => Promise<SdkResult>;

/**
 * How to make each operation of the spec through the SDK, with the spec's example arguments.
 * An operation added to the spec without an entry here fails the suite: the SDK cannot call it.
 */
const SDK_CALLS: Record<string, SdkCall> = {
  leaveGroup: (client, { parameterExamples }, options) =>
    client.groups
      .leave(
        String(parameterExamples.path.instance),
        { identifier: String(parameterExamples.query.identifier) },
        options,
      )
      .withResponse(),
};

export function sdkCallFor(operationId: string): SdkCall {
  const call = SDK_CALLS[operationId];
  if (!call) {
    throw new Error(
      `The spec has an operation ${operationId} that the contract does not know how to call ` +
        'through the SDK: add it to packages/contract-tests/src/sdk-calls.ts.',
    );
  }
  return call;
}
