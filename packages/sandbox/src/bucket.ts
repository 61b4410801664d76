import type { Clock } from './clock.ts';

/** What a response says about its token's bucket, in the `X-RateLimit-*` headers. */
export interface BucketReading {
  limit: number;
  remaining: number;
  /** When the window refills, as a Unix time in seconds (rounded up, so waiting until then is enough). */
  resetSeconds: number;
}

export interface Take extends BucketReading {
  /** `false` when the bucket was already empty: the request must be answered 429. */
  granted: boolean;
}

export interface BucketSettings {
  /** Requests per window. */
  limit: number;
  windowSeconds: number;
}

interface Window {
  startMs: number;
  used: number;
}

/**
 * One fixed-window bucket per token, shared by every caller of that token: `limit` requests per
 * `windowSeconds`, the window starting at the token's first request after the previous one ended.
 * Taking is synchronous, so parallel requests can never take the same unit twice.
 */
export class RateLimitBuckets {
  private readonly windows = new Map<string, Window>();

  constructor(
    private settings: BucketSettings,
    private readonly clock: Clock,
  ) {}

  get limit(): number {
    return this.settings.limit;
  }

  get windowSeconds(): number {
    return this.settings.windowSeconds;
  }

  /** Empties every bucket, under `settings` from now on. */
  reset(settings: BucketSettings): void {
    this.settings = settings;
    this.windows.clear();
  }

  /** Takes one request from `token`'s bucket, when there is one left. */
  take(token: string): Take {
    const window = this.currentWindow(token);
    const granted = window.used < this.limit;
    if (granted) window.used += 1;
    return { granted, ...this.reading(window) };
  }

  /** A bucket nobody has used: what a request without a token is told. */
  untouched(): BucketReading {
    return this.reading({ startMs: this.clock.now(), used: 0 });
  }

  /** Every bucket in its current window, for the control API's state. */
  readings(): { token: string; reading: BucketReading }[] {
    const now = this.clock.now();
    return [...this.windows]
      .filter(([, window]) => now < this.endOf(window))
      .map(([token, window]) => ({ token, reading: this.reading(window) }));
  }

  private currentWindow(token: string): Window {
    const now = this.clock.now();
    let window = this.windows.get(token);
    if (window === undefined || now >= this.endOf(window)) {
      window = { startMs: now, used: 0 };
      this.windows.set(token, window);
    }
    return window;
  }

  private endOf(window: Window): number {
    return window.startMs + this.windowSeconds * 1000;
  }

  private reading(window: Window): BucketReading {
    return {
      limit: this.limit,
      remaining: Math.max(0, this.limit - window.used),
      resetSeconds: Math.ceil(this.endOf(window) / 1000),
    };
  }
}
