import type { PermissionScope } from '@infra-fleet/github-emulator';
import { entries, literal, type Token } from './template.js';

/**
 * GITHUB_TOKEN permissions: parsed from `permissions:`, inherited as GitHub does, checked for
 * nested jobs of a called workflow, and turned into the emulator's token scopes.
 */

export type Level = 'none' | 'read' | 'write';

export const SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
] as const;

export type Scope = (typeof SCOPES)[number];
export type Permissions = Record<Scope, Level>;

const RANK: Record<Level, number> = { none: 0, read: 1, write: 2 };

function all(level: Level): Permissions {
  return Object.fromEntries(SCOPES.map((scope) => [scope, level])) as Permissions;
}

export const NO_PERMISSIONS = all('none');

/** The repository's default for jobs where no `permissions:` applies. */
export function repositoryDefault(setting: 'restricted' | 'permissive'): Permissions {
  if (setting === 'restricted') return { ...NO_PERMISSIONS, contents: 'read', packages: 'read' };
  return { ...all('write'), 'id-token': 'none', attestations: 'none', models: 'read' };
}

/** `permissions:` as written: read-all, write-all, {} or a mapping (undefined: not set). */
export function parsePermissions(token: Token | undefined): Permissions | undefined {
  if (token === undefined) return undefined;
  const word = literal(token);
  if (word === 'read-all') return { ...all('read'), 'id-token': 'none' };
  if (word === 'write-all') return all('write');
  const result = { ...NO_PERMISSIONS };
  for (const [scope, value] of entries(token)) {
    if (!(SCOPES as readonly string[]).includes(scope))
      throw new Error(`Unknown permission scope ${scope}.`);
    result[scope as Scope] = String(literal(value)) as Level;
  }
  return result;
}

export interface Violation {
  scope: Scope;
  requested: Level;
  allowed: Level;
}

/** Scopes where `requested` asks for more than `allowed`. */
export function exceeding(requested: Permissions, allowed: Permissions): Violation[] {
  return SCOPES.filter((scope) => RANK[requested[scope]] > RANK[allowed[scope]]).map((scope) => ({
    scope,
    requested: requested[scope],
    allowed: allowed[scope],
  }));
}

/** GitHub's startup failure for a nested job asking more than its caller granted. */
export function nestedJobMessage(job: string, violation: Violation): string {
  return `The nested job '${job}' is requesting '${violation.scope}: ${violation.requested}', but is only allowed '${violation.scope}: ${violation.allowed}'.`;
}

const EMULATED: Partial<Record<Scope, PermissionScope>> = {
  actions: 'actions',
  contents: 'contents',
  deployments: 'deployments',
  issues: 'issues',
  'pull-requests': 'pull_requests',
  statuses: 'statuses',
};

/** The emulator token's scopes; `id-token` is not a token scope but the OIDC request variables. */
export function tokenScopes(
  permissions: Permissions,
): Partial<Record<PermissionScope, 'read' | 'write'>> {
  const scopes: Partial<Record<PermissionScope, 'read' | 'write'>> = { metadata: 'read' };
  for (const [scope, emulated] of Object.entries(EMULATED)) {
    const level = permissions[scope as Scope];
    if (level !== 'none' && emulated) scopes[emulated] = level;
  }
  return scopes;
}

/** `contents: write, statuses: read` for the log; `none` when nothing is granted. */
export function describePermissions(permissions: Permissions): string {
  const granted = SCOPES.filter((scope) => permissions[scope] !== 'none');
  return granted.length === 0 ? 'none' : granted.map((s) => `${s}: ${permissions[s]}`).join(', ');
}
