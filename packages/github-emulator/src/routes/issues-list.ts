import { HttpError, type RequestContext, type RouteResponse } from '../http.js';
import { invalid, ok, sameLogin } from './areas-util.js';
import { commentsOf, issueJson, issuesArea, type IssueRecord } from './issues-store.js';

/**
 * GET /repos/{owner}/{repo}/issues: issues and pull requests (with their `pull_request` key), as
 * GitHub lists them. Milestones and issue types are not emulated: no issue has one.
 */

type Filter = (issue: IssueRecord) => boolean;
type SortKey = 'created' | 'updated' | 'comments';

export function listIssues(ctx: RequestContext): RouteResponse {
  refuseUnemulated(ctx.query);
  const filters = [
    stateFilter(ctx.query.get('state')),
    labelsFilter(ctx.query.get('labels')),
    loginFilter(ctx.query.get('creator'), (issue) => [issue.user]),
    assigneeFilter(ctx.query.get('assignee')),
    sinceFilter(ctx.query.get('since')),
    absentFilter(ctx.query.get('milestone')),
    absentFilter(ctx.query.get('type')),
  ];
  const issues = [...issuesArea(ctx.state).issues.values()].filter((issue) =>
    filters.every((keep) => keep(issue)),
  );
  const sorted = sortIssues(ctx, issues, sortKey(ctx.query.get('sort')));
  if (direction(ctx.query.get('direction')) === 'desc') sorted.reverse();
  return ok(sorted.map((issue) => issueJson(ctx, issue)));
}

function refuseUnemulated(query: URLSearchParams): void {
  for (const name of ['mentioned', 'issue_field_values']) {
    if (query.get(name) === null) continue;
    throw new HttpError(422, 'Validation Failed', {
      errors: [
        {
          resource: 'Issue',
          field: name,
          code: 'invalid',
          message: `the emulator does not filter issues by ${name}; leave it out and filter the list yourself`,
        },
      ],
    });
  }
}

function oneOf<T extends string>(field: string, value: string | null, allowed: readonly T[]): T {
  const chosen = value ?? allowed[0];
  if (!allowed.includes(chosen as T)) throw invalid('Issue', field, 'invalid', chosen);
  return chosen as T;
}

function stateFilter(value: string | null): Filter {
  const state = oneOf('state', value, ['open', 'closed', 'all'] as const);
  return (issue) => state === 'all' || issue.state === state;
}

/** Every listed label must be on the issue (GitHub's `labels=a,b` means both). */
function labelsFilter(value: string | null): Filter {
  const wanted = (value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  return (issue) => wanted.every((name) => issue.labels.some((label) => same(label, name)));
}

function loginFilter(value: string | null, logins: (issue: IssueRecord) => string[]): Filter {
  if (value === null) return () => true;
  return (issue) => logins(issue).some((login) => sameLogin(login, value));
}

/** A login, `none` (no assignee) or `*` (any assignee). */
function assigneeFilter(value: string | null): Filter {
  if (value === 'none') return (issue) => issue.assignees.length === 0;
  if (value === '*') return (issue) => issue.assignees.length > 0;
  return loginFilter(value, (issue) => issue.assignees);
}

function sinceFilter(value: string | null): Filter {
  if (value === null) return () => true;
  const floor = Date.parse(value);
  if (Number.isNaN(floor)) throw invalid('Issue', 'since', 'invalid', value);
  return (issue) => Date.parse(issue.updatedAt) >= floor;
}

/** For what no issue has (milestone, type): `none` keeps every issue, anything else none. */
function absentFilter(value: string | null): Filter {
  return () => value === null || value === 'none';
}

function sortKey(value: string | null): SortKey {
  return oneOf('sort', value, ['created', 'updated', 'comments'] as const);
}

function direction(value: string | null): 'desc' | 'asc' {
  return oneOf('direction', value, ['desc', 'asc'] as const);
}

/** Ascending by the key; ties by number, so the order is stable. */
function sortIssues(ctx: RequestContext, issues: IssueRecord[], key: SortKey): IssueRecord[] {
  const value = (issue: IssueRecord): number => {
    if (key === 'comments') return commentsOf(ctx.state, issue.number).length;
    return Date.parse(key === 'created' ? issue.createdAt : issue.updatedAt);
  };
  return issues.sort((a, b) => value(a) - value(b) || a.number - b.number);
}
