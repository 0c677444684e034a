import { posix } from 'node:path';
import { HttpError, notFound } from '../errors.js';
import type { TreeEntry } from '../git-repo.js';
import type { RequestContext, Route, RouteModule, RouteResponse } from '../types.js';
import { wantsRaw, wrappedBase64 } from './git-data.js';
import { api, html } from './git-json.js';

const CONTENTS = { scope: 'contents', level: 'read' } as const;
/** Above 1 MB GitHub leaves `content` empty with encoding "none". */
const MAX_INLINE_BYTES = 1024 * 1024;

type Kind = 'file' | 'dir' | 'symlink' | 'submodule';

function kindOf(entry: TreeEntry): Kind {
  if (entry.type === 'tree') return 'dir';
  if (entry.type === 'commit') return 'submodule';
  return entry.mode === '120000' ? 'symlink' : 'file';
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** Fields every content object has (self/git/html links). */
function itemJson(ctx: RequestContext, ref: string, entry: TreeEntry, kind: Kind, path: string) {
  const url = `${api(ctx)}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`;
  const gitUrl = `${api(ctx)}/git/${kind === 'file' || kind === 'symlink' ? 'blobs' : 'trees'}/${entry.sha}`;
  const htmlUrl = `${html(ctx)}/${kind === 'dir' ? 'tree' : 'blob'}/${ref}/${encodePath(path)}`;
  const downloadable = kind === 'file' || kind === 'symlink';
  return {
    type: kind,
    size: entry.size ?? 0,
    name: posix.basename(path),
    path,
    sha: entry.sha,
    url,
    git_url: gitUrl,
    html_url: htmlUrl,
    download_url: downloadable ? `${html(ctx)}/raw/${ref}/${encodePath(path)}` : null,
    _links: { self: url, git: gitUrl, html: htmlUrl },
  };
}

async function fileJson(ctx: RequestContext, ref: string, entry: TreeEntry, path: string) {
  const content = await ctx.state.git.readBlob(entry.sha);
  const inline = content.length <= MAX_INLINE_BYTES;
  return {
    ...itemJson(ctx, ref, entry, 'file', path),
    content: inline ? wrappedBase64(content) : '',
    encoding: inline ? 'base64' : 'none',
  };
}

async function directoryJson(ctx: RequestContext, ref: string, tree: string, dir: string) {
  const entries = await ctx.state.git.lsTree(tree);
  return entries.map((entry) => {
    const kind = kindOf(entry);
    const path = dir === '' ? entry.path : `${dir}/${entry.path}`;
    // GitHub lists submodules as "file" inside a directory, for backwards compatibility.
    return itemJson(ctx, ref, entry, kind === 'submodule' ? 'file' : kind, path);
  });
}

async function entryAt(
  ctx: RequestContext,
  commit: string,
  path: string,
): Promise<TreeEntry | undefined> {
  const entries = await ctx.state.git.lsTree(commit, { path });
  return entries.find((entry) => entry.path === path);
}

/** A symlink to a regular file in the repository answers with that file; any other link describes itself. */
async function symlinkJson(
  ctx: RequestContext,
  ref: string,
  commit: string,
  entry: TreeEntry,
  path: string,
) {
  const target = (await ctx.state.git.readBlob(entry.sha)).toString('utf8');
  const resolved = posix.normalize(posix.join(posix.dirname(path), target));
  const inside = !posix.isAbsolute(target) && !resolved.startsWith('..');
  const file = inside ? await entryAt(ctx, commit, resolved) : undefined;
  if (file && kindOf(file) === 'file') return fileJson(ctx, ref, file, resolved);
  return { ...itemJson(ctx, ref, entry, 'symlink', path), target };
}

function submoduleJson(ctx: RequestContext, ref: string, entry: TreeEntry, path: string) {
  return { ...itemJson(ctx, ref, entry, 'submodule', path), submodule_git_url: `${html(ctx)}.git` };
}

async function getContent(ctx: RequestContext): Promise<RouteResponse> {
  const ref = ctx.query.get('ref') || 'main';
  const commit = await ctx.state.git.resolveCommit(ref);
  if (!commit) throw new HttpError(404, `No commit found for the ref ${ref}`);
  const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
  if (path === '') return { status: 200, body: await directoryJson(ctx, ref, commit, '') };
  const entry = await entryAt(ctx, commit, path);
  if (!entry) throw notFound();
  const kind = kindOf(entry);
  if (kind === 'dir') return { status: 200, body: await directoryJson(ctx, ref, entry.sha, path) };
  if (kind === 'submodule') return { status: 200, body: submoduleJson(ctx, ref, entry, path) };
  if (kind === 'file' && wantsRaw(ctx)) {
    const raw = await ctx.state.git.readBlob(entry.sha);
    return { status: 200, body: raw, headers: { 'content-type': 'application/vnd.github.raw' } };
  }
  const body =
    kind === 'symlink'
      ? await symlinkJson(ctx, ref, commit, entry, path)
      : await fileJson(ctx, ref, entry, path);
  return { status: 200, body };
}

export const contentRoutes: RouteModule = () => [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/contents/{path}',
    operationId: 'repos/get-content',
    permission: CONTENTS,
    handler: getContent,
  } satisfies Route,
];
