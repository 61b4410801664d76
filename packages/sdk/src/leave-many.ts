import { abortedBy } from './errors.ts';
import type { Groups } from './groups.ts';
import type { GroupIdentifier, InstanceName, LeaveGroupResponse } from './types.ts';

/** The outcome of one leave of `leaveMany`: its data, or the error it would have thrown. */
export type LeaveManyResult =
  | { identifier: GroupIdentifier; ok: true; data: LeaveGroupResponse }
  | { identifier: GroupIdentifier; ok: false; error: unknown };

/** Options of `leaveMany`. */
export interface LeaveManyOptions {
  /** Most leaves in flight at once (the client's pacing still applies). Default `10`. */
  concurrency?: number | undefined;
  /** Stops sending: leaves not yet sent end with `RequestAbortedError`, the others as they went. */
  signal?: AbortSignal | undefined;
  /** Called after each leave settles, with how many have and the result just in. */
  onProgress?:
    | ((progress: { done: number; total: number; result: LeaveManyResult }) => void)
    | undefined;
}

/**
 * `groups.leaveMany`: `concurrency` workers take the next identifier in turn and leave it with
 * `leave`, so the client's pacing sets the pace. A module of its own, so that its cost in a bundle
 * is measured apart from `leave`'s.
 */
export async function leaveMany(
  leave: Groups['leave'],
  instance: InstanceName,
  identifiers: readonly GroupIdentifier[],
  { concurrency = 10, signal, onProgress }: LeaveManyOptions = {},
): Promise<LeaveManyResult[]> {
  const total = identifiers.length;
  const results: LeaveManyResult[] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < total && !signal?.aborted) {
      const at = next++;
      const identifier = identifiers[at] as GroupIdentifier;
      results[at] = await leave(instance, { identifier }, { signal }).then(
        (data): LeaveManyResult => ({ identifier, ok: true, data }),
        (error: unknown): LeaveManyResult => ({ identifier, ok: false, error }),
      );
      onProgress?.({ done: ++done, total, result: results[at] });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  // Aborted: what was never sent says so.
  return identifiers.map(
    (identifier, at) => results[at] ?? { identifier, ok: false, error: abortedBy(signal) },
  );
}
