import { createRyzeClient, type LeaveGroupResult } from '@ryzeapi/sdk';
import type { ScenarioClientOptions } from './scenario-file.ts';

/**
 * The one place the scenarios call the SDK: a new client with the step's token and options, and
 * one Leave Group call with its response. A change of the SDK's API is a change here only.
 */
export function leaveWithSdk(
  baseUrl: string,
  token: string,
  client: ScenarioClientOptions,
  instance: string,
  identifier: string,
): Promise<LeaveGroupResult> {
  const sdk = createRyzeClient({ baseUrl, token, ...client });
  return sdk.groups.leave(instance, { identifier }).withResponse();
}
