import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import type { RequestError } from '@octokit/request-error';
import {
  rateLimitDecision,
  serverErrorBackoffSeconds,
  type LimitKind,
  type WaitPolicy,
} from './policy.js';

export interface ClientLog {
  warning(message: string): void;
  info(message: string): void;
  debug?(message: string): void;
}

export interface GitHubClientOptions {
  token: string;
  /** Default: env GITHUB_API_URL, else https://api.github.com (GHES: https://host/api/v3). */
  baseUrl?: string;
  /** Default 'infra-fleet'. */
  userAgent?: string;
  /**
   * Default 3: retries of 5xx/network failures and timeouts (repeatable requests only, see
   * repeatableAfterLoss), and of each rate-limit kind, per request.
   */
  maxRetries?: number;
  /**
   * Default 30 000: a request whose answer has not fully arrived by then is abandoned, as a
   * network failure. GitHub itself ends REST requests after 10 s.
   */
  requestTimeoutMs?: number;
  /** Default 3600: the longest rate-limit wait (reset or retry-after) accepted before failing. */
  maxRateLimitWaitSeconds?: number;
  log?: ClientLog;
  request?: { fetch?: typeof fetch };
  /** Milliseconds per second of any computed wait (backoff, retry-after, reset); default 1000. */
  waitUnitMs?: number;
  /**
   * Minimum spacing between this client's mutating requests; default 0. plugin-throttling's own
   * 1-3 s process-wide spacing would serialise concurrent landings and widen their
   * compare-and-swap window; our actions write a handful of times per run, and secondary limits
   * are still waited out when GitHub reports one.
   */
  writeIntervalMs?: number;
}

export const DEFAULT_API_URL = 'https://api.github.com';
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** Statuses that a retry cannot fix; 403/429 rate limits belong to the throttling plugin. */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];

const FleetOctokit = Octokit.plugin(retry, throttling, paginateRest);

/** The API root: explicit value, else GITHUB_API_URL, else github.com; no trailing slash. */
export function resolveBaseUrl(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  const raw = explicit || env.GITHUB_API_URL || DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `GitHub API URL "${raw}" is not a URL; use e.g. https://ghe.example.com/api/v3`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`GitHub API URL "${raw}" must use http or https`);
  }
  return raw.replace(/\/+$/, '');
}

/**
 * An Octokit with bounded retries of 5xx/network failures (honouring retry-after), rate-limit
 * handling (primary: wait for the reset; secondary: wait retry-after or 60 s; both bounded) and
 * pagination.
 */
export function createGitHubClient(options: GitHubClientOptions) {
  if (!options.token) throw new Error('a GitHub token is required; pass the `token` input');
  const log = options.log ?? consoleLog;
  const unitMs = options.waitUnitMs ?? 1000;
  const policy: WaitPolicy = {
    maxRetries: options.maxRetries ?? 3,
    maxWaitSeconds: options.maxRateLimitWaitSeconds ?? 3600,
  };
  const gate = spacingGate(options.writeIntervalMs ?? 0);
  const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const client = new FleetOctokit({
    auth: options.token,
    baseUrl: resolveBaseUrl(options.baseUrl),
    userAgent: options.userAgent ?? 'infra-fleet',
    log: octokitLog(log),
    request: { fetch: fetchWithTimeout(options.request?.fetch, timeoutMs) },
    retry: { retries: policy.maxRetries, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: unitMs },
    throttle: {
      retryAfterBaseValue: unitMs,
      write: gate,
      notifications: gate,
      onRateLimit: limitHandler('primary', policy, log),
      onSecondaryRateLimit: limitHandler('secondary', policy, log),
    },
  });
  honourRetryAfterOnServerErrors(client, policy, log);
  neverRepeatCreations(client);
  return client;
}

/**
 * Whether a request may be sent again when its answer was lost (a timeout, a reset, a 5xx):
 * GitHub may have applied it. Reads, PUT, PATCH and DELETE set a state, so a repeat changes
 * nothing more; git objects are content-addressed; a repeated ref creation is refused as
 * existing, and a repeated non-forced ref move is refused or recognised by its caller, which
 * looks for its commit in the branch. Any other POST could create a second issue or comment.
 */
export function repeatableAfterLoss(method: string, url: string): boolean {
  if (method.toUpperCase() !== 'POST') return true;
  const path = url.split('?')[0] ?? '';
  return /\/git\/(?:blobs|trees|commits|refs)$/.test(path);
}

/** A POST that repeats could duplicate is sent once; its caller decides what a loss means. */
function neverRepeatCreations(client: InstanceType<typeof FleetOctokit>): void {
  client.hook.before('request', (options) => {
    if (repeatableAfterLoss(options.method, options.url)) return;
    options.request = { ...options.request, retries: 0 };
  });
}

/**
 * fetch with a deadline for the whole exchange: a request that never answers fails like a
 * network failure (retried when repeatable) instead of holding the step until the job timeout.
 */
function fetchWithTimeout(custom: typeof fetch | undefined, timeoutMs: number): typeof fetch {
  return async (input, init = {}) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    try {
      return await (custom ?? globalThis.fetch)(input, { ...init, signal });
    } catch (error) {
      if (!deadline.aborted) throw error;
      throw new Error(`no answer within ${timeoutMs} ms (requestTimeoutMs)`, { cause: error });
    }
  };
}

export type GitHubClient = ReturnType<typeof createGitHubClient>;

type LimitHandler = (
  retryAfter: number,
  request: { method: string; url: string },
  octokit: unknown,
  retryCount: number,
) => boolean;

function limitHandler(kind: LimitKind, policy: WaitPolicy, log: ClientLog): LimitHandler {
  return (retryAfter, request, _octokit, retryCount) => {
    const decision = rateLimitDecision(
      kind,
      retryAfter,
      retryCount,
      policy,
      `${request.method} ${request.url}`,
    );
    log.warning(decision.message);
    return decision.retry;
  };
}

/** plugin-retry backs off quadratically; when the server says how long to wait, wait that. */
function honourRetryAfterOnServerErrors(
  client: InstanceType<typeof FleetOctokit>,
  policy: WaitPolicy,
  log: ClientLog,
): void {
  const original = client.retry.retryRequest;
  client.retry.retryRequest = (error: RequestError, retries: number, backoff: number) => {
    const seconds = serverErrorBackoffSeconds(
      error.response?.headers['retry-after'],
      backoff,
      policy,
    );
    log.debug?.(
      `${error.request.method} ${error.request.url} failed with ${error.status}; retry in ${seconds} s`,
    );
    return original(error, retries, seconds);
  };
}

type WriteGroup = NonNullable<ThrottlingOptions['write']>;

/** Stands in for plugin-throttling's process-wide write groups: spacing per client, not 1-3 s. */
function spacingGate(intervalMs: number): WriteGroup {
  let nextStart = 0;
  const limiter = {
    async schedule(...args: unknown[]) {
      const [task, ...rest] = typeof args[0] === 'function' ? args : args.slice(1);
      const start = Math.max(Date.now(), nextStart);
      nextStart = start + intervalMs;
      const wait = start - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      return (task as (...taskArgs: unknown[]) => unknown)(...rest);
    },
  };
  return { key: () => limiter } as unknown as WriteGroup;
}

const consoleLog: ClientLog = {
  warning: (message) => console.warn(message),
  info: () => undefined,
};

function octokitLog(log: ClientLog) {
  return {
    debug: (message: string) => log.debug?.(message),
    info: (message: string) => log.info(message),
    warn: (message: string) => log.warning(message),
    error: (message: string) => log.warning(message),
  };
}
