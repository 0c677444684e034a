import type { CommitData, GitIdentity, ObjectType } from '../git-repo.js';
import { nodeId } from '../ids.js';
import { repoApiUrl, repoHtmlUrl, userJson } from '../json.js';
import type { EmulatorState } from '../state.js';
import type { Account, RequestContext } from '../types.js';

type Ctx = Pick<RequestContext, 'state' | 'apiUrl'>;

export interface Verification {
  verified: boolean;
  reason: string;
  signature: string | null;
  payload: string | null;
  verified_at: string | null;
}

const UNSIGNED: Verification = {
  verified: false,
  reason: 'unsigned',
  signature: null,
  payload: null,
  verified_at: null,
};

/** Verification of commits the emulator signed "as GitHub" (web-flow), by sha. */
export function verifications(state: EmulatorState): Map<string, Verification> {
  return state.area('git-data:verification', () => new Map<string, Verification>());
}

export function verificationOf(state: EmulatorState, sha: string): Verification {
  return verifications(state).get(sha) ?? UNSIGNED;
}

export function api(ctx: Ctx): string {
  return repoApiUrl(ctx.state, ctx.apiUrl);
}

export function html(ctx: Ctx): string {
  return repoHtmlUrl(ctx.state, ctx.apiUrl);
}

/** GitHub's `git-commit` object (Git Data API). */
export function gitCommitJson(ctx: Ctx, commit: CommitData): Record<string, unknown> {
  return {
    sha: commit.sha,
    node_id: nodeId('Commit', commit.sha),
    url: `${api(ctx)}/git/commits/${commit.sha}`,
    html_url: `${html(ctx)}/commit/${commit.sha}`,
    author: identityJson(commit.author),
    committer: identityJson(commit.committer),
    tree: { sha: commit.tree, url: `${api(ctx)}/git/trees/${commit.tree}` },
    message: commit.message,
    parents: commit.parents.map((sha) => parentJson(ctx, sha, 'git/commits')),
    verification: verificationOf(ctx.state, commit.sha),
  };
}

/** GitHub's `commit` object (REST commits, compare, branches). */
export function commitJson(ctx: Ctx, commit: CommitData): Record<string, unknown> {
  const url = `${api(ctx)}/commits/${commit.sha}`;
  return {
    sha: commit.sha,
    node_id: nodeId('Commit', commit.sha),
    commit: {
      author: identityJson(commit.author),
      committer: identityJson(commit.committer),
      message: commit.message.replace(/\n$/, ''),
      tree: { sha: commit.tree, url: `${api(ctx)}/git/trees/${commit.tree}` },
      url: `${api(ctx)}/git/commits/${commit.sha}`,
      comment_count: 0,
      verification: verificationOf(ctx.state, commit.sha),
    },
    url,
    html_url: `${html(ctx)}/commit/${commit.sha}`,
    comments_url: `${url}/comments`,
    author: accountJsonForEmail(ctx, commit.author.email),
    committer: accountJsonForEmail(ctx, commit.committer.email),
    parents: commit.parents.map((sha) => parentJson(ctx, sha, 'commits')),
  };
}

function parentJson(ctx: Ctx, sha: string, kind: string): Record<string, string> {
  return { sha, url: `${api(ctx)}/${kind}/${sha}`, html_url: `${html(ctx)}/commit/${sha}` };
}

function identityJson(identity: GitIdentity): Record<string, string> {
  return { name: identity.name, email: identity.email, date: identity.date };
}

/** GitHub links a commit to the account whose (noreply) email it carries. */
export function accountForEmail(state: EmulatorState, email: string): Account | undefined {
  const noreply = /^(?:(\d+)\+)?([^@]+)@users\.noreply\.github\.com$/i.exec(email);
  if (noreply) return state.findAccount(noreply[2] as string);
  const lower = email.toLowerCase();
  return state.accounts().find((account) => account.email?.toLowerCase() === lower);
}

function accountJsonForEmail(ctx: Ctx, email: string): Record<string, unknown> | null {
  const account = accountForEmail(ctx.state, email);
  return account ? userJson(account, ctx.apiUrl) : null;
}

/** The noreply identity GitHub gives an account that has no public email. */
export function accountIdentity(account: Account, date: string): GitIdentity {
  return {
    name: account.name ?? account.login,
    email: account.email ?? `${account.id}+${account.login}@users.noreply.github.com`,
    date,
  };
}

export function refJson(
  ctx: Ctx,
  ref: string,
  sha: string,
  type: ObjectType,
): Record<string, unknown> {
  return {
    ref,
    node_id: nodeId('Ref', ref),
    url: `${api(ctx)}/git/${ref}`,
    object: { type, sha, url: `${api(ctx)}/git/${type}s/${sha}` },
  };
}
