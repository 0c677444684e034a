import { GitHubPortError, statusOf } from './errors.js';

/**
 * A POST must not run twice: a lost answer (connection reset, 5xx, cut body) says nothing about
 * whether GitHub applied it. createOnce sends it without the client's automatic retries and,
 * after a lost answer, looks for what it may have created before sending it again.
 */

/** Request options that turn off the client's automatic retries for one request. */
export const NO_RETRY = { request: { retries: 0 } } as const;

/** Whether a failed request may still have been applied: no answer, a 5xx, an unreadable body. */
export function mayHaveApplied(error: unknown): boolean {
  const status = statusOf(error);
  return status === undefined || status >= 500;
}

/** An answer whose body is not what the operation returns (e.g. a cut JSON): it may have applied. */
export function unreadableAnswer(what: string, data: unknown): GitHubPortError {
  const shown = (typeof data === 'string' ? data : (JSON.stringify(data) ?? String(data))).slice(
    0,
    80,
  );
  return new GitHubPortError(`GitHub's answer to ${what} is unreadable: ${JSON.stringify(shown)}`, {
    hint: 'the connection or a proxy cut the answer; retry the run if it persists',
  });
}

export interface CreateOnceOptions {
  /** Sends (default 3). */
  attempts?: number;
  /** Milliseconds before the n-th resend, times n (default 1000). */
  delayMs?: number;
}

export async function createOnce<T>(
  send: () => Promise<T>,
  find: () => Promise<T | undefined>,
  { attempts = 3, delayMs = 1000 }: CreateOnceOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await send();
    } catch (error) {
      if (!mayHaveApplied(error)) throw error;
      const found = await find();
      if (found !== undefined) return found;
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * attempt));
    }
  }
}
