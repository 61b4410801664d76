import { parseRateLimit, type RateLimit } from './rate-limit.ts';

/** A call's data with what came with it. */
export interface WithResponse<T> {
  /** The response body the spec describes for success. */
  data: T;
  /** The token's rate-limit bucket after this call, when the response said. */
  rateLimit: RateLimit | undefined;
  /** The last HTTP response (its body already read). */
  response: Response;
  /** How many requests were sent, retries included. */
  attempts: number;
}

/**
 * What every operation returns: a promise of its data, whose `withResponse()` gives the same
 * call's data with its rate limit, response and attempts. Nothing is sent twice, and only what is
 * awaited can report an unhandled rejection.
 */
export class ApiPromise<T> extends Promise<T> {
  // then/catch/finally on an ApiPromise build plain promises.
  static override get [Symbol.species]() {
    return Promise;
  }

  readonly #call: Promise<Omit<WithResponse<T>, 'rateLimit'>>;

  constructor(call: Promise<Omit<WithResponse<T>, 'rateLimit'>>) {
    super((resolve) => resolve(undefined as T));
    this.#call = call;
  }

  /** The data, with the rate limit, the response and the number of attempts. */
  withResponse(): Promise<WithResponse<T>> {
    // The headers are read only when asked for: most calls want the data alone.
    return this.#call.then((call) => ({
      ...call,
      rateLimit: parseRateLimit(call.response.headers),
    }));
  }

  // biome-ignore lint/suspicious/noThenProperty: an ApiPromise is a promise; its then reads the call's data
  override then<A = T, B = never>(
    onFulfilled?: ((data: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#call.then(onFulfilled && (({ data }) => onFulfilled(data)), onRejected) as Promise<
      A | B
    >;
  }
}
