import { HttpError } from '../errors.js';
import { paginate } from '../pagination.js';
import type { EmulatorState } from '../state.js';
import type { RequestContext, Route, RouteModule, RouteResponse } from '../types.js';
import { contentRoutes } from './contents.js';
import { api, commitJson, html } from './git-json.js';

const METADATA = { scope: 'metadata', level: 'read' } as const;
const CONTENTS = { scope: 'contents', level: 'read' } as const;
/** GitHub lists at most 250 commits in a comparison. */
const MAX_COMPARE_COMMITS = 250;

async function getRepository(ctx: RequestContext): Promise<RouteResponse> {
  return { status: 200, body: ctx.state.repositoryJson(ctx.apiUrl) };
}

async function branchTips(state: EmulatorState) {
  const refs = await state.git.listRefs('refs/heads/');
  return refs.map((entry) => ({ name: entry.ref.slice('refs/heads/'.length), sha: entry.sha }));
}

async function listBranches(ctx: RequestContext): Promise<RouteResponse> {
  // No branch is protected in the emulator, so `protected=true` lists none.
  const tips = ctx.query.get('protected') === 'true' ? [] : await branchTips(ctx.state);
  const body = tips.map((tip) => ({
    name: tip.name,
    commit: { sha: tip.sha, url: `${api(ctx)}/commits/${tip.sha}` },
    protected: false,
  }));
  return { status: 200, body };
}

async function getBranch(ctx: RequestContext): Promise<RouteResponse> {
  const name = ctx.params.branch as string;
  const sha = (await ctx.state.git.listRefs(`refs/heads/${name}`)).find(
    (e) => e.ref === `refs/heads/${name}`,
  )?.sha;
  if (!sha) throw new HttpError(404, 'Branch not found');
  const self = `${api(ctx)}/branches/${encodeURIComponent(name)}`;
  const body = {
    name,
    commit: commitJson(ctx, await ctx.state.git.readCommit(sha)),
    _links: { self, html: `${html(ctx)}/tree/${name}` },
    protected: false,
    protection: {
      enabled: false,
      required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
    },
    protection_url: `${self}/protection`,
  };
  return { status: 200, body };
}

async function commitOrNotFound(state: EmulatorState, name: string): Promise<string> {
  const sha = await state.git.resolveCommit(name);
  if (!sha) throw new HttpError(404, `No commit found for the ref ${name}`);
  return sha;
}

/** `GET /commits`: from `sha` (default the default branch), optionally only those touching `path`. */
async function listCommits(ctx: RequestContext): Promise<RouteResponse> {
  const start = ctx.query.get('sha') || ctx.state.repositoryJson(ctx.apiUrl).default_branch;
  const head = await ctx.state.git.resolveCommit(String(start));
  if (!head) throw new HttpError(404, `No commit found for SHA: ${start}`);
  const path = ctx.query.get('path')?.replace(/^\/+|\/+$/g, '') || undefined;
  const history = await ctx.state.git.history(head, path);
  const page = paginate(history, ctx.query, `${ctx.apiUrl}${ctx.path}`);
  const body = [];
  for (const sha of page.items) body.push(commitJson(ctx, await ctx.state.git.readCommit(sha)));
  return { status: 200, body, headers: page.link ? { link: page.link } : {} };
}

function compareStatus(ahead: number, behind: number): string {
  if (ahead === 0 && behind === 0) return 'identical';
  if (behind === 0) return 'ahead';
  return ahead === 0 ? 'behind' : 'diverged';
}

/** `base...head`: commits and files since the merge base, as GitHub compares. */
async function compare(ctx: RequestContext): Promise<RouteResponse> {
  const git = ctx.state.git;
  const { base = '', head = '' } = ctx.params;
  const [baseSha, headSha] = [
    await commitOrNotFound(ctx.state, base),
    await commitOrNotFound(ctx.state, head),
  ];
  const mergeBase = await git.mergeBase(baseSha, headSha);
  if (!mergeBase) throw new HttpError(404, `No common ancestor between ${base} and ${head}.`);
  const ahead = await git.commitsBetween(baseSha, headSha);
  const behind = await git.commitsBetween(headSha, baseSha);
  const page = paginate(ahead.slice(0, MAX_COMPARE_COMMITS), ctx.query, `${ctx.apiUrl}${ctx.path}`);
  const commits = [];
  for (const sha of page.items) commits.push(commitJson(ctx, await git.readCommit(sha)));
  const files = await git.diffFiles(mergeBase, headSha);
  const spec = `${base}...${head}`;
  const body = {
    url: `${api(ctx)}/compare/${spec}`,
    html_url: `${html(ctx)}/compare/${spec}`,
    permalink_url: `${html(ctx)}/compare/${ctx.state.owner}:${baseSha.slice(0, 7)}...${ctx.state.owner}:${headSha.slice(0, 7)}`,
    diff_url: `${html(ctx)}/compare/${spec}.diff`,
    patch_url: `${html(ctx)}/compare/${spec}.patch`,
    base_commit: commitJson(ctx, await git.readCommit(baseSha)),
    merge_base_commit: commitJson(ctx, await git.readCommit(mergeBase)),
    status: compareStatus(ahead.length, behind.length),
    ahead_by: ahead.length,
    behind_by: behind.length,
    total_commits: ahead.length,
    commits,
    files: files.map((file) => diffEntryJson(ctx, headSha, file)),
  };
  return { status: 200, body, headers: page.link ? { link: page.link } : {} };
}

export function diffEntryJson(
  ctx: RequestContext,
  headSha: string,
  file: {
    filename: string;
    status: string;
    sha: string | null;
    additions: number;
    deletions: number;
    previous_filename?: string;
  },
): Record<string, unknown> {
  const path = file.filename.split('/').map(encodeURIComponent).join('/');
  const entry: Record<string, unknown> = {
    sha: file.sha,
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: `${html(ctx)}/blob/${headSha}/${path}`,
    raw_url: `${html(ctx)}/raw/${headSha}/${path}`,
    contents_url: `${api(ctx)}/contents/${path}?ref=${headSha}`,
  };
  if (file.previous_filename !== undefined) entry.previous_filename = file.previous_filename;
  return entry;
}

export const repoRoutes: RouteModule = (state) => {
  const base = '/repos/{owner}/{repo}';
  const routes: Route[] = [
    {
      method: 'GET',
      path: base,
      operationId: 'repos/get',
      permission: METADATA,
      handler: getRepository,
    },
    {
      method: 'GET',
      path: `${base}/branches`,
      operationId: 'repos/list-branches',
      permission: METADATA,
      paginate: true,
      handler: listBranches,
    },
    {
      method: 'GET',
      path: `${base}/branches/{branch}`,
      operationId: 'repos/get-branch',
      permission: METADATA,
      handler: getBranch,
    },
    {
      method: 'GET',
      path: `${base}/commits`,
      operationId: 'repos/list-commits',
      permission: CONTENTS,
      handler: listCommits,
    },
    {
      method: 'GET',
      path: `${base}/compare/{base}...{head}`,
      operationId: 'repos/compare-commits',
      permission: CONTENTS,
      handler: compare,
    },
  ];
  return [...routes, ...contentRoutes(state)];
};
