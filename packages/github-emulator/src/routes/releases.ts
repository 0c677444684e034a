import type { RequestContext, RouteModule, RouteResponse } from '../http.js';
import { nodeId, type EmulatorState } from '../state.js';
import { notFound, ok, repoApi, repoHtml, route, userJsonFor } from './areas-util.js';
import { reactionRollup } from './issues-store.js';

/** Releases: list (newest first), latest (published, not prerelease), by tag. */

export interface ReleaseRecord {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  author: string;
  createdAt: string;
  publishedAt: string | null;
}

const read = { scope: 'contents', level: 'read' } as const;

export const releaseRoutes: RouteModule = () => [
  {
    ...route('GET', '/repos/{owner}/{repo}/releases', 'repos/list-releases', read, list),
    paginate: true,
  },
  route('GET', '/repos/{owner}/{repo}/releases/latest', 'repos/get-latest-release', read, latest),
  route(
    'GET',
    '/repos/{owner}/{repo}/releases/tags/{tag}',
    'repos/get-release-by-tag',
    read,
    byTag,
  ),
];
export default releaseRoutes;

export function releases(state: EmulatorState): Map<number, ReleaseRecord> {
  return state.area('releases', () => new Map<number, ReleaseRecord>());
}

/** Newest first by created_at (the release commit's date on GitHub), then by id. */
export function newestFirst(all: Iterable<ReleaseRecord>): ReleaseRecord[] {
  return [...all].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
}

/** Drafts are visible only to callers who can push (contents: write). */
function list(ctx: RequestContext): RouteResponse {
  const canPush = ctx.grant?.permissions.contents === 'write';
  const visible = newestFirst(releases(ctx.state).values()).filter((r) => canPush || !r.draft);
  return ok(visible.map((r) => releaseJson(ctx, r)));
}

function latest(ctx: RequestContext): RouteResponse {
  const release = newestFirst(releases(ctx.state).values()).find((r) => !r.draft && !r.prerelease);
  if (!release) throw notFound();
  return ok(releaseJson(ctx, release));
}

function byTag(ctx: RequestContext): RouteResponse {
  const tag = ctx.params.tag ?? '';
  const release = [...releases(ctx.state).values()].find((r) => r.tagName === tag && !r.draft);
  if (!release) throw notFound();
  return ok(releaseJson(ctx, release));
}

export function releaseJson(ctx: RequestContext, r: ReleaseRecord): Record<string, unknown> {
  const url = `${repoApi(ctx)}/releases/${r.id}`;
  const tag = encodeURIComponent(r.tagName);
  return {
    url,
    html_url: `${repoHtml(ctx)}/releases/tag/${tag}`,
    assets_url: `${url}/assets`,
    upload_url: `${url}/assets{?name,label}`,
    tarball_url: r.draft ? null : `${repoApi(ctx)}/tarball/${tag}`,
    zipball_url: r.draft ? null : `${repoApi(ctx)}/zipball/${tag}`,
    id: r.id,
    node_id: nodeId('RE', r.id),
    tag_name: r.tagName,
    target_commitish: r.targetCommitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    immutable: false,
    created_at: r.createdAt,
    published_at: r.publishedAt,
    updated_at: r.publishedAt ?? r.createdAt,
    author: userJsonFor(ctx, r.author),
    assets: [],
    reactions: reactionRollup(`${url}/reactions`, []),
  };
}
