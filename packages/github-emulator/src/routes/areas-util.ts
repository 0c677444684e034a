import { HttpError, type RequestContext, type Route, type RouteResponse } from '../http.js';
import type { EmulatorState } from '../state.js';

/** Helpers shared by the issue, pull, actions, environment, deployment and release routes. */

export function route(
  method: Route['method'],
  path: string,
  operationId: string,
  permission: Route['permission'],
  handler: Route['handler'],
): Route {
  return { method, path, operationId, permission, handler };
}

/** A control route under /_emulator/: the admin token only, no rate limit. */
export function controlRoute(
  method: Route['method'],
  path: string,
  handler: Route['handler'],
): Route {
  return { method, path, operationId: '', permission: null, control: true, handler };
}

export function ok(body: unknown, status = 200): RouteResponse {
  return { status, body };
}

export type AuthorAssociation = 'OWNER' | 'MEMBER' | 'COLLABORATOR' | 'CONTRIBUTOR' | 'NONE';

/** GitHub's timestamp form: ISO 8601 without milliseconds. */
export function iso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function nowIso(state: EmulatorState): string {
  return iso(state.now());
}

/** API URL of the emulated repository, e.g. http://127.0.0.1:4000/repos/octo-org/infra-fleet. */
export function repoApi(ctx: Pick<RequestContext, 'apiUrl' | 'state'>): string {
  return `${ctx.apiUrl}/repos/${ctx.state.owner}/${ctx.state.repo}`;
}

/** Web URL of the repository; the emulator serves "web" links from its own root, as GHES does. */
export function repoHtml(ctx: Pick<RequestContext, 'apiUrl' | 'state'>): string {
  return `${ctx.apiUrl}/${ctx.state.owner}/${ctx.state.repo}`;
}

export function userJsonFor(ctx: RequestContext, login: string): Record<string, unknown> {
  return ctx.state.userJson(ctx.state.account(login), ctx.apiUrl);
}

/** An account's canonical login; control routes answer 422 with a hint for unknown ones. */
export function knownLogin(state: EmulatorState, login: string): string {
  const account = state.accounts().find((a) => sameLogin(a.login, login));
  if (!account) {
    throw new HttpError(
      422,
      `No account ${JSON.stringify(login)}; create it first (POST /_emulator/accounts)`,
    );
  }
  return account.login;
}

export function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** A positive id derived from a name, for objects the emulator never stored. */
export function stableId(name: string): number {
  let hash = 7;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000_007;
  return hash + 1;
}

/** Reads a numeric path parameter; anything else is a 404, as GitHub answers. */
export function intParam(ctx: RequestContext, name: string): number {
  const raw = ctx.params[name] ?? '';
  if (!/^\d+$/.test(raw)) throw new HttpError(404, 'Not Found');
  return Number(raw);
}

export function notFound(): HttpError {
  return new HttpError(404, 'Not Found');
}

/** GitHub's 422 `Validation Failed` with one error entry. */
export function invalid(resource: string, field: string, code: string, value?: unknown): HttpError {
  const error: Record<string, unknown> = { resource, field, code };
  if (value !== undefined) error.value = value;
  return new HttpError(422, 'Validation Failed', { errors: [error] });
}

/** GitHub's 422 for rules that are not about one field (code `custom`). */
export function customInvalid(resource: string, message: string): HttpError {
  return new HttpError(422, 'Validation Failed', {
    errors: [{ resource, code: 'custom', message }],
  });
}

export function requireString(body: unknown, field: string, resource: string): string {
  const value = asRecord(body)[field];
  if (value === undefined || value === null) throw invalid(resource, field, 'missing_field');
  if (typeof value !== 'string') throw invalid(resource, field, 'invalid', String(value));
  return value;
}

export function optionalString(body: unknown, field: string, resource: string): string | undefined {
  const value = asRecord(body)[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalid(resource, field, 'invalid', String(value));
  return value;
}

export function asRecord(body: unknown): Record<string, unknown> {
  return body !== null && typeof body === 'object' && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {};
}

/** How GitHub labels an author relative to the repository (from their collaborator role). */
export function authorAssociation(state: EmulatorState, login: string): AuthorAssociation {
  if (sameLogin(login, state.owner)) return 'OWNER';
  const permission = state.collaboratorPermission(login);
  if (permission === 'admin' || permission === 'maintain') return 'MEMBER';
  if (permission === 'none') return 'NONE';
  return 'COLLABORATOR';
}

/** Issue and pull request numbers share one sequence, as on GitHub. */
export function nextIssueNumber(state: EmulatorState): number {
  const counter = state.area('issue-number', () => ({ last: 0 }));
  counter.last += 1;
  return counter.last;
}

export interface TeamRef {
  org: string;
  slug: string;
}

/** GitHub's `team` object for an org team the emulator knows by slug. */
export function teamJson(ctx: RequestContext, team: TeamRef): Record<string, unknown> {
  const id = stableId(`${team.org}/${team.slug}`);
  const url = `${ctx.apiUrl}/orgs/${team.org}/teams/${team.slug}`;
  return {
    id,
    node_id: `T_${id}`,
    name: team.slug,
    slug: team.slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    url,
    html_url: `${ctx.apiUrl}/orgs/${team.org}/teams/${team.slug}`,
    members_url: `${url}/members{/member}`,
    repositories_url: `${url}/repos`,
    type: 'organization',
    parent: null,
  };
}
