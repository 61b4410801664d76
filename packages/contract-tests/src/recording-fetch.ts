import type { Fetch } from '@ryzeapi/sdk';

/** A `fetch` that records every request the SDK sends before sending it for real. */
export function recordingFetch(): { fetch: Fetch; requests: Request[] } {
  const requests: Request[] = [];
  return {
    requests,
    fetch: (request) => {
      requests.push(request.clone());
      return globalThis.fetch(request);
    },
  };
}
