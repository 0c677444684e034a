/** Typed helpers over the emulator's control routes for issues, runs, environments and releases. */

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

/** Calls one control route and fails with the emulator's message when it refuses. */
async function call<T>(url: string, method: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${url.replace(/\/$/, '')}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`emulator ${method} ${path} answered ${response.status}: ${text}`);
  }
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/** Posts a comment on an issue or pull request as `login`, optionally backdated. */
export function postCommentAs(
  url: string,
  issueNumber: number,
  login: string,
  body: string,
  options: { createdAt?: string | Date } = {},
): Promise<CommentJson> {
  const createdAt =
    options.createdAt instanceof Date ? options.createdAt.toISOString() : options.createdAt;
  return call(url, 'POST', `/_emulator/issues/${issueNumber}/comments`, {
    login,
    body,
    ...(createdAt !== undefined && { created_at: createdAt }),
  });
}

/** Edits a comment as its author; its updated_at moves past created_at. */
export function editComment(url: string, commentId: number, body: string): Promise<CommentJson> {
  return call(url, 'PATCH', `/_emulator/comments/${commentId}`, { body });
}

export function addReaction(
  url: string,
  commentId: number,
  login: string,
  content: string,
): Promise<ReactionJson> {
  return call(url, 'POST', `/_emulator/comments/${commentId}/reactions`, { login, content });
}

/** Starts a workflow run; head_sha defaults to the tip of head_branch (default main). */
export function createRun(url: string, spec: RunSpec): Promise<RunJson> {
  return call(url, 'POST', '/_emulator/runs', spec);
}

/** Creates or replaces an environment and its protection rules. */
export function setEnvironment(
  url: string,
  name: string,
  spec: EnvironmentSpec,
): Promise<EnvironmentJson> {
  return call(url, 'PUT', `/_emulator/environments/${encodeURIComponent(name)}`, spec);
}

/** Reviews a run's pending deployments as `login`, under GitHub's rules (reviewer, pending). */
export function approveRun(
  url: string,
  runId: number,
  spec: ApprovalSpec,
): Promise<DeploymentJson[]> {
  return call(url, 'POST', `/_emulator/runs/${runId}/approvals`, spec);
}

/** Creates a release; a published one also tags its target in the bare repository. */
export function createRelease(url: string, spec: ReleaseSpec): Promise<ReleaseJson> {
  return call(url, 'POST', '/_emulator/releases', spec);
}
