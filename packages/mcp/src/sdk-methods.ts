import type { GroupIdentifier, InstanceName, RyzeClient } from '@ryzeapi/sdk';

/**
 * Performs one operation through the SDK with a tool's arguments (already checked against the
 * tool's input schema) and resolves with the operation's 200 body.
 */
export type SdkMethod = (
  client: RyzeClient,
  args: Record<string, unknown>,
  signal: AbortSignal,
) => Promise<unknown>;

/**
 * The SDK method of each operation, by operationId. An operation of the spec becomes a tool once
 * it is bound here; the tool generator refuses an operation with no binding.
 */
export const sdkMethods: Record<string, SdkMethod> = {
  leaveGroup: (client, args, signal) => {
    const { instance, identifier } = args as {
      instance: InstanceName;
      identifier: GroupIdentifier;
    };
    return client.groups.leave(instance, { identifier }, { signal });
  },
};
