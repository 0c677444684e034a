import { describe, expect, it } from '@jest/globals';
import {
  decide,
  parseVote,
  votersToCheck,
  type Authority,
  type DecisionInput,
  type GateComment,
} from '../src/approval.js';

const REQUESTED = '2026-01-10T10:00:00Z';
const LATER = '2026-01-10T10:05:00Z';

describe('parseVote: the first non-quoted line is exactly one command word', () => {
  it.each([
    ['approve', 'approve'],
    ['approved', 'approve'],
    ['LGTM', 'approve'],
    ['Approve!', 'approve'],
    ['lgtm.', 'approve'],
    ['  approve  \n', 'approve'],
    ['\n\napproved', 'approve'],
    ['> deny\n\napprove', 'approve'],
    ['deny', 'deny'],
    ['Reject', 'deny'],
    ['rejected', 'deny'],
    ['denied', 'deny'],
  ])('%j votes %s', (body, kind) => {
    expect(parseVote(body)?.kind).toBe(kind);
  });

  it.each([
    'not approved',
    'I approve',
    'approve?',
    'approve, looks fine',
    'approve this',
    'approve!!',
    '/approve',
    '`approve`',
    '**approve**',
    '> approve',
    'approves',
    'disapprove',
    'lgtm 🚀',
    '',
    '   \n  ',
    'Looks good\napprove',
  ])('%j casts no vote', (body) => {
    expect(parseVote(body)).toBeUndefined();
  });

  it('keeps the lines after the command as the note', () => {
    expect(parseVote('approve\n\nChecked the staging dashboards.\nAll green.')).toEqual({
      kind: 'approve',
      note: 'Checked the staging dashboards.\nAll green.',
    });
  });
});

let nextId = 1;
function comment(login: string, body: string, extra: Partial<GateComment> = {}): GateComment {
  const id = nextId++;
  return {
    id,
    body,
    login,
    userType: 'User',
    createdAt: LATER,
    updatedAt: LATER,
    url: `https://github.com/o/r/issues/1#issuecomment-${id}`,
    ...extra,
  };
}

const WRITER: Authority = { permission: 'write', teams: [] };

function input(comments: GateComment[], extra: Partial<DecisionInput> = {}): DecisionInput {
  const logins = comments.map((c) => c.login.toLowerCase());
  return {
    requestedAt: REQUESTED,
    comments,
    authority: new Map(logins.map((login) => [login, WRITER])),
    self: new Map([
      ['octocat', ['run actor']],
      ['releaser', ['release author']],
      ['pusher', ['commit author']],
    ]),
    actionLogins: new Set(['github-actions[bot]']),
    actionCommentIds: new Set(),
    approvers: { users: [], teams: [] },
    minimumApprovals: 1,
    allowSelfApproval: false,
    ...extra,
  };
}

describe('decide: votes that never count', () => {
  const cases: Array<[string, GateComment, Partial<DecisionInput>, RegExp]> = [
    ['an edited comment', comment('alice', 'approve', { updatedAt: '2026-01-10T10:06:00Z' }), {}, /edited/],
    ['a comment from before the request', comment('alice', 'approve', { createdAt: '2026-01-10T09:59:59Z', updatedAt: '2026-01-10T09:59:59Z' }), {}, /before the request/],
    ['a Bot', comment('renovate[bot]', 'approve', { userType: 'Bot' }), {}, /is a Bot/],
    ['an Organization account', comment('octo-org', 'approve', { userType: 'Organization' }), {}, /not a person/],
    ["the action's own token (by login)", comment('github-actions[bot]', 'approve', { userType: 'User' }), {}, /own token/],
    ["a comment the action posted (by id)", comment('alice', 'approve', { id: 999 }), { actionCommentIds: new Set([999]) }, /own token/],
    ["the run's actor", comment('octocat', 'approve'), {}, /self-approval: octocat is the run actor/],
    ['the release author', comment('Releaser', 'lgtm'), {}, /self-approval: releaser is the release author/],
    ['the commit author', comment('pusher', 'approved'), {}, /commit author/],
    ['a read-only collaborator', comment('reader', 'approve'), { authority: new Map([['reader', { permission: 'read', teams: [] }]]) }, /has read permission/],
    ['a triage collaborator', comment('triager', 'approve'), { authority: new Map([['triager', { permission: 'triage', teams: [] }]]) }, /has triage permission/],
    ['a non-collaborator', comment('stranger', 'approve'), { authority: new Map([['stranger', { permission: 'none', teams: [] }]]) }, /has none permission/],
    ['a voter whose standing was never read', comment('ghost', 'approve'), { authority: new Map() }, /unknown permission/],
    ['a team member removed before the decision (no write)', comment('ex-member', 'approve'), { approvers: { users: [], teams: [{ org: 'octo-org', slug: 'sre' }] }, authority: new Map([['ex-member', { permission: 'read', teams: [] }]]) }, /not listed in approvers/],
    ['a writer not in the approvers list', comment('alice', 'approve'), { approvers: { users: ['bob'], teams: [] } }, /not listed in approvers/],
    ['"not approved"', comment('alice', 'not approved'), {}, /not a vote/],
  ]; // prettier-ignore

  it.each(cases)('%s', (_name, vote, extra, reason) => {
    const result = decide(input([vote], extra));
    expect(result.decision).toBe('pending');
    expect(result.approvers).toEqual([]);
    expect(result.ignored).toEqual([{ comment: vote, reason: expect.stringMatching(reason) }]);
  });
});

describe('decide: votes that count', () => {
  it('approves on one valid approval by a writer, recording who, when and where', () => {
    const vote = comment('alice', 'Approve\nstaging is healthy');
    const result = decide(input([vote]));
    expect(result).toEqual({
      decision: 'approved',
      approvers: [
        {
          login: 'alice',
          kind: 'approve',
          at: LATER,
          commentId: vote.id,
          commentUrl: vote.url,
          note: 'staging is healthy',
        },
      ],
      denials: [],
      ignored: [],
    });
  });

  it.each(['admin', 'maintain', 'write'] as const)('counts %s permission', (permission) => {
    const vote = comment('alice', 'approve');
    const authority = new Map([['alice', { permission, teams: [] }]]);
    expect(decide(input([vote], { authority })).decision).toBe('approved');
  });

  it('counts an active member of a listed team even with read permission', () => {
    const vote = comment('carol', 'lgtm');
    const extra = {
      approvers: { users: [], teams: [{ org: 'octo-org', slug: 'sre' }] },
      authority: new Map([['carol', { permission: 'read' as const, teams: ['octo-org/sre'] }]]),
    };
    expect(decide(input([vote], extra)).decision).toBe('approved');
  });

  it('matches listed approvers case-insensitively', () => {
    const vote = comment('Alice', 'approve');
    const extra = { approvers: { users: ['ALICE'], teams: [] } };
    expect(decide(input([vote], extra)).approvers.map((v) => v.login)).toEqual(['Alice']);
  });

  it('lets self approve with allow-self-approval', () => {
    const vote = comment('octocat', 'approve');
    expect(decide(input([vote], { allowSelfApproval: true })).decision).toBe('approved');
  });

  it('needs minimum-approvals distinct people; a second approval by the same person adds nothing', () => {
    const comments = [comment('alice', 'approve'), comment('alice', 'lgtm')];
    const pending = decide(input(comments, { minimumApprovals: 2 }));
    expect(pending.decision).toBe('pending');
    expect(pending.approvers).toHaveLength(1);
    const approved = decide(
      input([...comments, comment('bob', 'approve')], { minimumApprovals: 2 }),
    );
    expect(approved.decision).toBe('approved');
    expect(approved.approvers.map((v) => v.login)).toEqual(['alice', 'bob']);
  });

  it('rejects on any valid denial, even after enough approvals', () => {
    const comments = [comment('alice', 'approve'), comment('bob', 'deny\ntoo risky on a Friday')];
    const result = decide(input(comments));
    expect(result.decision).toBe('rejected');
    expect(result.denials).toMatchObject([
      { login: 'bob', kind: 'deny', note: 'too risky on a Friday' },
    ]);
  });

  it('lets self deny (stopping your own deployment is always allowed)', () => {
    expect(decide(input([comment('octocat', 'reject')])).decision).toBe('rejected');
  });

  it('ignores a denial that fails the rules (read-only, edited)', () => {
    const comments = [
      comment('reader', 'deny'),
      comment('bob', 'deny', { updatedAt: '2026-01-10T10:09:00Z' }),
      comment('alice', 'approve'),
    ];
    const authority = new Map([
      ['reader', { permission: 'read' as const, teams: [] }],
      ['bob', WRITER],
      ['alice', WRITER],
    ]);
    const result = decide(input(comments, { authority }));
    expect(result.decision).toBe('approved');
    expect(result.ignored.map((entry) => entry.comment.login)).toEqual(['reader', 'bob']);
  });

  it('keeps the first valid approval of each person, in time order', () => {
    const late = comment('bob', 'approve', {
      createdAt: '2026-01-10T10:30:00Z',
      updatedAt: '2026-01-10T10:30:00Z',
    });
    const early = comment('alice', 'approve', {
      createdAt: '2026-01-10T10:01:00Z',
      updatedAt: '2026-01-10T10:01:00Z',
    });
    const result = decide(input([late, early], { minimumApprovals: 2 }));
    expect(result.approvers.map((v) => v.login)).toEqual(['alice', 'bob']);
  });
});

describe('votersToCheck', () => {
  it('asks only about voters whose comments could count', () => {
    const comments = [
      comment('alice', 'approve'),
      comment('alice', 'lgtm'),
      comment('renovate[bot]', 'approve', { userType: 'Bot' }),
      comment('bob', 'thanks!'),
      comment('carol', 'approve', { updatedAt: '2026-01-10T11:00:00Z' }),
      comment('Dave', 'deny'),
    ];
    expect(votersToCheck(input(comments))).toEqual(['alice', 'dave']);
  });
});
