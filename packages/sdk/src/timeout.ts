/**
 * A signal that aborts `ms` from now or as soon as `callerSignal` does, with the function that
 * clears its timer and its listener: call it when what the signal guards has ended, so that no
 * timer outlives its attempt or its wait.
 */
export function abortAfter(
  ms: number,
  callerSignal: AbortSignal | undefined,
): [signal: AbortSignal, dispose: () => void] {
  const controller = new AbortController();
  const abort = () => controller.abort();
  const timer = setTimeout(abort, ms);
  if (callerSignal?.aborted) abort();
  callerSignal?.addEventListener('abort', abort);
  return [
    controller.signal,
    () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', abort);
    },
  ];
}

/**
 * `promise`, or a rejection as soon as `signal` aborts: the SDK's deadlines and aborts hold even
 * when an injected fetch (or the body it returns) ignores the signal it was given.
 */
export function settleByAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort);
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
