import { allows } from '../auth.js';
import { HttpError, type RequestContext, type RouteModule, type RouteResponse } from '../http.js';
import { timestamp } from '../state.js';
import { notFound, ok, route, sameLogin, teamJson } from './areas-util.js';

/**
 * The token's own account, collaborator permission and org team membership: who may approve,
 * asked at decision time. Team routes answer 404, not 403, to a token without members: read
 * (GITHUB_TOKEN): GitHub hides a team the token cannot see, so "not a member" and "cannot read"
 * look the same on the membership route, and only reading the team itself tells them apart.
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
  route('GET', '/orgs/{org}/teams/{team_slug}', 'teams/get-by-name', null, team),
  route(
    'GET',
    '/orgs/{org}/teams/{team_slug}/memberships/{username}',
    'teams/get-membership-for-user-in-org',
    null,
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

/** The members of a team of the repository owner that the token may see; else GitHub's 404. */
function visibleTeam(ctx: RequestContext): { slug: string; members: string[] } {
  const { org = '', team_slug: slug = '' } = ctx.params;
  const readable =
    ctx.grant !== undefined && allows(ctx.grant, { scope: 'members', level: 'read' });
  const key = `${ctx.state.owner}/${slug}`.toLowerCase();
  const found = ctx.state.teamList().find((entry) => entry.team === key);
  if (!readable || !found || !sameLogin(org, ctx.state.owner)) throw notFound();
  return { slug: found.team.split('/')[1] ?? slug, members: found.members };
}

function team(ctx: RequestContext): RouteResponse {
  const { slug, members } = visibleTeam(ctx);
  const owner = ctx.state.account(ctx.state.owner);
  const created = timestamp(ctx.state.createdAt);
  const organization = {
    ...ctx.state.userJson(owner, ctx.apiUrl),
    url: `${ctx.apiUrl}/orgs/${owner.login}`,
    events_url: `${ctx.apiUrl}/orgs/${owner.login}/events`,
    repos_url: `${ctx.apiUrl}/orgs/${owner.login}/repos`,
    hooks_url: `${ctx.apiUrl}/orgs/${owner.login}/hooks`,
    issues_url: `${ctx.apiUrl}/orgs/${owner.login}/issues`,
    members_url: `${ctx.apiUrl}/orgs/${owner.login}/members{/member}`,
    public_members_url: `${ctx.apiUrl}/orgs/${owner.login}/public_members{/member}`,
    description: null,
    has_organization_projects: false,
    has_repository_projects: false,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: created,
    updated_at: created,
    archived_at: null,
  };
  return ok({
    ...teamJson(ctx, { org: owner.login, slug }),
    created_at: created,
    updated_at: created,
    members_count: members.length,
    repos_count: 1,
    organization,
  });
}

/** Only active members of a visible team of the repository owner exist; anyone else is a 404. */
function teamMembership(ctx: RequestContext): RouteResponse {
  const { slug, members } = visibleTeam(ctx);
  const username = ctx.params.username ?? '';
  if (!members.some((member) => sameLogin(member, username))) throw notFound();
  return ok({
    url: `${ctx.apiUrl}/orgs/${ctx.state.owner}/teams/${slug}/memberships/${username}`,
    role: 'member',
    state: 'active',
  });
}
