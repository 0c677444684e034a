/** A GitHub call a port made that failed: the message names the operation and the resource. */
export class GitHubPortError extends Error {
  readonly status?: number;
  /** What to do about it, e.g. which token permission is missing. */
  readonly hint?: string;

  constructor(message: string, options: { status?: number; hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'GitHubPortError';
    if (options.status !== undefined) this.status = options.status;
    if (options.hint !== undefined) this.hint = options.hint;
  }
}

/** The parts of an @octokit/request-error (or network failure) that explain it. */
export interface FailureFacts {
  status?: number;
  message: string;
  headers: Record<string, string | number | undefined>;
}

interface ErrorLike {
  status?: unknown;
  message?: unknown;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

export function statusOf(error: unknown): number | undefined {
  const status = (error as ErrorLike | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

export function failureFacts(error: unknown): FailureFacts {
  const like = (error ?? {}) as ErrorLike;
  const data = like.response?.data as { message?: unknown; errors?: unknown } | undefined;
  const base = typeof data?.message === 'string' ? data.message : String(like.message ?? error);
  const details = Array.isArray(data?.errors) ? data.errors.map(describeDetail) : [];
  return {
    status: statusOf(error),
    message: details.length > 0 ? `${base} (${details.join('; ')})` : base,
    headers: like.response?.headers ?? {},
  };
}

function describeDetail(detail: unknown): string {
  if (typeof detail === 'string') return detail;
  const item = detail as { message?: unknown; field?: unknown; code?: unknown };
  if (typeof item.message === 'string') return item.message;
  return [item.field, item.code].filter((part) => typeof part === 'string').join(' ');
}

/**
 * `X-Accepted-GitHub-Permissions: contents=write; pull_requests=read,issues=read` -> a hint that
 * names them, in the workflow `permissions:` spelling too.
 */
export function permissionHint(header: string): string {
  const sets = header
    .split(';')
    .map((set) => set.trim())
    .filter((set) => set !== '');
  const spelled = sets.map((set) =>
    set
      .split(',')
      .map((pair) => pair.trim().replace('=', ': '))
      .join(', '),
  );
  const yaml = spelled.map((set) => set.replace(/_/g, '-'));
  return (
    `the token needs ${spelled.join(' or ')} ` +
    `(in a workflow: permissions: { ${yaml.join(' } or { ')} }; for a GitHub App, grant it on the app)`
  );
}

/** What to do about a failed call, from its status and headers; undefined when nothing useful. */
export function hintFor(facts: FailureFacts): string | undefined {
  const header = (name: string) => {
    const value = facts.headers[name];
    return value === undefined ? undefined : String(value);
  };
  const accepted = header('x-accepted-github-permissions');
  if (accepted) return permissionHint(accepted);
  if (header('x-ratelimit-remaining') === '0') {
    const reset = Number(header('x-ratelimit-reset'));
    const at = Number.isFinite(reset) ? ` at ${new Date(reset * 1000).toISOString()}` : '';
    return `the API rate limit is exhausted; it resets${at}. Raise maxRateLimitWaitSeconds or run later`;
  }
  return statusHint(facts.status, facts.message);
}

function statusHint(status: number | undefined, message: string): string | undefined {
  if (status === 401) return 'the token is missing, expired or revoked; pass a valid token';
  if (status === 403 && /secondary rate limit/i.test(message)) {
    return 'GitHub throttled this client (secondary rate limit); retry later with fewer concurrent writers';
  }
  if (status === 403) return 'the token may not do this here; check its permissions and scopes';
  if (status === 404) {
    return 'check the name; a private repository also answers 404 when the token cannot read it';
  }
  if (status === undefined || status >= 500) {
    return 'GitHub did not answer successfully after the retries; check https://www.githubstatus.com and retry';
  }
  return undefined;
}

/** Wraps a failure of `operation` on `resource` (e.g. "read branch", "main of o/r"). */
export function portError(operation: string, resource: string, error: unknown): GitHubPortError {
  if (error instanceof GitHubPortError) return error;
  const facts = failureFacts(error);
  const status = facts.status === undefined ? '' : `HTTP ${facts.status}: `;
  return new GitHubPortError(`Could not ${operation} ${resource}: ${status}${facts.message}`, {
    status: facts.status,
    hint: hintFor(facts),
    cause: error,
  });
}
