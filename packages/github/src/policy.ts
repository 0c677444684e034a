/** Pure retry and rate-limit decisions; the client only executes what these return. */

export interface WaitPolicy {
  /** Retries per request for each kind of failure (5xx/network, primary, secondary limit). */
  maxRetries: number;
  /** Longest single wait, in seconds, this client accepts before giving up instead. */
  maxWaitSeconds: number;
}

export type LimitKind = 'primary' | 'secondary';

export type LimitDecision =
  { retry: true; waitSeconds: number; message: string } | { retry: false; message: string };

/** GitHub's fallback when a secondary limit comes without retry-after. */
export const SECONDARY_FALLBACK_SECONDS = 60;

/**
 * Retry-After as seconds: delta-seconds or an HTTP date (relative to `now`); undefined when
 * absent or unreadable.
 */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  if (/^\d+$/.test(text)) return Number(text);
  const date = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * Seconds before retrying a 5xx or network failure: the server's Retry-After when it sent one
 * (capped by the policy), else the retry plugin's own backoff (1, 4, 9 ... seconds).
 */
export function serverErrorBackoffSeconds(
  retryAfterHeader: unknown,
  fallbackSeconds: number,
  policy: WaitPolicy,
): number {
  const told = parseRetryAfter(retryAfterHeader);
  return told === undefined ? fallbackSeconds : Math.min(told, policy.maxWaitSeconds);
}

/** Whether to wait out a rate limit, and what to tell the user either way. */
export function rateLimitDecision(
  kind: LimitKind,
  waitSeconds: number,
  retryCount: number,
  policy: WaitPolicy,
  request: string,
): LimitDecision {
  const what =
    kind === 'primary'
      ? `GitHub API rate limit exhausted (${request})`
      : `GitHub secondary rate limit hit (${request})`;
  if (retryCount >= policy.maxRetries) {
    return { retry: false, message: `${what}; giving up after ${retryCount} retries` };
  }
  if (waitSeconds > policy.maxWaitSeconds) {
    const until = kind === 'primary' ? 'the reset' : 'retry-after';
    return {
      retry: false,
      message:
        `${what}; ${until} is ${waitSeconds} s away, beyond the ${policy.maxWaitSeconds} s ` +
        'this client waits (maxRateLimitWaitSeconds)',
    };
  }
  const reason = kind === 'primary' ? 'for the reset' : 'as asked';
  return {
    retry: true,
    waitSeconds,
    message: `${what}; waiting ${waitSeconds} s ${reason} (retry ${retryCount + 1} of ${policy.maxRetries})`,
  };
}
