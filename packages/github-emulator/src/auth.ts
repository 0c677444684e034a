import type { IncomingHttpHeaders } from 'node:http';
import { HttpError } from './errors.js';
import type { Permission, TokenGrant } from './types.js';

/** The token of `Authorization: token X` or `Authorization: Bearer X`. */
export function tokenFrom(headers: IncomingHttpHeaders): string | undefined {
  const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  return match?.[1];
}

/** Write implies read; metadata read is granted to every token, as on GitHub. */
export function allows(grant: TokenGrant, permission: Permission | null): boolean {
  if (permission === null) return true;
  if (permission.scope === 'metadata' && permission.level === 'read') return true;
  return [permission.scope, permission.orScope].some((scope) => {
    const held = scope && grant.permissions[scope];
    return held === 'write' || (held === 'read' && permission.level === 'read');
  });
}

export function requiresAuthentication(): HttpError {
  return new HttpError(401, 'Requires authentication');
}

export function badCredentials(): HttpError {
  return new HttpError(401, 'Bad credentials');
}

export function notAccessible(permission: Permission): HttpError {
  return new HttpError(403, 'Resource not accessible by integration', {
    headers: {
      'x-accepted-github-permissions': [permission.scope, permission.orScope]
        .filter(Boolean)
        .map((scope) => `${scope}=${permission.level}`)
        .join('; '),
    },
  });
}

const WHERE_THE_ADMIN_TOKEN_IS =
  '`npm run emulator` prints it as GITHUB_TOKEN; startEmulator() returns it as adminToken';

/** Control routes take only the emulator's admin token: 401 without a token, 403 with another. */
export function requireAdminToken(
  headers: IncomingHttpHeaders,
  isAdmin: (token: string) => boolean,
) {
  const token = tokenFrom(headers);
  if (token === undefined) {
    throw new HttpError(
      401,
      `Requires authentication: the control API (/_emulator/...) takes the emulator's admin token as "Authorization: token <admin token>" (${WHERE_THE_ADMIN_TOKEN_IS})`,
    );
  }
  if (!isAdmin(token)) {
    throw new HttpError(
      403,
      `This token may not use the control API (/_emulator/...): only the emulator's admin token may (${WHERE_THE_ADMIN_TOKEN_IS}); tokens the control API creates are for the REST API`,
    );
  }
}
