import type { Annotation } from './events.js';
import type { Json } from './expressions.js';
import type { GitHubPort } from './github-port.js';
import type { Masker } from './masker.js';
import type { WorkflowSource } from './workflow-source.js';

/** What a step executor gets from its job, and what it gives back. */

export interface JobRuntime {
  name: string;
  workspace: string;
  temp: string;
  home: string;
  toolCache: string;
  token: string;
  event: { name: string; payload: Record<string, unknown> };
  eventPath: string;
  github: Record<string, Json>;
  /** job.workflow_repository, job.workflow_sha, …: the file this job is written in. */
  workflow: { repository: string; sha: string; ref: string; path: string };
  source: WorkflowSource;
  port: GitHubPort;
  artifactsDir: string;
  masker: Masker;
  signal: AbortSignal;
  /** Node for JS actions (default this process's). */
  node?: string;
  /** Per action folder name: inputs the workflow leaves unset take these instead of action.yml's defaults. */
  actionInputs: Record<string, Record<string, string>>;
}

export interface StepRun {
  job: JobRuntime;
  name: string;
  /** The step's whole process environment. */
  env: Record<string, string>;
  with: Record<string, string>;
  timeoutMs: number;
  log(line: string): void;
}

export interface StepResult {
  exitCode: number | null;
  outputs: Record<string, string>;
  summary: string;
  env: Record<string, string>;
  path: string[];
  annotations: Annotation[];
  timedOut: boolean;
  cancelled: boolean;
  standIn?: string;
}

export function emptyResult(exitCode: number): StepResult {
  return {
    exitCode,
    outputs: {},
    summary: '',
    env: {},
    path: [],
    annotations: [],
    timedOut: false,
    cancelled: false,
  };
}

export type JsonRecord = Record<string, Json>;
