import type { IncomingHttpHeaders } from 'node:http';
import type { EmulatorState } from './state.js';

export type PermissionScope =
  | 'metadata'
  | 'contents'
  | 'issues'
  | 'pull_requests'
  | 'statuses'
  | 'deployments'
  | 'actions'
  | 'environments'
  | 'members'
  | 'administration';
export type PermissionLevel = 'read' | 'write';
export interface Permission {
  scope: PermissionScope;
  level: PermissionLevel;
  /** A second scope GitHub accepts instead (issue comments: issues or pull_requests). */
  orScope?: PermissionScope;
}

export const PERMISSION_SCOPES: readonly PermissionScope[] = [
  'metadata',
  'contents',
  'issues',
  'pull_requests',
  'statuses',
  'deployments',
  'actions',
  'environments',
  'members',
  'administration',
];

export interface Account {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
  name?: string;
  email?: string;
}

export interface TokenGrant {
  token: string;
  login: string;
  permissions: Partial<Record<PermissionScope, PermissionLevel>>;
  /** A GitHub App installation token (as GITHUB_TOKEN is): commits it creates without a committer are signed. */
  installation?: boolean;
}

export type CollaboratorPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read';

export interface RequestContext {
  method: string;
  /** Path without the query string. */
  path: string;
  /** From the route template, URI-decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body, undefined when there is none (invalid JSON is refused with 400 before the handler). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  headers: IncomingHttpHeaders;
  /** The account behind the token (control routes: the emulator's own admin). */
  actor: Account;
  grant?: TokenGrant;
  state: EmulatorState;
  /** Server root, for url/html_url fields. */
  apiUrl: string;
}

export interface RouteResponse {
  status: number;
  /** JSON value, or a Buffer sent as is (set content-type in headers). */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** GitHub's template, e.g. '/repos/{owner}/{repo}/issues/{issue_number}'. */
  path: string;
  /** GitHub's operationId, e.g. 'issues/get' ('' for control routes). */
  operationId: string;
  /** null: any valid token (or a control route). */
  permission: Permission | null;
  /** The handler returns the whole array; the framework applies per_page/page and sets Link. */
  paginate?: boolean;
  /** Control API route (path under /_emulator/): admin token only, never rate limited, not logged. */
  control?: boolean;
  /** Not counted against the rate limit (as GET /rate_limit on GitHub). */
  uncounted?: boolean;
  handler: (ctx: RequestContext) => RouteResponse | Promise<RouteResponse>;
}

export type RouteModule = (state: EmulatorState) => Route[];
