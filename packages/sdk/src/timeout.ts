/** The signal of one attempt: aborted by the caller's signal or when the attempt times out. */
export interface AttemptSignal {
  signal: AbortSignal;
  /** Whether the timeout (not the caller) aborted the attempt. */
  timedOut(): boolean;
  /** Clears the timer and the listener on the caller's signal; call it when the attempt ends. */
  dispose(): void;
}

export function attemptSignal(
  callerSignal: AbortSignal | undefined,
  timeoutMs: number,
): AttemptSignal {
  const controller = new AbortController();
  let timedOut = false;
  const forwardAbort = () => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener('abort', forwardAbort);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', forwardAbort);
    },
  };
}
