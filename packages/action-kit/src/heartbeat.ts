import type { Clock } from './clock.js';

/** How often a long wait repeats what it waits for when nothing changes. */
export const HEARTBEAT_INTERVAL_MS = 60_000;

export interface HeartbeatOptions {
  clock: Clock;
  log: (line: string) => void;
  /** What is awaited, e.g. `for flux/staging/kustomization/api from flux-bot on 1a2b3c4`. */
  awaiting: string;
  /** When the wait gives up: each line then says how long is left. */
  deadline?: Date;
  /** When the wait began; default: when the heartbeat was created. */
  since?: Date;
  intervalMs?: number;
}

export interface Heartbeat {
  /**
   * Logs a line when `seen` differs from the last line's, or when `intervalMs` has passed
   * since the last line; returns whether it logged.
   */
  beat(seen: string): boolean;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** 45s, 4m30s, 1h02m: whole seconds, rounded down; negative counts as zero. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${pad(seconds % 60)}s`;
  return `${Math.floor(minutes / 60)}h${pad(minutes % 60)}m`;
}

/** The time left is not part of `seen`: it changes on every line, so it is added here. */
function heartbeatLine(options: HeartbeatOptions, since: number, seen: string): string {
  const now = options.clock.now().getTime();
  const left = options.deadline
    ? ` (timeout in ${formatDuration(options.deadline.getTime() - now)})`
    : '';
  const tail = seen ? ` ${seen}` : '';
  return `Waiting ${formatDuration(now - since)} ${options.awaiting}${left}.${tail}`;
}

export function createHeartbeat(options: HeartbeatOptions): Heartbeat {
  const { clock, intervalMs = HEARTBEAT_INTERVAL_MS } = options;
  const since = (options.since ?? clock.now()).getTime();
  let last: { seen: string; at: number } | undefined;
  return {
    beat(seen) {
      const now = clock.now().getTime();
      if (last && last.seen === seen && now - last.at < intervalMs) return false;
      last = { seen, at: now };
      options.log(heartbeatLine(options, since, seen));
      return true;
    },
  };
}
