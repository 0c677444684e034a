import { GitHubPortError, permissionHint } from '@infra-fleet/github';
import type { Settings } from './inputs.js';

/** Scopes the step writes with, and what it writes. */
export type Writes = Record<string, string>;

export function writesOf(settings: Settings): Writes {
  if (settings.mode === 'dry-run') return {};
  return {
    contents: 'the step then commits',
    ...(settings.mode === 'pull-request' && {
      pull_requests: 'mode: pull-request then opens or updates the pull request',
    }),
  };
}

function acceptedPermissions(error: GitHubPortError): string | undefined {
  const cause = error.cause as { response?: { headers?: Record<string, unknown> } } | undefined;
  const value = cause?.response?.headers?.['x-accepted-github-permissions'];
  return typeof value === 'string' ? value : undefined;
}

/**
 * A 403 on a read names `scope=read` (e.g. listing pull requests), yet the step goes on to write
 * with that scope: a token granted only what the hint said would fail one call later.
 */
export function withWritePermissions(error: unknown, writes: Writes): unknown {
  if (!(error instanceof GitHubPortError) || error.status !== 403) return error;
  const accepted = acceptedPermissions(error);
  const raised = new Set<string>();
  const needed = accepted?.replace(/([a-z_]+)=read/g, (pair, scope: string) => {
    if (writes[scope] === undefined) return pair;
    raised.add(scope);
    return `${scope}=write`;
  });
  if (!needed || raised.size === 0) return error;
  const why = [...raised].map((scope) => writes[scope]).join(', and ');
  return new GitHubPortError(error.message, {
    status: 403,
    hint: `${permissionHint(needed)}: the call that failed only reads, but ${why}`,
    cause: error.cause,
  });
}
