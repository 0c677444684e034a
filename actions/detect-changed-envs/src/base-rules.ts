import type { EventContext, Payload } from './inputs.js';

/** How the base of the comparison is found; resolved against git by range.ts. */
export type BaseRule =
  /** Compare the trees of `rev` and head directly. */
  | { kind: 'commit'; rev: string }
  /** Compare head with its merge base with `sha`, else with the remote's `branch`. */
  | { kind: 'merge-base'; sha?: string; branch?: string }
  /** Compare with the newest earlier release tag that head contains. */
  | { kind: 'previous-tag'; tag: string }
  /** No base: every target is reported, with this reason. */
  | { kind: 'everything'; reason: string };

export interface RangePlan {
  head: string;
  base: BaseRule;
  /** One line for the log and the summary: which rule applied. */
  rule: string;
}

export interface RangeRequest {
  event: EventContext;
  base?: string;
  head?: string;
  defaultBranch: string;
}

export const ZERO_SHA = /^0+$/;

function record(value: unknown): Payload {
  return value !== null && typeof value === 'object' ? (value as Payload) : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const realSha = (value: unknown) => {
  const sha = text(value);
  return sha && !ZERO_SHA.test(sha) ? sha : undefined;
};

/** The commit to compare: the head input, else the commit the event is about, else HEAD. */
export function headOf(request: RangeRequest): string {
  const { name, payload, sha } = request.event;
  if (request.head) return request.head;
  if (name === 'push') return realSha(payload.after) ?? sha ?? 'HEAD';
  if (name === 'merge_group') return text(record(payload.merge_group).head_sha) ?? sha ?? 'HEAD';
  if (name === 'release' && !sha) {
    const tag = text(record(payload.release).tag_name);
    return tag ? `refs/tags/${tag}` : 'HEAD';
  }
  return sha ?? text(record(record(payload.pull_request).head).sha) ?? 'HEAD';
}

function pushRule(payload: Payload, defaultBranch: string): [BaseRule, string] {
  const ref = text(payload.ref) ?? '';
  const before = realSha(payload.before);
  const onDefault = ref === `refs/heads/${defaultBranch}`;
  if (realSha(payload.after) === undefined) {
    return [{ kind: 'everything', reason: `push deleted ${ref}: there is no head to compare` }, ''];
  }
  if (ref.startsWith('refs/tags/')) {
    return [{ kind: 'previous-tag', tag: ref.slice('refs/tags/'.length) }, 'push of a tag'];
  }
  if (before && !payload.forced) return [{ kind: 'commit', rev: before }, 'push: before'];
  if (before && onDefault) {
    return [{ kind: 'commit', rev: before }, `forced push to ${defaultBranch}: before`];
  }
  if (!before && onDefault) {
    const reason = `first push of the default branch ${defaultBranch}: nothing to compare with`;
    return [{ kind: 'everything', reason }, ''];
  }
  const why = before ? 'forced push' : 'new branch';
  return [
    { kind: 'merge-base', branch: defaultBranch },
    `${why}: merge base with ${defaultBranch}`,
  ];
}

function pullRequestRule(pullRequest: Payload): [BaseRule, string] {
  const base = record(pullRequest.base);
  const sha = realSha(base.sha);
  const branch = text(base.ref);
  if (!sha && !branch) {
    return [{ kind: 'everything', reason: 'the pull_request payload names no base' }, ''];
  }
  return [{ kind: 'merge-base', sha, branch }, `pull request: merge base with ${branch ?? sha}`];
}

function releaseRule(payload: Payload, eventName: string): [BaseRule, string] {
  const tag = text(record(payload.release).tag_name);
  if (!tag) return [{ kind: 'everything', reason: `the ${eventName} payload names no tag` }, ''];
  return [{ kind: 'previous-tag', tag }, 'release: previous release tag'];
}

function eventRule(request: RangeRequest): [BaseRule, string] {
  const { name, payload } = request.event;
  if (name === 'push') return pushRule(payload, request.defaultBranch);
  if (payload.pull_request !== undefined) return pullRequestRule(record(payload.pull_request));
  if (name === 'merge_group') {
    const sha = realSha(record(payload.merge_group).base_sha);
    if (sha) return [{ kind: 'commit', rev: sha }, 'merge group: base_sha'];
    return [{ kind: 'everything', reason: 'the merge_group payload names no base_sha' }, ''];
  }
  if (name === 'release') return releaseRule(payload, name);
  const reason =
    name === 'workflow_dispatch'
      ? 'workflow_dispatch without a base input: pass base (and head) to compare'
      : `event '${name || 'unknown'}' has no base rule: pass the base input`;
  return [{ kind: 'everything', reason }, ''];
}

/** Decides, from the event and the inputs alone, what to compare. */
export function planRange(request: RangeRequest): RangePlan {
  const head = headOf(request);
  if (request.base)
    return { head, base: { kind: 'commit', rev: request.base }, rule: 'input base' };
  const [base, rule] = eventRule(request);
  return { head, base, rule: rule || 'everything' };
}
