import type { RequestContext, RouteModule, RouteResponse } from '../http.js';
import { notFound, ok, route, sameLogin } from './areas-util.js';

/** Collaborator permission and org team membership: who may approve, asked at decision time. */

export const peopleRoutes: RouteModule = () => [
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
