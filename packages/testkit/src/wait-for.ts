import { setTimeout as sleep } from 'node:timers/promises';

export interface WaitForOptions {
  /** Named in the error when the condition never holds. */
  what: string;
  /** Safety net only, far above any normal wait (default 4 minutes). */
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Resolves once `check` holds. Tests wait on conditions, never on durations: the bound is a
 * safety net that only a hung process reaches, however busy the machine.
 */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  options: WaitForOptions,
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 240_000);
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${options.what}.`);
    await sleep(options.intervalMs ?? 25);
  }
}
