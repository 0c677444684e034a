import { HttpError, type RequestContext, type RouteModule, type RouteResponse } from '../http.js';
import { timestamp } from '../state.js';
import { notFound, ok, route, sameLogin } from './areas-util.js';

/**
 * The token's own account, collaborator permission and org team membership: who may approve,
 * asked at decision time.
 */

export const peopleRoutes: RouteModule = () => [
  route('GET', '/user', 'users/get-authenticated', null, authenticatedUser),
  route(
    'GET',
    '/repos/{owner}/{repo}/collaborators/{username}/permission',
    'repos/get-collaborator-permission-level',
    { scope: 'metadata', level: 'read' },
    collaboratorPermission,
  ),
  route(
    'GET',
    '/orgs/{org}/teams/{team_slug}/memberships/{username}',
    'teams/get-membership-for-user-in-org',
    { scope: 'members', level: 'read' },
    teamMembership,
  ),
];
export default peopleRoutes;

/**
 * A person's token reads its account (the public profile form, as a fine-grained token gets); an
 * installation token (GITHUB_TOKEN, an App's) has no user and gets GitHub's 403.
 */
function authenticatedUser(ctx: RequestContext): RouteResponse {
  if (ctx.grant?.installation) {
    throw new HttpError(403, 'Resource not accessible by integration', {
      documentationUrl: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
    });
  }
  const account = ctx.actor;
  const created = timestamp(ctx.state.createdAt);
  return ok({
    ...ctx.state.userJson(account, ctx.apiUrl),
    name: account.name ?? null,
    company: null,
    blog: '',
    location: null,
    email: account.email ?? null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: created,
    updated_at: created,
  });
}

type Role = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

/** `permission` keeps GitHub's legacy base roles (maintain -> write, triage -> read). */
export function legacyPermission(role: Role): 'admin' | 'write' | 'read' | 'none' {
  if (role === 'maintain') return 'write';
  if (role === 'triage') return 'read';
  return role;
}

function collaboratorPermission(ctx: RequestContext): RouteResponse {
  const login = ctx.params.username ?? '';
  const account = ctx.state.account(login);
  const role: Role = sameLogin(login, ctx.state.owner)
    ? 'admin'
    : ctx.state.collaboratorPermission(login);
  const user = {
    ...ctx.state.userJson(account, ctx.apiUrl),
    permissions: {
      admin: role === 'admin',
      maintain: ['admin', 'maintain'].includes(role),
      push: ['admin', 'maintain', 'write'].includes(role),
      triage: role !== 'read' && role !== 'none',
      pull: role !== 'none',
    },
    role_name: role,
  };
  return ok({ permission: legacyPermission(role), role_name: role, user });
}

/** Only active members of the repository owner's teams exist; anyone else is a 404. */
function teamMembership(ctx: RequestContext): RouteResponse {
  const { org = '', team_slug: slug = '', username = '' } = ctx.params;
  if (!sameLogin(org, ctx.state.owner)) throw notFound();
  const members = [...ctx.state.teamMembers(ctx.state.owner, slug)];
  if (!members.some((member) => sameLogin(member, username))) throw notFound();
  return ok({
    url: `${ctx.apiUrl}/orgs/${ctx.state.owner}/teams/${slug}/memberships/${username}`,
    role: 'member',
    state: 'active',
  });
}
