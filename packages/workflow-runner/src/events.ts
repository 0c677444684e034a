import type { JobResult } from './dag.js';

/** What a run reports as it goes: the live view, the log files and tests listen to it. */

export type StepConclusion = 'success' | 'failure' | 'cancelled' | 'skipped';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
}

export interface StepRecord {
  index: number;
  id: string;
  name: string;
  /** Before continue-on-error. */
  outcome: StepConclusion;
  conclusion: StepConclusion;
  outputs: Record<string, string>;
  annotations: Annotation[];
  /** "stand-in for actions/checkout" and the like; undefined for real steps. */
  standIn?: string;
  durationMs: number;
  log: string;
  logFile?: string;
}

export interface JobRecord {
  /** 'staging / promote (a, b)': the caller jobs' names, then this job's. */
  name: string;
  /** Job ids from the top-level workflow down, e.g. ['staging', 'promote']. */
  path: string[];
  workflow: string;
  kind: 'steps' | 'call';
  matrix?: Record<string, unknown>;
  result: JobResult;
  outputs: Record<string, string>;
  /** Reusable workflow calls: the inputs the called workflow received. */
  inputs?: Record<string, unknown>;
  permissions?: string;
  environment?: string;
  concurrency?: string;
  steps: StepRecord[];
  annotations: Annotation[];
  summary: string;
  startedAt?: number;
  durationMs: number;
}

export type RunConclusion = 'success' | 'failure' | 'cancelled' | 'startup_failure';

export interface RunRecord {
  id: number;
  workflow: string;
  event: string;
  conclusion: RunConclusion;
  /** Why the run failed to start, or was cancelled (deadlock, concurrency). */
  errors: string[];
  jobs: JobRecord[];
  durationMs: number;
  logDir: string;
}

export type RunEvent =
  | { type: 'run-started'; runId: number; workflow: string; event: string }
  | { type: 'job-pending'; job: string; reason: string }
  | { type: 'review-requested'; job: string; runId: number; environment: string }
  | { type: 'job-started'; job: string }
  | { type: 'step-started'; job: string; step: string; index: number }
  | { type: 'log'; job: string; step: string; line: string }
  | { type: 'step-finished'; job: string; step: StepRecord }
  | { type: 'job-finished'; job: JobRecord }
  | { type: 'run-finished'; run: RunRecord };

/** Awaited on every event, so a test or the demo can act between two steps deterministically. */
export type Observer = (event: RunEvent) => void | Promise<void>;
