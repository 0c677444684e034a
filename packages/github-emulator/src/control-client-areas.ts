import { controlRequest, type ControlTarget } from './control-client.js';

/**
 * Typed helpers over the emulator's control routes for issues, runs, environments and releases.
 * `emulator` is a RunningEmulator (or its `control`): the calls send its admin token.
 */

export interface CommentJson {
  id: number;
  body: string;
  created_at: string;
  updated_at: string;
  html_url: string;
  user: { login: string; type: string };
  [key: string]: unknown;
}

export interface ReactionJson {
  id: number;
  content: string;
  user: { login: string };
  [key: string]: unknown;
}

export interface RunJson {
  id: number;
  head_sha: string;
  head_branch: string | null;
  event: string;
  status: string | null;
  html_url: string;
  actor: { login: string };
  triggering_actor: { login: string };
  [key: string]: unknown;
}

export interface RunSpec {
  actor: string;
  triggering_actor?: string;
  head_sha?: string;
  head_branch?: string | null;
  event?: string;
  name?: string;
  status?: string;
  conclusion?: string | null;
  path?: string;
  display_title?: string;
  run_attempt?: number;
  /** Environments the run targets; those with required reviewers wait for review. */
  environments?: string[];
}

export type ReviewerSpec = { type: 'User'; login: string } | { type: 'Team'; slug: string };

export interface EnvironmentSpec {
  reviewers?: ReviewerSpec[];
  wait_timer?: number;
  prevent_self_review?: boolean;
  /** Custom deployment branch policies; null or absent: any branch. */
  branch_policies?: Array<{ name: string; type?: 'branch' | 'tag' }> | null;
}

export interface EnvironmentJson {
  id: number;
  name: string;
  protection_rules: Array<Record<string, unknown>>;
  [key: string]: unknown;
}

export interface ApprovalSpec {
  login: string;
  state: 'approved' | 'rejected';
  comment?: string;
  /** Environment names; default: every environment the run waits on. */
  environments?: string[];
}

export interface DeploymentJson {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  [key: string]: unknown;
}

export interface ReleaseSpec {
  tag_name: string;
  author: string;
  prerelease?: boolean;
  draft?: boolean;
  target_commitish?: string;
  name?: string;
  body?: string;
  published_at?: string;
  created_at?: string;
}

export interface ReleaseJson {
  id: number;
  tag_name: string;
  draft: boolean;
  prerelease: boolean;
  author: { login: string };
  [key: string]: unknown;
}

/** Posts a comment on an issue or pull request as `login`, optionally backdated. */
export function postCommentAs(
  emulator: ControlTarget,
  issueNumber: number,
  login: string,
  body: string,
  options: { createdAt?: string | Date } = {},
): Promise<CommentJson> {
  const createdAt =
    options.createdAt instanceof Date ? options.createdAt.toISOString() : options.createdAt;
  return controlRequest(emulator, 'POST', `/issues/${issueNumber}/comments`, {
    login,
    body,
    ...(createdAt !== undefined && { created_at: createdAt }),
  });
}

/** Edits a comment as its author; its updated_at moves past created_at. */
export function editComment(
  emulator: ControlTarget,
  commentId: number,
  body: string,
): Promise<CommentJson> {
  return controlRequest(emulator, 'PATCH', `/comments/${commentId}`, { body });
}

export function addReaction(
  emulator: ControlTarget,
  commentId: number,
  login: string,
  content: string,
): Promise<ReactionJson> {
  return controlRequest(emulator, 'POST', `/comments/${commentId}/reactions`, { login, content });
}

/** Starts a workflow run; head_sha defaults to the tip of head_branch (default main). */
export function createRun(emulator: ControlTarget, spec: RunSpec): Promise<RunJson> {
  return controlRequest(emulator, 'POST', '/runs', spec);
}

/** Moves a run to a status and conclusion, as a runner reports it. */
export function updateRun(
  emulator: ControlTarget,
  runId: number,
  update: { status?: string; conclusion?: string | null },
): Promise<RunJson> {
  return controlRequest(emulator, 'PATCH', `/runs/${runId}`, update);
}

/** A job of the run reached `environment`: the run waits when its reviewers have not decided. */
export function targetEnvironment(
  emulator: ControlTarget,
  runId: number,
  environment: string,
): Promise<RunJson> {
  return controlRequest(emulator, 'POST', `/runs/${runId}/environments`, { environment });
}

/** Creates or replaces an environment and its protection rules. */
export function setEnvironment(
  emulator: ControlTarget,
  name: string,
  spec: EnvironmentSpec,
): Promise<EnvironmentJson> {
  return controlRequest(emulator, 'PUT', `/environments/${encodeURIComponent(name)}`, spec);
}

/** Reviews a run's pending deployments as `login`, under GitHub's rules (reviewer, pending). */
export function approveRun(
  emulator: ControlTarget,
  runId: number,
  spec: ApprovalSpec,
): Promise<DeploymentJson[]> {
  return controlRequest(emulator, 'POST', `/runs/${runId}/approvals`, spec);
}

/** Creates a release; a published one also tags its target in the bare repository. */
export function createRelease(emulator: ControlTarget, spec: ReleaseSpec): Promise<ReleaseJson> {
  return controlRequest(emulator, 'POST', '/releases', spec);
}

/** Creates or updates an environment secret; only its name is ever listed, never its value. */
export function setEnvironmentSecret(
  emulator: ControlTarget,
  environment: string,
  name: string,
  value = 'secret',
): Promise<void> {
  const path = `/environments/${encodeURIComponent(environment)}/secrets/${encodeURIComponent(name)}`;
  return controlRequest(emulator, 'PUT', path, { value });
}

/** Creates or updates an environment variable. */
export function setEnvironmentVariable(
  emulator: ControlTarget,
  environment: string,
  name: string,
  value: string,
): Promise<void> {
  const path = `/environments/${encodeURIComponent(environment)}/variables/${encodeURIComponent(name)}`;
  return controlRequest(emulator, 'PUT', path, { value });
}
