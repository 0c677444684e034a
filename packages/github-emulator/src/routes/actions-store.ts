import { HttpError } from '../http.js';
import type { EmulatorState } from '../state.js';
import { notFound, nowIso, sameLogin } from './areas-util.js';
import { recordDeployment, type DeploymentRecord } from './deployments.js';
import { findEnvironment, isReviewer, type EnvironmentRecord } from './environments.js';

/** Workflow runs, the environments they wait on, and the reviews that release them. */

export interface RunRecord {
  id: number;
  runNumber: number;
  runAttempt: number;
  name: string;
  path: string;
  workflowId: number;
  displayTitle: string;
  event: string;
  headSha: string;
  headBranch: string | null;
  actor: string;
  triggeringActor: string;
  status: string;
  conclusion: string | null;
  createdAt: string;
  updatedAt: string;
  /** Environments the run's jobs target; those with protection rules wait for review. */
  environments: string[];
  reviews: ReviewRecord[];
}

export interface ReviewRecord {
  environments: string[];
  state: 'approved' | 'rejected';
  comment: string;
  user: string;
  at: string;
}

export function runs(state: EmulatorState): Map<number, RunRecord> {
  return state.area('runs', () => new Map<number, RunRecord>());
}

export function findRun(state: EmulatorState, id: number): RunRecord {
  const run = runs(state).get(id);
  if (!run) throw notFound();
  return run;
}

export type NewRun = Pick<RunRecord, 'actor' | 'headSha'> &
  Partial<
    Omit<
      RunRecord,
      'id' | 'runNumber' | 'createdAt' | 'updatedAt' | 'reviews' | 'actor' | 'headSha'
    >
  >;

export function createRun(state: EmulatorState, input: NewRun): RunRecord {
  const now = nowIso(state);
  const all = runs(state);
  const environments = input.environments ?? [];
  const run: RunRecord = {
    id: state.nextId(),
    runNumber: all.size + 1,
    runAttempt: 1,
    name: 'Release',
    path: '.github/workflows/release.yml',
    workflowId: 1,
    displayTitle: input.name ?? 'Release',
    event: 'push',
    headBranch: 'main',
    triggeringActor: input.actor,
    status: 'in_progress',
    conclusion: null,
    ...input,
    environments,
    createdAt: now,
    updatedAt: now,
    reviews: [],
  };
  if (input.status === undefined && pendingEnvironments(state, run).length > 0)
    run.status = 'waiting';
  all.set(run.id, run);
  return run;
}

/**
 * A job of the run has reached `name`: the run now targets it, and waits when the environment
 * has reviewers that have not decided for this run.
 */
export function targetEnvironment(state: EmulatorState, run: RunRecord, name: string): void {
  findEnvironment(state, name);
  if (!run.environments.includes(name)) run.environments.push(name);
  const waiting = pendingEnvironments(state, run).some((env) => env.name === name);
  if (waiting && run.status !== 'completed') run.status = 'waiting';
  run.updatedAt = nowIso(state);
}

/** Moves a run to a status (and conclusion), as the runner reports it. */
export function updateRun(
  state: EmulatorState,
  run: RunRecord,
  update: { status?: string; conclusion?: string | null },
): void {
  if (update.status !== undefined) run.status = update.status;
  if (update.conclusion !== undefined) run.conclusion = update.conclusion;
  run.updatedAt = nowIso(state);
}

/** An environment waits until one of its reviewers approves or rejects it for this run. */
export function pendingEnvironments(state: EmulatorState, run: RunRecord): EnvironmentRecord[] {
  const decided = new Set(run.reviews.flatMap((r) => r.environments));
  return run.environments
    .filter((name) => !decided.has(name))
    .map((name) => findEnvironment(state, name))
    .filter((env) => env.reviewers.length > 0);
}

export interface ReviewInput {
  login: string;
  environments: string[];
  state: 'approved' | 'rejected';
  comment: string;
}

/**
 * Records a review as GitHub does: only pending environments, only by one of their reviewers,
 * never by the run's triggering actor when the environment prevents self-review.
 */
export function reviewRun(
  state: EmulatorState,
  run: RunRecord,
  input: ReviewInput,
): DeploymentRecord[] {
  for (const name of input.environments) refuseReview(state, run, name, input.login);
  const at = nowIso(state);
  run.reviews.push({ ...input, user: input.login, at });
  run.updatedAt = at;
  if (input.state === 'rejected') return rejectRun(run);
  if (pendingEnvironments(state, run).length === 0 && run.status === 'waiting') {
    run.status = 'in_progress';
  }
  return input.environments.map((environment) =>
    recordDeployment(state, {
      sha: run.headSha,
      ref: run.headBranch ?? run.headSha,
      environment,
      creator: input.login,
      description: input.comment,
    }),
  );
}

/** Throws GitHub's 422 when `login` may not review environment `name` of this run. */
function refuseReview(state: EmulatorState, run: RunRecord, name: string, login: string): void {
  const env = pendingEnvironments(state, run).find((e) => e.name === name);
  if (!env) {
    const message = `No pending deployment requests to approve or reject for environment ${name}`;
    throw new HttpError(422, message);
  }
  if (!isReviewer(state, env, login)) {
    throw new HttpError(422, `${login} is not a required reviewer for environment ${name}`);
  }
  if (env.preventSelfReview && sameLogin(login, run.triggeringActor)) {
    const message = `${login} triggered this run and cannot approve ${name} (prevent_self_review)`;
    throw new HttpError(422, message);
  }
}

function rejectRun(run: RunRecord): DeploymentRecord[] {
  run.status = 'completed';
  run.conclusion = 'failure';
  return [];
}
