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
