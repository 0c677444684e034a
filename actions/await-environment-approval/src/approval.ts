/** Whether an issue comment counts as an approval or a denial: a pure function of data. */

export type VoteKind = 'approve' | 'deny';
export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface GateComment {
  id: number;
  body: string;
  login: string;
  /** GitHub's user type: 'User', 'Bot', 'Organization', ... */
  userType: string;
  createdAt: string;
  updatedAt: string;
  url: string;
}

export interface TeamRef {
  org: string;
  slug: string;
}

export interface Approvers {
  users: string[];
  teams: TeamRef[];
}

/** A voter's standing, read when deciding. `teams` lists the listed teams they are an active member of. */
export interface Authority {
  permission: Permission;
  teams: string[];
}

export interface Vote {
  login: string;
  kind: VoteKind;
  at: string;
  commentId: number;
  commentUrl: string;
  /** The comment text after the command line (the reviewer's note). */
  note: string;
}

export interface Ignored {
  comment: GateComment;
  reason: string;
}

export interface DecisionInput {
  /** When the request was made (the gate issue's created_at). */
  requestedAt: string;
  comments: readonly GateComment[];
  /** By lower-cased login; a voter missing here has no authority. */
  authority: ReadonlyMap<string, Authority>;
  /** Lower-cased login -> why it is "self" (e.g. 'run actor'). */
  self: ReadonlyMap<string, readonly string[]>;
  /** Logins of the token the action runs with (its own comments never count). */
  actionLogins: ReadonlySet<string>;
  actionCommentIds: ReadonlySet<number>;
  approvers: Approvers;
  minimumApprovals: number;
  allowSelfApproval: boolean;
}

export interface Decision {
  decision: 'approved' | 'rejected' | 'pending';
  /** Distinct valid approvers, first valid approval of each, oldest first. */
  approvers: Vote[];
  /** Valid denials, oldest first; any one rejects. */
  denials: Vote[];
  ignored: Ignored[];
}

const COMMANDS: Record<string, VoteKind> = {
  approve: 'approve',
  approved: 'approve',
  lgtm: 'approve',
  deny: 'deny',
  denied: 'deny',
  reject: 'deny',
  rejected: 'deny',
};
const WRITE_LEVELS: readonly Permission[] = ['admin', 'maintain', 'write'];

export const lower = (login: string): string => login.toLowerCase();
export const teamName = (team: TeamRef): string => lower(`${team.org}/${team.slug}`);

/**
 * The vote a comment body casts. The grammar: skip blank lines and quoted lines (`>`); the
 * first remaining line, trimmed, must be exactly one command word, case-insensitive,
 * optionally followed by one `.` or `!`. Anything on later lines is the reviewer's note.
 * So "approve" and "LGTM!" vote; "not approved", "approve?", "> approve" and
 * "I approve" do not.
 */
export function parseVote(body: string): { kind: VoteKind; note: string } | undefined {
  const lines = body.split(/\r?\n/);
  const index = lines.findIndex((line) => line.trim() !== '' && !line.trim().startsWith('>'));
  if (index < 0) return undefined;
  const word = /^([a-z]+)[.!]?$/i.exec(lines[index]?.trim() ?? '')?.[1]?.toLowerCase();
  const kind = word === undefined ? undefined : COMMANDS[word];
  if (kind === undefined) return undefined;
  return {
    kind,
    note: lines
      .slice(index + 1)
      .join('\n')
      .trim(),
  };
}

const time = (iso: string): number => Date.parse(iso);

/** Why a comment cannot be a vote whatever the voter's standing, or undefined. */
function metadataProblem(comment: GateComment, input: DecisionInput): string | undefined {
  if (input.actionCommentIds.has(comment.id) || input.actionLogins.has(lower(comment.login))) {
    return `written with this action's own token (${comment.login})`;
  }
  if (comment.userType !== 'User')
    return `author ${comment.login} is a ${comment.userType}, not a person`;
  if (!parseVote(comment.body)) {
    return 'not a vote: its first line is not exactly approve, approved, lgtm, deny or reject';
  }
  if (time(comment.createdAt) < time(input.requestedAt)) {
    return `created at ${comment.createdAt}, before the request at ${input.requestedAt}`;
  }
  if (comment.updatedAt !== comment.createdAt) {
    return `edited at ${comment.updatedAt} (created ${comment.createdAt}); edited comments never count`;
  }
  return undefined;
}

/** The logins whose permission and team membership must be read before deciding. */
export function votersToCheck(input: Omit<DecisionInput, 'authority'>): string[] {
  const full = { ...input, authority: new Map() };
  const logins = input.comments
    .filter((comment) => metadataProblem(comment, full) === undefined)
    .map((comment) => lower(comment.login));
  return [...new Set(logins)];
}

function isListed(login: string, authority: Authority | undefined, approvers: Approvers): boolean {
  if (approvers.users.length === 0 && approvers.teams.length === 0) return true;
  if (approvers.users.some((user) => lower(user) === login)) return true;
  return (authority?.teams.length ?? 0) > 0;
}

function standingProblem(login: string, input: DecisionInput): string | undefined {
  const authority = input.authority.get(login);
  if (!isListed(login, authority, input.approvers)) {
    return `${login} is not listed in approvers (nor an active member of a listed team)`;
  }
  if (authority && (WRITE_LEVELS.includes(authority.permission) || authority.teams.length > 0)) {
    return undefined;
  }
  const permission = authority?.permission ?? 'unknown';
  return `${login} has ${permission} permission and no listed team membership at decision time (write, maintain or admin needed)`;
}

function selfProblem(login: string, kind: VoteKind, input: DecisionInput): string | undefined {
  const roles = input.self.get(login);
  if (kind === 'deny' || input.allowSelfApproval || !roles || roles.length === 0) return undefined;
  return `self-approval: ${login} is the ${roles.join(' and the ')} (allow-self-approval is false)`;
}

function judge(comment: GateComment, input: DecisionInput): Vote | string {
  const problem = metadataProblem(comment, input);
  if (problem) return problem;
  const login = lower(comment.login);
  const { kind, note } = parseVote(comment.body) ?? { kind: 'approve' as const, note: '' };
  const refusal = standingProblem(login, input) ?? selfProblem(login, kind, input);
  if (refusal) return refusal;
  return {
    login: comment.login,
    kind,
    at: comment.createdAt,
    commentId: comment.id,
    commentUrl: comment.url,
    note,
  };
}

/** Counts the votes: any valid denial rejects; else `minimumApprovals` distinct approvers approve. */
export function decide(input: DecisionInput): Decision {
  const ordered = [...input.comments].sort(
    (a, b) => time(a.createdAt) - time(b.createdAt) || a.id - b.id,
  );
  const ignored: Ignored[] = [];
  const approvers = new Map<string, Vote>();
  const denials: Vote[] = [];
  for (const comment of ordered) {
    const verdict = judge(comment, input);
    if (typeof verdict === 'string') ignored.push({ comment, reason: verdict });
    else if (verdict.kind === 'deny') denials.push(verdict);
    else if (!approvers.has(lower(verdict.login))) approvers.set(lower(verdict.login), verdict);
  }
  const list = [...approvers.values()];
  const decision = tally(list.length, denials.length, input.minimumApprovals, 'pending');
  return { decision, approvers: list, denials, ignored };
}

/** Any valid denial rejects; enough distinct approvers approve; otherwise `short`. */
export function tally(
  approvals: number,
  denials: number,
  minimum: number,
  short: 'pending' | 'rejected',
): Decision['decision'] {
  if (denials > 0) return 'rejected';
  return approvals >= minimum ? 'approved' : short;
}
