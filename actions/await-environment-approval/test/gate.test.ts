import { describe, expect, it } from '@jest/globals';
import type { IssueCommentInfo, RepoPermission } from '@infra-fleet/github';
import { isoSeconds, type Clock } from '@infra-fleet/action-kit';
import { votesSoFar, waitForDecision, type WaitDependencies } from '../src/gate.js';
import type { Settings } from '../src/inputs.js';
import { STATUS_MARKER } from '../src/message.js';

const START = Date.parse('2026-01-10T10:00:00Z');
const ISSUE = {
  number: 7,
  htmlUrl: 'https://github.com/o/r/issues/7',
  createdAt: isoSeconds(new Date(START)),
  author: 'github-actions[bot]',
};

/** A clock whose sleep advances time at once, optionally running a scripted event per tick. */
function fakeClock(onSleep: (now: number) => void = () => undefined) {
  let now = START;
  const sleeps: number[] = [];
  const clock: Clock = {
    now: () => new Date(now),
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
      onSleep(now);
    },
  };
  return { clock, sleeps, elapsed: () => now - START };
}

/** Answers like the conditional GET: changed only when a comment was posted or edited since the last answer. */
function fakePort() {
  const comments: IssueCommentInfo[] = [];
  const permissions = new Map<string, RepoPermission>();
  const members = new Set<string>();
  const calls = {
    list: 0,
    changed: 0,
    permission: 0,
    team: 0,
    issues: new Set<number>(),
    created: 0,
    updated: 0,
  };
  let version = 0;
  let served = -1;
  let now = START;
  const add = (login: string, body: string, at: number, userType = 'User') => {
    const created = isoSeconds(new Date(at));
    const id = comments.length + 100;
    const comment = {
      id,
      body,
      login,
      userType,
      createdAt: created,
      updatedAt: created,
      htmlUrl: `${ISSUE.htmlUrl}#issuecomment-${id}`,
    };
    comments.push(comment);
    version += 1;
    return comment;
  };
  const port: WaitDependencies['port'] = {
    async listCommentsSince(number) {
      calls.list += 1;
      calls.issues.add(number);
      const changed = served !== version;
      if (changed) calls.changed += 1;
      served = version;
      return { changed, comments: comments.map((comment) => ({ ...comment })) };
    },
    async collaboratorPermission(login) {
      calls.permission += 1;
      return permissions.get(login) ?? 'none';
    },
    async teamMembership(org, slug, login) {
      calls.team += 1;
      return members.has(`${org}/${slug}:${login}`) ? 'active' : 'none';
    },
    async createComment(_number, body) {
      calls.created += 1;
      return add(ISSUE.author, body, now, 'Bot');
    },
    async updateComment(id, body) {
      calls.updated += 1;
      const comment = comments.find((candidate) => candidate.id === id);
      if (!comment) throw new Error(`no comment ${id}`);
      Object.assign(comment, { body, updatedAt: isoSeconds(new Date(now)) });
      version += 1;
      return { ...comment };
    },
  };
  const post = (login: string, body: string, at: number) => {
    now = Math.max(now, at);
    add(login, body, at);
  };
  const status = () => comments.filter((c) => c.body.startsWith(STATUS_MARKER));
  return { port, comments, permissions, members, calls, post, add, status };
}

function settings(extra: Partial<Settings> = {}): Settings {
  return {
    environment: 'production',
    mode: 'issue',
    approvers: { users: [], teams: [] },
    minimumApprovals: 1,
    allowSelfApproval: false,
    allowedRefs: ['refs/heads/main'],
    timeoutMinutes: 60,
    pollIntervalSeconds: 30,
    deployment: false,
    token: 't',
    warnings: [],
    context: { self: new Map([['octocat', ['run actor']]]) } as Settings['context'],
    ...extra,
  };
}

const silent = { info: () => undefined, warning: () => undefined };

function deps(port: WaitDependencies['port'], clock: Clock, signal = new AbortController().signal) {
  return { port, clock, log: silent, signal };
}

function request(timeoutMinutes = 60) {
  return {
    issue: ISSUE,
    actionLogins: new Set(['github-actions[bot]']),
    actionCommentIds: new Set<number>(),
    deadline: new Date(START + timeoutMinutes * 60_000),
  };
}

describe('waitForDecision', () => {
  it('approves on the first poll after a valid approval, reading permission then', async () => {
    const fake = fakePort();
    fake.permissions.set('alice', 'write');
    const { clock, elapsed } = fakeClock((now) => {
      if (now === START + 90_000) fake.post('alice', 'approve', now - 5_000);
    });
    const result = await waitForDecision(settings(), request(), deps(fake.port, clock));
    expect(result).toMatchObject({
      outcome: 'approved',
      mode: 'issue',
      decidedAt: '2026-01-10T10:01:30Z',
      reason: 'Approved by alice.',
    });
    expect(result.decision.approvers).toMatchObject([
      { login: 'alice', at: '2026-01-10T10:01:25Z' },
    ]);
    expect(elapsed()).toBe(90_000);
    expect(fake.calls).toMatchObject({ list: 4, changed: 2, permission: 1 });
    expect([...fake.calls.issues]).toEqual([7]);
  });

  it('times out at the deadline; an hour of unchanged polls costs one counted request', async () => {
    const fake = fakePort();
    const { clock, sleeps, elapsed } = fakeClock();
    const result = await waitForDecision(settings(), request(60), deps(fake.port, clock));
    expect(result.outcome).toBe('timed-out');
    expect(result.reason).toBe('No decision in time: 0 of 1 required approval(s) counted.');
    expect(elapsed()).toBe(3_600_000);
    expect(sleeps.every((ms) => ms === 30_000)).toBe(true);
    expect(fake.calls.list).toBe(121);
    expect(fake.calls.changed).toBe(1);
  });

  it('sleeps only what is left before the deadline', async () => {
    const fake = fakePort();
    const { clock, sleeps } = fakeClock();
    await waitForDecision(
      settings({ pollIntervalSeconds: 40 }),
      request(1.5),
      deps(fake.port, clock),
    );
    expect(sleeps).toEqual([40_000, 40_000, 10_000]);
  });

  it('re-checks standing at decision time: a team member removed before the decision no longer counts', async () => {
    const fake = fakePort();
    fake.permissions.set('carol', 'read');
    fake.permissions.set('bob', 'write');
    fake.members.add('octo-org/sre:carol');
    const { clock } = fakeClock((now) => {
      if (now === START + 30_000) fake.post('carol', 'approve', now);
      if (now === START + 60_000) fake.members.delete('octo-org/sre:carol');
      if (now === START + 90_000) fake.post('bob', 'approve', now);
    });
    const teams = [{ org: 'octo-org', slug: 'sre' }];
    const gate = settings({ approvers: { users: ['bob'], teams }, minimumApprovals: 2 });
    const result = await waitForDecision(gate, request(3), deps(fake.port, clock));
    expect(result.outcome).toBe('timed-out');
    expect(result.decision.approvers.map((vote) => vote.login)).toEqual(['bob']);
    expect(result.decision.ignored).toMatchObject([
      { comment: { login: 'carol' }, reason: expect.stringContaining('not listed in approvers') },
    ]);
    expect(fake.calls.permission).toBe(3);
  });

  it('rejects on a valid denial', async () => {
    const fake = fakePort();
    fake.permissions.set('bob', 'admin');
    fake.post('bob', 'deny\nnot during the freeze', START + 1_000);
    const { clock } = fakeClock();
    const result = await waitForDecision(settings(), request(), deps(fake.port, clock));
    expect(result).toMatchObject({ outcome: 'rejected', reason: 'Rejected by bob.' });
  });

  it('stops as cancelled when the signal aborts during a sleep', async () => {
    const fake = fakePort();
    const controller = new AbortController();
    const { clock } = fakeClock((now) => {
      if (now >= START + 60_000) controller.abort('SIGTERM');
    });
    const result = await waitForDecision(
      settings(),
      request(),
      deps(fake.port, clock, controller.signal),
    );
    expect(result.outcome).toBe('cancelled');
    expect(fake.calls.list).toBe(2);
  });
});

describe('waitForDecision status comment', () => {
  it('writes one comment, only when the votes change, with each vote, why, and the tally', async () => {
    const fake = fakePort();
    fake.permissions.set('octocat', 'write');
    fake.permissions.set('alice', 'write');
    const { clock } = fakeClock((now) => {
      if (now === START + 30_000) fake.post('octocat', 'approve', now);
      if (now === START + 90_000) fake.post('alice', 'lgtm\nlooks good', now);
    });
    const result = await waitForDecision(settings({ minimumApprovals: 2 }), request(5), {
      ...deps(fake.port, clock),
    });
    expect(result.outcome).toBe('timed-out');
    expect(fake.calls).toMatchObject({ created: 1, updated: 1, list: 11, permission: 3 });
    const [status] = fake.status();
    expect(fake.status()).toHaveLength(1);
    expect(status?.body).toContain('counted **1 of 2** approvals');
    expect(status?.body).toMatch(
      /`octocat`.*\| approve \| no: self-approval: octocat is the run actor/,
    );
    expect(status?.body).toMatch(/`alice`.*\| approve \| \*\*yes\*\*: approval counted/);
    expect(result.decision.ignored.map((ignored) => ignored.comment.login)).toEqual(['octocat']);
  });

  it('writes nothing while nobody has commented', async () => {
    const fake = fakePort();
    const { clock } = fakeClock();
    await waitForDecision(settings(), request(2), deps(fake.port, clock));
    expect(fake.calls).toMatchObject({ created: 0, updated: 0 });
  });

  it('finds its comment again by marker and author after a restart, never a marker someone else wrote', async () => {
    const fake = fakePort();
    fake.permissions.set('bob', 'write');
    fake.add('mallory', `${STATUS_MARKER}\napprove`, START + 1_000);
    fake.add(ISSUE.author, `${STATUS_MARKER}\nstale`, START + 2_000, 'Bot');
    const { clock } = fakeClock((now) => {
      if (now === START + 30_000) fake.post('bob', 'approve', now);
    });
    const result = await waitForDecision(settings(), request(), deps(fake.port, clock));
    expect(result.outcome).toBe('approved');
    expect(fake.calls).toMatchObject({ created: 0, updated: 2 });
    expect(fake.comments[1]?.body).toContain('counted **1 of 1** approval');
    expect(fake.comments[1]?.body).toContain('`mallory`');
    expect(fake.comments[0]?.body).toBe(`${STATUS_MARKER}\napprove`);
  });
});

describe('waitForDecision heartbeat', () => {
  const AWAITED = 'for 2 approvals to deploy to production in issue #7';
  const SELF = 'octocat: self-approval: octocat is the run actor (allow-self-approval is false)';

  it('says what it waits for, the approvals counted, the votes that did not count and the time left', async () => {
    const fake = fakePort();
    fake.permissions.set('octocat', 'write');
    fake.permissions.set('alice', 'write');
    const { clock } = fakeClock((now) => {
      if (now === START + 30_000) fake.post('octocat', 'approve', now);
      if (now === START + 60_000) fake.post('alice', 'lgtm', now);
    });
    const lines: string[] = [];
    const log = { info: (line: string) => lines.push(line), warning: () => undefined };
    const result = await waitForDecision(settings({ minimumApprovals: 2 }), request(5), {
      ...deps(fake.port, clock),
      log,
    });
    expect(result.outcome).toBe('timed-out');
    const heartbeats = lines.filter((line) => line.startsWith('Waiting '));
    expect(heartbeats).toEqual([
      `Waiting 0s ${AWAITED} (timeout in 5m00s). Counted 0 of 2 approvals.`,
      `Waiting 30s ${AWAITED} (timeout in 4m30s). Counted 0 of 2 approvals. Not counted: ${SELF}.`,
      `Waiting 1m00s ${AWAITED} (timeout in 4m00s). Counted 1 of 2 approvals (alice). Not counted: ${SELF}.`,
      ...[
        ['2m00s', '3m00s'],
        ['3m00s', '2m00s'],
        ['4m00s', '1m00s'],
        ['5m00s', '0s'],
      ].map(
        ([elapsed, left]) =>
          `Waiting ${elapsed} ${AWAITED} (timeout in ${left}). Counted 1 of 2 approvals (alice). Not counted: ${SELF}.`,
      ),
    ]);
  });

  it('names listed approvers in what it waits for', async () => {
    const fake = fakePort();
    const { clock } = fakeClock();
    const lines: string[] = [];
    const log = { info: (line: string) => lines.push(line), warning: () => undefined };
    const teams = [{ org: 'octo-org', slug: 'SRE' }];
    await waitForDecision(settings({ approvers: { users: ['Alice'], teams } }), request(0.5), {
      ...deps(fake.port, clock),
      log,
    });
    expect(lines[0]).toBe(
      'Waiting 0s for 1 approval to deploy to production from Alice, octo-org/sre in issue #7 (timeout in 30s). Counted 0 of 1 approval.',
    );
  });
});

describe('votesSoFar', () => {
  it('lists at most five votes that did not count', () => {
    const ignored = Array.from({ length: 7 }, (_, i) => ({
      comment: { login: `user${i}` } as never,
      reason: 'edited',
    }));
    const text = votesSoFar({ decision: 'pending', approvers: [], denials: [], ignored }, 1);
    expect(text).toBe(
      'Counted 0 of 1 approval. Not counted: user0: edited; user1: edited; user2: edited; user3: edited; user4: edited; 2 more.',
    );
  });
});
