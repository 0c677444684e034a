import { HttpError, type RequestContext, type RouteModule, type RouteResponse } from '../http.js';
import {
  asRecord,
  controlRoute,
  knownLogin,
  nowIso,
  ok,
  optionalString,
  requireString,
} from './areas-util.js';
import { ensureTag, resolveCommit } from './areas-git.js';
import { optionalTime } from './control-issues.js';
import { releaseJson, releases, type ReleaseRecord } from './releases.js';

/** Control API: publish a release as a given author; a published release tags its target. */

export const releasesControlRoutes: RouteModule = () => [
  controlRoute('POST', '/_emulator/releases', createHandler),
];
export default releasesControlRoutes;

async function createHandler(ctx: RequestContext): Promise<RouteResponse> {
  const body = asRecord(ctx.body);
  const tagName = requireString(body, 'tag_name', 'Release');
  const author = knownLogin(ctx.state, requireString(body, 'author', 'Release'));
  refuseTaken(ctx, tagName);
  const draft = body.draft === true;
  const target = optionalString(body, 'target_commitish', 'Release') ?? 'main';
  const publishedAt = draft
    ? null
    : (optionalTime(body.published_at, 'published_at') ?? nowIso(ctx.state));
  const release: ReleaseRecord = {
    id: ctx.state.nextId(),
    tagName,
    targetCommitish: target,
    name: optionalString(body, 'name', 'Release') ?? tagName,
    body: optionalString(body, 'body', 'Release') ?? null,
    draft,
    prerelease: body.prerelease === true,
    author,
    createdAt: optionalTime(body.created_at, 'created_at') ?? publishedAt ?? nowIso(ctx.state),
    publishedAt,
  };
  if (!draft) await tagTarget(ctx, tagName, target);
  refuseTaken(ctx, tagName); // again: another request may have taken the tag while git ran
  releases(ctx.state).set(release.id, release);
  return ok(releaseJson(ctx, release), 201);
}

function refuseTaken(ctx: RequestContext, tagName: string): void {
  if ([...releases(ctx.state).values()].some((r) => r.tagName === tagName)) {
    throw new HttpError(422, 'Validation Failed', {
      errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name', value: tagName }],
    });
  }
}

async function tagTarget(ctx: RequestContext, tag: string, target: string): Promise<void> {
  if (await resolveCommit(ctx.state, `refs/tags/${tag}`)) return;
  const sha = await resolveCommit(ctx.state, target);
  if (!sha)
    throw new HttpError(
      422,
      `target_commitish ${target} is not a branch or commit in the repository`,
    );
  await ensureTag(ctx.state, tag, sha);
}
