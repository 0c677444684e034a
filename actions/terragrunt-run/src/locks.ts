export interface StateLock {
  id: string;
  /** The unit whose output showed the lock, when Terragrunt prefixed the line with it. */
  unit?: string;
}

/** Terragrunt's log prefix, e.g. `12:00:01.123 STDERR [vpc] tofu: `. */
const UNIT_PREFIX = /\[([^\]\s]+)\]/;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * State locks OpenTofu reported as held ("Error acquiring the state lock" with its Lock Info).
 * Log lines are read only for this: the lock ID is printed nowhere else.
 */
export function heldStateLocks(output: string): StateLock[] {
  const lines = output.replace(ANSI, '').split(/\r?\n/);
  const locks = new Map<string, StateLock>();
  let inLockInfo = false;
  for (const line of lines) {
    if (/Lock Info:/.test(line)) {
      inLockInfo = true;
      continue;
    }
    const id = inLockInfo ? /\bID:\s+(\S+)/.exec(line)?.[1] : undefined;
    if (!id) continue;
    inLockInfo = false;
    const unit = UNIT_PREFIX.exec(line)?.[1];
    if (!locks.has(id)) locks.set(id, { id, ...(unit && { unit }) });
  }
  return [...locks.values()];
}

/** What to tell the user about a lock left behind. */
export function unlockAdvice(lock: StateLock, workingDirectory: string): string {
  const where = lock.unit
    ? `${workingDirectory}/${lock.unit}`
    : `the unit's folder under ${workingDirectory}`;
  return (
    `State lock ${lock.id} is held. When no other run is using it, release it from ${where} with: ` +
    `terragrunt force-unlock ${lock.id}`
  );
}
