import { HttpError, notFound, requireFields, validationFailed } from '../errors.js';
import type { ObjectType, TreeEntry } from '../git-repo.js';
import type { TreeEdit } from '../git-tree.js';
import { nodeId, timestamp } from '../ids.js';
import type { RequestContext, Route, RouteModule, RouteResponse } from '../types.js';
import { accountIdentity, api, gitCommitJson, verifications } from './git-json.js';
import { gitRefRoutes } from './git-refs.js';

const READ = { scope: 'contents', level: 'read' } as const;
const WRITE = { scope: 'contents', level: 'write' } as const;
const SHA = /^[0-9a-f]{40}$/;
const MODE_TYPES: Record<string, ObjectType> = {
  '100644': 'blob',
  '100755': 'blob',
  '120000': 'blob',
  '040000': 'tree',
  '160000': 'commit',
};
const WEB_FLOW = { name: 'GitHub', email: 'noreply@github.com' };

/** GitHub's answer to a malformed sha in a Git Data path. */
function checkSha(sha: string): void {
  if (!SHA.test(sha)) {
    throw new HttpError(
      422,
      'The sha parameter must be exactly 40 characters and contain only [0-9a-f].',
    );
  }
}

/** Base64 wrapped at 60 columns with a trailing newline, as GitHub serves blob and file content. */
export function wrappedBase64(content: Buffer): string {
  const encoded = content.toString('base64');
  return encoded.length === 0 ? '' : `${encoded.match(/.{1,60}/g)?.join('\n')}\n`;
}

export function wantsRaw(ctx: RequestContext): boolean {
  return /application\/vnd\.github(?:\.v3)?\.raw/.test(String(ctx.headers.accept ?? ''));
}

async function createBlob(ctx: RequestContext): Promise<RouteResponse> {
  requireFields(ctx.body, 'Blob', ['content']);
  const { content, encoding = 'utf-8' } = ctx.body;
  if (typeof content !== 'string') throw validationFailed('Blob', 'content', 'invalid');
  if (!['utf-8', 'utf8', 'base64'].includes(encoding)) {
    throw new HttpError(
      422,
      `encoding ${JSON.stringify(encoding)} is not supported; use "utf-8" or "base64"`,
    );
  }
  const sha = await ctx.state.git.writeBlob(
    Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'),
  );
  const url = `${api(ctx)}/git/blobs/${sha}`;
  return { status: 201, body: { sha, url }, headers: { location: url } };
}

async function getBlob(ctx: RequestContext): Promise<RouteResponse> {
  const sha = ctx.params.file_sha as string;
  checkSha(sha);
  if ((await ctx.state.git.objectType(sha)) !== 'blob') throw notFound();
  const content = await ctx.state.git.readBlob(sha);
  if (wantsRaw(ctx))
    return {
      status: 200,
      body: content,
      headers: { 'content-type': 'application/vnd.github.raw' },
    };
  const body = {
    sha,
    node_id: nodeId('Blob', sha),
    size: content.length,
    url: `${api(ctx)}/git/blobs/${sha}`,
    content: wrappedBase64(content),
    encoding: 'base64',
  };
  return { status: 200, body };
}

export function treeJson(
  ctx: RequestContext,
  sha: string,
  entries: TreeEntry[],
): Record<string, unknown> {
  const tree = entries.map((entry) => {
    const item: Record<string, unknown> = {
      path: entry.path,
      mode: entry.mode,
      type: entry.type,
      sha: entry.sha,
    };
    if (entry.size !== undefined) item.size = entry.size;
    if (entry.type !== 'commit') item.url = `${api(ctx)}/git/${entry.type}s/${entry.sha}`;
    return item;
  });
  return { sha, url: `${api(ctx)}/git/trees/${sha}`, tree, truncated: false };
}

async function treeEdit(ctx: RequestContext, raw: unknown, index: number): Promise<TreeEdit> {
  const entry = (raw ?? {}) as Record<string, unknown>;
  const { path, mode, sha, content } = entry;
  const type = (entry.type as ObjectType | undefined) ?? MODE_TYPES[String(mode)];
  if (typeof path !== 'string' || path === '')
    throw validationFailed('Tree', `tree[${index}].path`, 'missing_field');
  if (typeof mode !== 'string' || MODE_TYPES[mode] === undefined || MODE_TYPES[mode] !== type) {
    throw new HttpError(
      422,
      `tree.mode ${JSON.stringify(mode)} with type ${JSON.stringify(type)} is invalid for ${path}; use 100644/100755/120000 blob, 040000 tree or 160000 commit`,
    );
  }
  if (content !== undefined && sha !== undefined) {
    throw new HttpError(422, `tree entry ${path} has both "sha" and "content"; give one`);
  }
  if (typeof content === 'string') {
    if (type !== 'blob')
      throw new HttpError(422, `tree entry ${path}: "content" needs a blob mode`);
    return { path, entry: { mode, type, sha: await ctx.state.git.writeBlob(content) } };
  }
  if (sha === null) return { path, entry: null };
  if (
    typeof sha !== 'string' ||
    (type !== 'commit' && (await ctx.state.git.objectType(sha)) !== type)
  ) {
    throw new HttpError(422, `tree.sha ${JSON.stringify(sha)} is not a valid ${type}`);
  }
  return { path, entry: { mode, type, sha } };
}

async function createTree(ctx: RequestContext): Promise<RouteResponse> {
  requireFields(ctx.body, 'Tree', ['tree']);
  const { tree, base_tree: baseTree } = ctx.body;
  if (!Array.isArray(tree)) throw validationFailed('Tree', 'tree', 'invalid');
  let base: string | null = null;
  if (baseTree !== undefined && baseTree !== null) {
    base = typeof baseTree === 'string' ? await ctx.state.git.resolve(`${baseTree}^{tree}`) : null;
    if (!base) throw new HttpError(422, `base_tree ${JSON.stringify(baseTree)} is not a tree`);
  }
  const edits: TreeEdit[] = [];
  for (const [index, entry] of tree.entries()) edits.push(await treeEdit(ctx, entry, index));
  let sha: string;
  try {
    sha = await ctx.state.git.editTree(base, edits);
  } catch (error) {
    throw new HttpError(422, `Invalid tree info: ${(error as Error).message}`);
  }
  const url = `${api(ctx)}/git/trees/${sha}`;
  return {
    status: 201,
    body: treeJson(ctx, sha, await ctx.state.git.lsTree(sha)),
    headers: { location: url },
  };
}

async function getTree(ctx: RequestContext): Promise<RouteResponse> {
  const name = ctx.params.tree_sha as string;
  const sha = await ctx.state.git.resolve(`${name}^{tree}`);
  if (!sha) throw notFound();
  // GitHub recurses when `recursive` is present at all, whatever its value.
  const entries = await ctx.state.git.lsTree(sha, { recursive: ctx.query.has('recursive') });
  return { status: 200, body: treeJson(ctx, sha, entries) };
}

function identityFrom(raw: unknown, field: string, now: string) {
  const value = raw as { name?: unknown; email?: unknown; date?: unknown };
  const clean = (text: unknown) =>
    typeof text === 'string' && text.trim() !== '' && !/[<>\n\0]/.test(text);
  if (!clean(value?.name) || !clean(value?.email)) {
    throw new HttpError(
      422,
      `${field} needs "name" and "email" (non-empty, without <, > or newlines)`,
    );
  }
  if (
    value.date !== undefined &&
    (typeof value.date !== 'string' || Number.isNaN(Date.parse(value.date)))
  ) {
    throw new HttpError(422, `${field}.date ${JSON.stringify(value.date)} is not an ISO 8601 date`);
  }
  return {
    name: value.name as string,
    email: value.email as string,
    date: (value.date as string) ?? now,
  };
}

async function checkCommitInputs(ctx: RequestContext): Promise<string[]> {
  const { tree, parents = [] } = ctx.body;
  if (typeof tree !== 'string' || (await ctx.state.git.objectType(tree)) !== 'tree') {
    throw new HttpError(422, `Tree SHA does not exist: ${JSON.stringify(tree)}`);
  }
  if (!Array.isArray(parents)) throw validationFailed('Commit', 'parents', 'invalid');
  for (const parent of parents) {
    if (typeof parent !== 'string' || (await ctx.state.git.objectType(parent)) !== 'commit') {
      throw new HttpError(
        422,
        `Parent SHA does not exist or is not a commit object: ${JSON.stringify(parent)}`,
      );
    }
  }
  return parents as string[];
}

/** Without a committer, a commit made with an installation token is signed by GitHub (web-flow). */
async function createCommit(ctx: RequestContext): Promise<RouteResponse> {
  requireFields(ctx.body, 'Commit', ['message', 'tree']);
  if (typeof ctx.body.message !== 'string') throw validationFailed('Commit', 'message', 'invalid');
  const parents = await checkCommitInputs(ctx);
  const now = timestamp(ctx.state.now());
  const author = ctx.body.author
    ? identityFrom(ctx.body.author, 'author', now)
    : accountIdentity(ctx.actor, now);
  const signed = !ctx.body.committer && !!ctx.grant?.installation;
  const committer = ctx.body.committer
    ? identityFrom(ctx.body.committer, 'committer', now)
    : { ...(signed ? WEB_FLOW : author), date: now };
  const git = ctx.state.git;
  const sha = await git.writeCommit({
    tree: ctx.body.tree,
    parents,
    message: ctx.body.message,
    author,
    committer,
  });
  const commit = await git.readCommit(sha);
  if (signed) {
    verifications(ctx.state).set(sha, {
      verified: true,
      reason: 'valid',
      signature:
        '-----BEGIN PGP SIGNATURE-----\n\nemulated web-flow signature\n-----END PGP SIGNATURE-----\n',
      payload: commit.raw,
      verified_at: now,
    });
  }
  return {
    status: 201,
    body: gitCommitJson(ctx, commit),
    headers: { location: `${api(ctx)}/git/commits/${sha}` },
  };
}

async function getCommit(ctx: RequestContext): Promise<RouteResponse> {
  const sha = ctx.params.commit_sha as string;
  if ((await ctx.state.git.objectType(sha)) !== 'commit') throw notFound();
  return { status: 200, body: gitCommitJson(ctx, await ctx.state.git.readCommit(sha)) };
}

export const gitDataRoutes: RouteModule = (state) => {
  const base = '/repos/{owner}/{repo}/git';
  const routes: Route[] = [
    {
      method: 'POST',
      path: `${base}/blobs`,
      operationId: 'git/create-blob',
      permission: WRITE,
      handler: createBlob,
    },
    {
      method: 'GET',
      path: `${base}/blobs/{file_sha}`,
      operationId: 'git/get-blob',
      permission: READ,
      handler: getBlob,
    },
    {
      method: 'POST',
      path: `${base}/trees`,
      operationId: 'git/create-tree',
      permission: WRITE,
      handler: createTree,
    },
    {
      method: 'GET',
      path: `${base}/trees/{tree_sha}`,
      operationId: 'git/get-tree',
      permission: READ,
      handler: getTree,
    },
    {
      method: 'POST',
      path: `${base}/commits`,
      operationId: 'git/create-commit',
      permission: WRITE,
      handler: createCommit,
    },
    {
      method: 'GET',
      path: `${base}/commits/{commit_sha}`,
      operationId: 'git/get-commit',
      permission: READ,
      handler: getCommit,
    },
  ];
  return [...routes, ...gitRefRoutes(state)];
};
