/** A time limit that also ends with the caller's signal; see `deadline`. */
export interface Deadline {
  /** Aborts `ms` after the deadline was set, or as soon as the caller's signal does. */
  signal: AbortSignal;
  /**
   * `promise`, or a rejection with the signal's reason as soon as it aborts: the SDK's deadlines
   * and aborts hold even when an injected fetch (or the body it returns) ignores the signal.
   * Rejected by the abort itself, so no listener is added on the signal per settle.
   */
  settle<T>(promise: Promise<T>): Promise<T>;
  /** Clears the timer and the caller's listener: call it when what the deadline guards has ended. */
  dispose(): void;
}

/**
 * A deadline of `ms`, cut short by `callerSignal`: one controller, one timer and at most one
 * listener, so that no timer outlives its attempt or its wait.
 */
export function deadline(ms: number, callerSignal: AbortSignal | undefined): Deadline {
  const controller = new AbortController();
  const { signal } = controller;
  let rejectSettle: ((reason: unknown) => void) | undefined;
  const abort = () => {
    controller.abort();
    rejectSettle?.(signal.reason);
  };
  const timer = setTimeout(abort, ms);
  if (callerSignal?.aborted) abort();
  callerSignal?.addEventListener('abort', abort);
  return {
    signal,
    settle: (promise) =>
      new Promise((resolve, reject) => {
        if (signal.aborted) reject(signal.reason);
        rejectSettle = reject;
        promise.then(resolve, reject);
      }),
    dispose: () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', abort);
    },
  };
}
