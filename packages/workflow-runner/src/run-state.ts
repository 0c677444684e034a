import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ConcurrencyBook } from './concurrency.js';
import type { Observer, JobRecord, RunEvent } from './events.js';
import type { Json } from './expressions.js';
import type { GitHubPort } from './github-port.js';
import type { WorkflowDef } from './model.js';
import type { Permissions } from './permissions.js';
import type { WorkflowSource } from './workflow-source.js';

/** A runner's settings, shared by its runs. */
export interface RunnerConfig {
  source: WorkflowSource;
  port: GitHubPort;
  concurrency: ConcurrencyBook;
  vars: Record<string, string>;
  secrets: Record<string, string>;
  /** GitHub's setting for jobs no `permissions:` applies to (default restricted). */
  defaultPermissions: 'restricted' | 'permissive';
  observer?: Observer;
  /** Workspaces, artifacts and logs go under it. */
  workRoot: string;
  keepWorkspaces: boolean;
  /** Extra variables for every step (e.g. stand-in settings); never GITHUB_*. */
  env: Record<string, string>;
  /** Folders put before PATH in every step (e.g. stand-in executables). */
  path: string[];
  node?: string;
  /** Machine settings for this checkout's actions, by folder name (e.g. a local tool release server). */
  actionInputs: Record<string, Record<string, string>>;
  /** How often a job waiting for reviewers asks the emulator again. */
  reviewPollMs: number;
  /** Loads (and caches) a workflow file of the source. */
  load(path: string): Promise<WorkflowDef>;
}

/** One run of a workflow: its id, records, cancellation and the store its jobs share. */
export class RunState {
  readonly records: JobRecord[] = [];
  readonly errors: string[] = [];
  readonly controller = new AbortController();
  readonly artifactsDir: string;
  readonly logDir: string;

  constructor(
    readonly config: RunnerConfig,
    readonly id: number,
    readonly github: Record<string, Json>,
    readonly event: { name: string; payload: Record<string, unknown> },
  ) {
    const root = join(config.workRoot, `run-${id}`);
    this.artifactsDir = join(root, 'artifacts');
    this.logDir = join(root, 'logs');
    mkdirSync(this.artifactsDir, { recursive: true });
    mkdirSync(this.logDir, { recursive: true });
  }

  get cancelled(): boolean {
    return this.controller.signal.aborted;
  }

  cancel(reason: string): void {
    if (this.cancelled) return;
    this.errors.push(reason);
    this.controller.abort(new Error(reason));
  }

  async emit(event: RunEvent): Promise<void> {
    await this.config.observer?.(event);
  }
}

/** One workflow file being run: the top-level one, or one called by a job (a leg of it). */
export interface WorkflowScope {
  workflow: WorkflowDef;
  /** Job ids of the calling jobs, from the top. */
  prefix: string[];
  /** Display names of the calling jobs ('staging', 'production (a)'). */
  names: string[];
  inputs: Record<string, Json>;
  secrets: Record<string, string>;
  /** What the calling job granted; undefined at the top level. */
  grant?: Permissions;
  /** Concurrency holders this workflow runs inside. */
  ancestors: string[];
  /** The file's own identity for job.workflow_*. */
  ref: { repository: string; sha: string; ref: string; path: string };
  env: Record<string, string>;
}
