/** Sends a request given as its URL and init, as `fetch(url, init)` is called. */
export type SendParts = (url: string, init: RequestInit) => Promise<Response>;

/**
 * What the SDK's own openapi-fetch client builds in place of a `Request`: the URL and the init
 * it serialized, nothing checked or copied. The `Request` that goes out is then built once, by
 * `fetch(url, init)`, instead of twice (openapi-fetch's, then fetch's copy of it, each following
 * the attempt's signal). openapi-fetch copies the call's `method` and `signal` onto it, and reads
 * `method` back.
 */
export class RequestParts {
  constructor(
    readonly url: string,
    readonly init: RequestInit,
  ) {}
}
