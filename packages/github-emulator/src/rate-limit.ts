import { HttpError } from './errors.js';
import type { Account } from './types.js';

export const RATE_LIMIT_DOCS =
  'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api';
const WINDOW_SECONDS = 3600;
const ANONYMOUS_LIMIT = 60;

export interface RateBucket {
  limit: number;
  used: number;
  /** Epoch seconds (emulator clock) when the window renews. */
  resetAt: number;
}

export interface RateLimitPatch {
  limit?: number;
  remaining?: number;
  resetSeconds?: number;
}

/** GitHub's primary rate limit: one hourly bucket per account, on the emulator clock. */
export class RateLimiter {
  private readonly buckets = new Map<string, RateBucket>();

  constructor(
    private readonly defaultLimit: number,
    private readonly now: () => Date,
  ) {}

  bucket(login: string): RateBucket {
    const nowSeconds = this.nowSeconds();
    let bucket = this.buckets.get(login);
    if (!bucket || nowSeconds >= bucket.resetAt) {
      bucket = {
        limit: bucket?.limit ?? this.defaultLimit,
        used: 0,
        resetAt: nowSeconds + WINDOW_SECONDS,
      };
      this.buckets.set(login, bucket);
    }
    return bucket;
  }

  anonymous(): RateBucket {
    return { limit: ANONYMOUS_LIMIT, used: 0, resetAt: this.nowSeconds() + WINDOW_SECONDS };
  }

  exhausted(login: string): boolean {
    const bucket = this.bucket(login);
    return bucket.used >= bucket.limit;
  }

  consume(login: string): void {
    const bucket = this.bucket(login);
    bucket.used = Math.min(bucket.limit, bucket.used + 1);
  }

  /** Control API: set an account's limit, remaining calls and/or seconds to reset. */
  set(login: string, patch: RateLimitPatch): RateBucket {
    const bucket = this.bucket(login);
    if (patch.limit !== undefined) bucket.limit = patch.limit;
    if (patch.remaining !== undefined) bucket.used = Math.max(0, bucket.limit - patch.remaining);
    if (patch.resetSeconds !== undefined) bucket.resetAt = this.nowSeconds() + patch.resetSeconds;
    return bucket;
  }

  reset(): void {
    this.buckets.clear();
  }

  private nowSeconds(): number {
    return Math.floor(this.now().getTime() / 1000);
  }
}

export function rateLimitHeaders(bucket: RateBucket): Record<string, string> {
  return {
    'x-ratelimit-limit': String(bucket.limit),
    'x-ratelimit-remaining': String(Math.max(0, bucket.limit - bucket.used)),
    'x-ratelimit-used': String(bucket.used),
    'x-ratelimit-reset': String(bucket.resetAt),
    'x-ratelimit-resource': 'core',
  };
}

/** What GitHub answers once the primary limit is spent. */
export function primaryLimitError(
  account: Account,
  installation: boolean,
  bucket: RateBucket,
  status = 403,
): HttpError {
  const who = installation ? `installation ID ${account.id}` : `user ID ${account.id}`;
  return new HttpError(status, `API rate limit exceeded for ${who}.`, {
    documentationUrl: RATE_LIMIT_DOCS,
    headers: { ...rateLimitHeaders({ ...bucket, used: bucket.limit }) },
  });
}

export function secondaryLimitError(retryAfterSeconds: number, status = 403): HttpError {
  return new HttpError(
    status,
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    {
      documentationUrl: `${RATE_LIMIT_DOCS}#about-secondary-rate-limits`,
      headers: { 'retry-after': String(retryAfterSeconds) },
    },
  );
}
