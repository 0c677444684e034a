import { HttpError, notFound, requireFields } from '../errors.js';
import { timestamp } from '../ids.js';
import type { EmulatorState } from '../state.js';
import type { RequestContext, Route, RouteModule, RouteResponse } from '../types.js';
import { refJson } from './git-json.js';

const READ = { scope: 'contents', level: 'read' } as const;
const WRITE = { scope: 'contents', level: 'write' } as const;
const CAS_ATTEMPTS = 3;

async function exactRef(state: EmulatorState, ref: string) {
  return (await state.git.listRefs(ref)).find((entry) => entry.ref === ref);
}

async function getRef(ctx: RequestContext): Promise<RouteResponse> {
  const found = await exactRef(ctx.state, `refs/${ctx.params.ref}`);
  if (!found) throw notFound();
  return { status: 200, body: refJson(ctx, found.ref, found.sha, found.type) };
}

/** Every ref whose name starts with `refs/<ref>` (a plain prefix, as GitHub matches). */
async function listMatchingRefs(ctx: RequestContext): Promise<RouteResponse> {
  const prefix = `refs/${ctx.params.ref}`;
  const refs = (await ctx.state.git.listRefs()).filter((entry) => entry.ref.startsWith(prefix));
  return { status: 200, body: refs.map((entry) => refJson(ctx, entry.ref, entry.sha, entry.type)) };
}

async function checkRefName(ctx: RequestContext, ref: unknown): Promise<string> {
  if (typeof ref !== 'string' || !/^refs\/[^/]+\/.+/.test(ref)) {
    throw new HttpError(
      422,
      `Reference name ${JSON.stringify(ref)} must start with 'refs' and have at least two slashes, e.g. refs/heads/main`,
    );
  }
  try {
    await ctx.state.git.run(['check-ref-format', ref]);
  } catch {
    throw new HttpError(422, `${ref} is not a valid ref name.`);
  }
  return ref;
}

async function checkObject(ctx: RequestContext, sha: unknown) {
  const type = typeof sha === 'string' ? await ctx.state.git.objectType(sha) : null;
  if (!type) throw new HttpError(422, 'Object does not exist');
  return { sha: sha as string, type };
}

async function createRef(ctx: RequestContext): Promise<RouteResponse> {
  requireFields(ctx.body, 'Reference', ['ref', 'sha']);
  const ref = await checkRefName(ctx, ctx.body.ref);
  const { sha, type } = await checkObject(ctx, ctx.body.sha);
  const created = await ctx.state.git.serializeRefUpdate(() =>
    ctx.state.git.casRef(ref, sha, null),
  );
  if (!created) throw new HttpError(422, 'Reference already exists');
  const body = refJson(ctx, ref, sha, type);
  return { status: 201, body, headers: { location: body.url as string } };
}

/** A racing writer armed through the control API lands its commit just before this update. */
async function runRace(ctx: RequestContext, ref: string): Promise<void> {
  if (!ref.startsWith('refs/heads/')) return;
  const branch = ref.slice('refs/heads/'.length);
  const race = ctx.state.faults.takeRace(branch);
  if (!race) return;
  const date = timestamp(ctx.state.now());
  const identity = { name: 'Racing Writer', email: 'racer@example.com', date };
  await ctx.state.git.commitFiles(
    branch,
    race.files ?? {},
    race.message ?? 'Racing commit',
    identity,
  );
}

/** Moves a ref with compare-and-swap; without `force` only a fast-forward is accepted, as on GitHub. */
async function updateRef(ctx: RequestContext): Promise<RouteResponse> {
  requireFields(ctx.body, 'Reference', ['sha']);
  const ref = `refs/${ctx.params.ref}`;
  const force = ctx.body.force === true;
  await runRace(ctx, ref);
  const { sha, type } = await checkObject(ctx, ctx.body.sha);
  const git = ctx.state.git;
  await git.serializeRefUpdate(async () => {
    for (let attempt = 1; attempt <= CAS_ATTEMPTS; attempt++) {
      const current = await exactRef(ctx.state, ref);
      if (!current) throw new HttpError(422, 'Reference does not exist');
      if (!force && current.sha !== sha && !(await git.isAncestor(current.sha, sha))) {
        throw new HttpError(422, 'Update is not a fast forward');
      }
      if (await git.casRef(ref, sha, current.sha)) return;
    }
    throw new HttpError(409, `${ref} kept moving during the update; retry`);
  });
  return { status: 200, body: refJson(ctx, ref, sha, type) };
}

async function deleteRef(ctx: RequestContext): Promise<RouteResponse> {
  const ref = `refs/${ctx.params.ref}`;
  const git = ctx.state.git;
  await git.serializeRefUpdate(async () => {
    const current = await exactRef(ctx.state, ref);
    if (!current) throw new HttpError(422, 'Reference does not exist');
    await git.run(['update-ref', '-d', ref, current.sha]);
  });
  return { status: 204 };
}

export const gitRefRoutes: RouteModule = () => {
  const base = '/repos/{owner}/{repo}/git';
  const routes: Route[] = [
    {
      method: 'GET',
      path: `${base}/ref/{ref}`,
      operationId: 'git/get-ref',
      permission: READ,
      handler: getRef,
    },
    {
      method: 'GET',
      path: `${base}/matching-refs/{ref}`,
      operationId: 'git/list-matching-refs',
      permission: READ,
      handler: listMatchingRefs,
    },
    {
      method: 'POST',
      path: `${base}/refs`,
      operationId: 'git/create-ref',
      permission: WRITE,
      handler: createRef,
    },
    {
      method: 'PATCH',
      path: `${base}/refs/{ref}`,
      operationId: 'git/update-ref',
      permission: WRITE,
      handler: updateRef,
    },
    {
      method: 'DELETE',
      path: `${base}/refs/{ref}`,
      operationId: 'git/delete-ref',
      permission: WRITE,
      handler: deleteRef,
    },
  ];
  return routes;
};
