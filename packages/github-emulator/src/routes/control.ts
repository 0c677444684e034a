import { HttpError } from '../errors.js';
import type { BarrierSpec, FaultSpec, RaceSpec } from '../faults.js';
import type { RateLimitPatch } from '../rate-limit.js';
import type { EmulatorState } from '../state.js';
import {
  PERMISSION_SCOPES,
  type Account,
  type CollaboratorPermission,
  type RequestContext,
  type Route,
  type RouteModule,
  type RouteResponse,
  type TokenGrant,
} from '../types.js';

const ACCOUNT_TYPES = ['User', 'Bot', 'Organization'];
const COLLABORATOR_PERMISSIONS = ['admin', 'maintain', 'write', 'triage', 'read'];

function invalid(message: string): HttpError {
  return new HttpError(422, message);
}

function body(ctx: RequestContext): Record<string, unknown> {
  const value = ctx.body;
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

function existing(state: EmulatorState, login: string): Account {
  const account = state.findAccount(login);
  if (!account)
    throw invalid(`no account ${JSON.stringify(login)}; create it with POST /_emulator/accounts`);
  return account;
}

function ok(value: unknown, status = 200): RouteResponse {
  return { status, body: value };
}

function addAccount(ctx: RequestContext): RouteResponse {
  const { login, type = 'User', name, email, id } = body(ctx);
  if (typeof login !== 'string' || login.trim() === '')
    throw invalid('account needs a non-empty "login"');
  if (!ACCOUNT_TYPES.includes(type as string)) {
    throw invalid(
      `account type ${JSON.stringify(type)} must be one of ${ACCOUNT_TYPES.join(', ')}`,
    );
  }
  const input = { login, type: type as Account['type'] } as Omit<Account, 'id'> & { id?: number };
  if (typeof name === 'string') input.name = name;
  if (typeof email === 'string') input.email = email;
  if (typeof id === 'number') input.id = id;
  return ok(ctx.state.addAccount(input), 201);
}

export function checkPermissions(value: unknown): TokenGrant['permissions'] {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalid('"permissions" must be an object like {"contents": "write", "issues": "read"}');
  }
  for (const [scope, level] of Object.entries(value)) {
    if (!PERMISSION_SCOPES.includes(scope as never)) {
      throw invalid(
        `unknown permission scope ${JSON.stringify(scope)}; use one of ${PERMISSION_SCOPES.join(', ')}`,
      );
    }
    if (level !== 'read' && level !== 'write') {
      throw invalid(`permission ${scope}=${JSON.stringify(level)} must be "read" or "write"`);
    }
  }
  return value as TokenGrant['permissions'];
}

function createToken(ctx: RequestContext): RouteResponse {
  const { login, permissions, token, installation } = body(ctx);
  if (typeof login !== 'string') throw invalid('token needs "login", an existing account');
  const options: { token?: string; installation?: boolean } = {};
  if (typeof token === 'string') options.token = token;
  if (typeof installation === 'boolean') options.installation = installation;
  return ok(ctx.state.createToken(login, checkPermissions(permissions), options), 201);
}

function setCollaborator(ctx: RequestContext): RouteResponse {
  const account = existing(ctx.state, ctx.params.login as string);
  const { permission = null } = body(ctx);
  if (permission !== null && !COLLABORATOR_PERMISSIONS.includes(permission as string)) {
    throw invalid(
      `permission ${JSON.stringify(permission)} must be one of ${COLLABORATOR_PERMISSIONS.join(', ')} or null`,
    );
  }
  ctx.state.setCollaborator(account.login, permission as CollaboratorPermission | null);
  return ok({ login: account.login, permission: ctx.state.collaboratorPermission(account.login) });
}

function teamMember(add: boolean) {
  return (ctx: RequestContext): RouteResponse => {
    const { org = '', slug = '', login = '' } = ctx.params;
    const account = existing(ctx.state, login);
    const members = ctx.state.teamMembers(org, slug);
    if (add) members.add(account.login);
    else members.delete(account.login);
    return ok({ org, slug, members: [...members] });
  };
}

function advanceClock(ctx: RequestContext): RouteResponse {
  const { advanceSeconds } = body(ctx);
  if (
    typeof advanceSeconds !== 'number' ||
    !Number.isFinite(advanceSeconds) ||
    advanceSeconds < 0
  ) {
    throw invalid(`advanceSeconds ${JSON.stringify(advanceSeconds)} must be a number >= 0`);
  }
  return ok({ now: ctx.state.advanceClock(advanceSeconds).toISOString() });
}

function setRateLimit(ctx: RequestContext): RouteResponse {
  const { login, ...patch } = body(ctx);
  const account = existing(ctx.state, String(login));
  for (const [key, value] of Object.entries(patch)) {
    if (
      !['limit', 'remaining', 'resetSeconds'].includes(key) ||
      typeof value !== 'number' ||
      value < 0
    ) {
      throw invalid(
        `rate-limit field ${key}=${JSON.stringify(value)}: use limit, remaining, resetSeconds >= 0`,
      );
    }
  }
  return ok(ctx.state.limits.set(account.login, patch as RateLimitPatch));
}

export const controlRoutes: RouteModule = () => {
  const c = (method: Route['method'], path: string, handler: Route['handler']): Route => ({
    method,
    path: `/_emulator${path}`,
    operationId: '',
    permission: null,
    control: true,
    handler,
  });
  const member = '/orgs/{org}/teams/{slug}/members/{login}';
  return [
    c('GET', '/accounts', (ctx) => ok(ctx.state.accounts())),
    c('POST', '/accounts', addAccount),
    c('POST', '/tokens', createToken),
    c('GET', '/collaborators', (ctx) => ok(ctx.state.collaboratorList())),
    c('PUT', '/collaborators/{login}', setCollaborator),
    c('GET', '/teams', (ctx) => ok(ctx.state.teamList())),
    c('PUT', member, teamMember(true)),
    c('DELETE', member, teamMember(false)),
    c('GET', '/faults', (ctx) => ok(ctx.state.faults.list())),
    c('POST', '/faults', (ctx) => ok(ctx.state.faults.add(body(ctx) as unknown as FaultSpec), 201)),
    c('DELETE', '/faults', (ctx) => (ctx.state.faults.clear(), { status: 204 })),
    c('GET', '/barriers', (ctx) => ok(ctx.state.faults.listBarriers())),
    c('POST', '/barriers', (ctx) =>
      ok(ctx.state.faults.addBarrier(body(ctx) as unknown as BarrierSpec), 201),
    ),
    c('POST', '/race', (ctx) =>
      ok(ctx.state.faults.addRace(body(ctx) as unknown as RaceSpec), 201),
    ),
    c('GET', '/clock', (ctx) => ok({ now: ctx.state.now().toISOString() })),
    c('POST', '/clock', advanceClock),
    c('POST', '/rate-limit', setRateLimit),
    c('GET', '/requests', (ctx) => ok(ctx.state.log.entries())),
    c('GET', '/counters', (ctx) => ok(ctx.state.log.counters())),
    c('POST', '/reset-log', (ctx) => (ctx.state.log.reset(), { status: 204 })),
  ];
};
