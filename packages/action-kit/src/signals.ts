import { warning } from './log.js';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Runs `body` with a signal that aborts on SIGINT/SIGTERM (the runner cancelling the job), so a
 * waiting action stops between polls and reports; `what` says what stops, for the log.
 */
export async function withCancellation<T>(
  what: string,
  body: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const handlers = SIGNALS.map((name) => {
    const handler = () => {
      if (!controller.signal.aborted) warning(`Received ${name}: ${what}.`);
      controller.abort(name);
    };
    process.on(name, handler);
    return [name, handler] as const;
  });
  try {
    return await body(controller.signal);
  } finally {
    for (const [name, handler] of handlers) process.off(name, handler);
  }
}
