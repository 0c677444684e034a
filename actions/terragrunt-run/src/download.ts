import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { ActionError } from '@infra-fleet/action-kit';
import { MAX_REDIRECTS, redirectRefusal } from './download-urls.js';

export interface DownloadOptions {
  /** Defaults to Node's global fetch. */
  fetch?: typeof fetch;
  /** Per attempt, covering the whole body. Default 5 minutes. */
  timeoutMs?: number;
  /** Pause before each retry of a transient failure; its length is the number of retries. */
  retryDelaysMs?: readonly number[];
}

/** What is being downloaded, for messages: e.g. `Terragrunt 1.0.2`, and the hint for a 404. */
export interface DownloadLabel {
  what: string;
  notFoundHint: string;
}

export interface DownloadedFile {
  sha256: string;
  bytes: number;
}

const DEFAULT_TIMEOUT_MS = 5 * 60_000;
const DEFAULT_RETRY_DELAYS_MS = [1_000, 4_000];
const MAX_FILE_BYTES = 512 * 1024 * 1024;
const MAX_TEXT_BYTES = 1024 * 1024;
const HEADERS = { 'user-agent': 'infra-fleet-terragrunt-run', accept: 'application/octet-stream' };

class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    statusText: string,
  ) {
    super(`answered ${status}${statusText ? ` ${statusText}` : ''}`);
  }
}

class TooLargeError extends Error {}

/** A redirect that is not followed (see redirectRefusal); never retried. */
class RedirectError extends Error {}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Streams `url` into `destination` (created or truncated, mode 0600) while hashing it. */
export async function downloadFile(
  url: string,
  destination: string,
  label: DownloadLabel,
  options: DownloadOptions = {},
): Promise<DownloadedFile> {
  return withRetries(url, label, options, async (signal) => {
    const body = await openBody(url, signal, options);
    const hash = createHash('sha256');
    let bytes = 0;
    const file = await open(destination, 'w', 0o600);
    try {
      for await (const chunk of body) {
        bytes += chunk.length;
        if (bytes > MAX_FILE_BYTES)
          throw new TooLargeError(`is larger than ${MAX_FILE_BYTES} bytes`);
        hash.update(chunk);
        await file.write(chunk);
      }
    } finally {
      await file.close();
    }
    return { sha256: hash.digest('hex'), bytes };
  });
}

/** Downloads a small file (a checksum list, a signature) into memory, byte for byte. */
export async function downloadBytes(
  url: string,
  label: DownloadLabel,
  options: DownloadOptions = {},
): Promise<Buffer> {
  return withRetries(url, label, options, async (signal) => {
    const chunks: Uint8Array[] = [];
    let bytes = 0;
    for await (const chunk of await openBody(url, signal, options)) {
      bytes += chunk.length;
      if (bytes > MAX_TEXT_BYTES) throw new TooLargeError(`is larger than ${MAX_TEXT_BYTES} bytes`);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  });
}

/** Follows redirects itself, checking each hop: fetch would follow https -> http silently. */
async function openBody(
  url: string,
  signal: AbortSignal,
  options: DownloadOptions,
): Promise<AsyncIterable<Uint8Array>> {
  const fetchImpl = options.fetch ?? fetch;
  let current = new URL(url);
  for (let hops = 0; ; hops += 1) {
    const response = await fetchImpl(current.href, {
      redirect: 'manual',
      signal,
      headers: HEADERS,
    });
    if (!REDIRECT_STATUSES.has(response.status)) return bodyOf(response);
    await response.body?.cancel().catch(() => undefined);
    current = nextHop(current, response.headers.get('location'), hops);
  }
}

function nextHop(current: URL, location: string | null, hops: number): URL {
  if (hops >= MAX_REDIRECTS) throw new RedirectError(`redirected more than ${MAX_REDIRECTS} times`);
  if (!location) throw new RedirectError('redirected without a Location');
  const next = URL.canParse(location, current.href) ? new URL(location, current) : undefined;
  const refusal = next ? redirectRefusal(current, next) : 'to an invalid URL';
  if (refusal) throw new RedirectError(`redirected ${refusal}`);
  return next!;
}

async function bodyOf(response: Response): Promise<AsyncIterable<Uint8Array>> {
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new HttpStatusError(response.status, response.statusText);
  }
  if (!response.body) throw new TypeError('the response has no body');
  return response.body;
}

/** Runs one attempt per try; retries network errors and 5xx/429 answers, then explains the failure. */
async function withRetries<T>(
  url: string,
  label: DownloadLabel,
  options: DownloadOptions,
  attempt: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  for (let tries = 1; ; tries++) {
    try {
      return await attempt(AbortSignal.timeout(timeoutMs));
    } catch (error) {
      const delay = delays[tries - 1];
      if (delay === undefined || !isTransient(error))
        throw explain(error, url, label, tries, timeoutMs);
      await sleep(delay);
    }
  }
}

function isTransient(error: unknown): boolean {
  if (error instanceof HttpStatusError) return error.status >= 500 || error.status === 429;
  // fetch reports refused connections, resets and cut-off bodies as TypeError.
  return errorName(error) === 'TypeError';
}

// By name, not instanceof: fetch's errors may come from another realm (Node's internals).
function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error
    ? String(error.name)
    : undefined;
}

function errorMessage(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error
    ? String(error.message)
    : String(error);
}

function explain(
  error: unknown,
  url: string,
  label: DownloadLabel,
  tries: number,
  timeoutMs: number,
): ActionError {
  const after = tries > 1 ? ` (after ${tries} attempts)` : '';
  const prefix = `Could not download ${label.what}: ${url}`;
  if (error instanceof HttpStatusError && error.status === 404) {
    return new ActionError(`${prefix} answered 404 Not Found.`, { hint: label.notFoundHint });
  }
  if (error instanceof RedirectError) {
    return new ActionError(`${prefix} ${error.message}; it was not followed.`, {
      hint: 'Downloads follow redirects to https only (plain http only from a loopback address to a loopback address). Use a download URL whose redirects stay on https.',
    });
  }
  if (error instanceof HttpStatusError || error instanceof TooLargeError) {
    return new ActionError(`${prefix} ${error.message}${after}.`, {
      hint: 'Check the download URL; re-run later if the server is having trouble.',
    });
  }
  if (errorName(error) === 'TimeoutError') {
    return new ActionError(`${prefix} did not finish within ${timeoutMs / 1000} s.`, {
      hint: 'The server or network is too slow; re-run, or use a closer mirror.',
      cause: error,
    });
  }
  if (errorName(error) === 'TypeError') {
    const cause = (error as { cause?: unknown }).cause;
    const reason = errorMessage(cause ?? error);
    return new ActionError(`${prefix} could not be reached${after}: ${reason}.`, {
      hint: 'Check the download URL and that the runner can reach it (proxy, firewall, DNS).',
      cause: error,
    });
  }
  return error instanceof ActionError
    ? error
    : new ActionError(`${prefix} failed: ${errorMessage(error)}`, { cause: error });
}
