/** Webhook payload builders shaped like GitHub's (`repository`, `sender`, ...), typed loosely. */

export type Payload = Record<string, unknown>;

export const DEFAULT_REPOSITORY = 'octo-org/infra-fleet';
const SERVER = 'https://github.com';
const API = 'https://api.github.com';

export function userPayload(login = 'octocat', id = 583231): Payload {
  return {
    login,
    id,
    node_id: `U_${id}`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false,
    html_url: `${SERVER}/${login}`,
    url: `${API}/users/${login}`,
  };
}

export function repositoryPayload(fullName = DEFAULT_REPOSITORY): Payload {
  const [owner = 'octo-org', name = 'infra-fleet'] = fullName.split('/');
  return {
    id: 1296269,
    node_id: 'R_kgDOABPHjQ',
    name,
    full_name: fullName,
    private: true,
    owner: { ...userPayload(owner, 9919), type: 'Organization' },
    html_url: `${SERVER}/${fullName}`,
    url: `${API}/repos/${fullName}`,
    clone_url: `${SERVER}/${fullName}.git`,
    default_branch: 'main',
  };
}

interface Common {
  repository?: string;
  sender?: string;
}

function envelope(options: Common): Payload {
  return {
    repository: repositoryPayload(options.repository),
    sender: userPayload(options.sender),
  };
}

export interface ReleaseOptions extends Common {
  tagName: string;
  author?: string;
  prerelease?: boolean;
  draft?: boolean;
  targetCommitish?: string;
  name?: string;
}

/** `release` with action `published`. */
export function releasePublishedEvent(options: ReleaseOptions): { name: string; payload: Payload } {
  const repository = options.repository ?? DEFAULT_REPOSITORY;
  const release = {
    id: 1,
    tag_name: options.tagName,
    name: options.name ?? options.tagName,
    target_commitish: options.targetCommitish ?? 'main',
    draft: options.draft ?? false,
    prerelease: options.prerelease ?? false,
    author: userPayload(options.author ?? options.sender),
    html_url: `${SERVER}/${repository}/releases/tag/${encodeURIComponent(options.tagName)}`,
    created_at: '2025-01-01T00:00:00Z',
    published_at: '2025-01-01T00:00:00Z',
  };
  return { name: 'release', payload: { action: 'published', release, ...envelope(options) } };
}

export interface PushOptions extends Common {
  before: string;
  after: string;
  ref?: string;
  forced?: boolean;
}

const ZERO_SHA = '0'.repeat(40);

export function pushEvent(options: PushOptions): { name: string; payload: Payload } {
  const repository = options.repository ?? DEFAULT_REPOSITORY;
  const sender = options.sender ?? 'octocat';
  const payload = {
    ref: options.ref ?? 'refs/heads/main',
    before: options.before,
    after: options.after,
    created: options.before === ZERO_SHA,
    deleted: options.after === ZERO_SHA,
    forced: options.forced ?? false,
    base_ref: null,
    compare: `${SERVER}/${repository}/compare/${options.before.slice(0, 12)}...${options.after.slice(0, 12)}`,
    commits: [],
    head_commit: options.after === ZERO_SHA ? null : { id: options.after, tree_id: ZERO_SHA },
    pusher: { name: sender, email: `${sender}@users.noreply.github.com` },
    ...envelope(options),
  };
  return { name: 'push', payload };
}

export interface DispatchOptions extends Common {
  inputs?: Record<string, string | boolean | number>;
  ref?: string;
  workflow?: string;
}

export function workflowDispatchEvent(options: DispatchOptions = {}): {
  name: string;
  payload: Payload;
} {
  const payload = {
    inputs: options.inputs ?? {},
    ref: options.ref ?? 'refs/heads/main',
    workflow: options.workflow ?? '.github/workflows/rollback.yml',
    ...envelope(options),
  };
  return { name: 'workflow_dispatch', payload };
}

export interface PullRequestOptions extends Common {
  number: number;
  baseSha: string;
  headSha: string;
  baseRef?: string;
  headRef?: string;
  action?: string;
}

/** `pull_request` (default action `synchronize`), with the fields actions read from it. */
export function pullRequestEvent(options: PullRequestOptions): { name: string; payload: Payload } {
  const repository = options.repository ?? DEFAULT_REPOSITORY;
  const pullRequest = {
    number: options.number,
    state: 'open',
    html_url: `${SERVER}/${repository}/pull/${options.number}`,
    user: userPayload(options.sender),
    base: { ref: options.baseRef ?? 'main', sha: options.baseSha },
    head: { ref: options.headRef ?? 'feature', sha: options.headSha },
  };
  const payload = {
    action: options.action ?? 'synchronize',
    number: options.number,
    pull_request: pullRequest,
    ...envelope(options),
  };
  return { name: 'pull_request', payload };
}
