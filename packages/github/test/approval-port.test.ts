import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  approveRun,
  createRun,
  postCommentAs,
  setEnvironment,
  startEmulator,
  type RunningEmulator,
} from '@infra-fleet/github-emulator';
import {
  approvalPort,
  INSTALLATION_LOGIN,
  toEnvironment,
  toIssueComment,
  toPermission,
  toRunApproval,
  type ApprovalPort,
} from '../src/approval-port.js';
import { createGitHubClient } from '../src/client.js';
import { GitHubPortError } from '../src/errors.js';

const REPO = { owner: 'octo-org', repo: 'infra-fleet' };
const quiet = { info: () => undefined, warning: () => undefined };

type Loose = Record<string, unknown>;
const spec = createRequire(import.meta.url)('@octokit/openapi/generated/api.github.com.json') as {
  components: { examples: Record<string, { value: unknown }> };
};
const example = (name: string) => spec.components.examples[name]?.value as Loose;

describe("approval port: reading GitHub's published example responses", () => {
  it("reads an environment's required reviewers (users and org/team) and wait timer", () => {
    expect(toEnvironment(example('environment'), 'fallback-org')).toEqual({
      name: 'staging',
      htmlUrl: expect.stringContaining('environments_filter=staging'),
      requiredReviewers: [
        { type: 'User', name: 'octocat' },
        { type: 'Team', name: 'github/justice-league' },
      ],
      preventSelfReview: false,
      waitTimerMinutes: 30,
    });
  });

  it('reads an environment without rules as having no reviewers', () => {
    expect(toEnvironment({ name: 'dev' }, 'o')).toMatchObject({
      requiredReviewers: [],
      waitTimerMinutes: 0,
    });
  });

  it("reads a run's reviews", () => {
    const [first] = example('environment-approvals-items') as unknown as Loose[];
    expect(toRunApproval(first ?? {})).toEqual({
      login: 'octocat',
      state: 'approved',
      comment: 'Ship it!',
      environments: ['staging'],
    });
  });

  it('reads a collaborator role from role_name, falling back to permission for custom roles', () => {
    const admin = example(
      'repository-collaborator-permission-response-if-user-has-admin-permissions',
    );
    expect(toPermission(admin)).toBe('admin');
    expect(toPermission({ permission: 'write', role_name: 'maintain' })).toBe('maintain');
    expect(toPermission({ permission: 'read', role_name: 'triage' })).toBe('triage');
    expect(toPermission({ permission: 'write', role_name: 'release-manager' })).toBe('write');
    expect(toPermission({ permission: 'bogus' })).toBe('none');
  });

  it('reads an issue comment with its author type and times', () => {
    const [first] = example('issue-comment-items') as unknown as Loose[];
    expect(toIssueComment(first ?? {})).toMatchObject({
      id: 1,
      login: 'octocat',
      userType: 'User',
      createdAt: '2011-04-14T16:00:49Z',
      updatedAt: '2011-04-14T16:00:49Z',
      htmlUrl: expect.stringContaining('#issuecomment-1'),
    });
  });
});

describe('approval port against the emulator', () => {
  let emulator: RunningEmulator;
  let port: ApprovalPort;
  const permissions = {
    issues: 'write',
    deployments: 'write',
    actions: 'read',
    members: 'read',
  } as const;
  const portFor = (token: string) =>
    approvalPort(createGitHubClient({ token, baseUrl: emulator.url, log: quiet }), REPO);

  beforeAll(async () => {
    emulator = await startEmulator({ owner: REPO.owner, repo: REPO.repo });
    for (const [login, role] of [
      ['alice', 'maintain'],
      ['dave', 'read'],
    ] as const) {
      await emulator.control.addAccount({ login, type: 'User' });
      await emulator.control.setCollaborator(login, role);
    }
    await emulator.control.addAccount({ login: 'zed', type: 'User' });
    await emulator.control.addTeamMember(REPO.owner, 'sre', 'alice');
    port = portFor(await emulator.control.createToken('github-actions[bot]', permissions));
  });
  afterAll(() => emulator?.close());

  it('opens an issue authored by the token, and reads its comments with conditional requests', async () => {
    const issue = await port.createIssue({
      title: 'Approve deployment',
      body: '<!-- m1 -->\nbody',
      marker: '<!-- m1 -->',
    });
    expect(issue).toMatchObject({ number: expect.any(Number), author: 'github-actions[bot]' });
    expect(await port.tokenLogin()).toBe(INSTALLATION_LOGIN);
    const first = await port.listCommentsSince(issue.number, issue.createdAt);
    expect(first).toEqual({ changed: true, comments: [] });
    expect(await port.listCommentsSince(issue.number, issue.createdAt)).toEqual({
      changed: false,
      comments: [],
    });
    const posted = await postCommentAs(emulator, issue.number, 'alice', 'approve');
    const third = await port.listCommentsSince(issue.number, issue.createdAt);
    expect(third.changed).toBe(true);
    expect(third.comments).toEqual([
      {
        id: posted.id,
        body: 'approve',
        login: 'alice',
        userType: 'User',
        createdAt: posted.created_at,
        updatedAt: posted.updated_at,
        htmlUrl: posted.html_url,
      },
    ]);
    const log = await emulator.control.requests();
    const reads = log.filter((entry) => entry.operationId === 'issues/list-comments');
    expect(reads.map((entry) => [entry.status, entry.counted])).toEqual([
      [200, true],
      [304, false],
      [200, true],
    ]);
  });

  it('closes an issue with the outcome comment and state reason', async () => {
    const issue = await port.createIssue({
      title: 'gate',
      body: '<!-- m2 -->',
      marker: '<!-- m2 -->',
    });
    const comment = await port.closeIssue(issue.number, 'Approved', 'completed');
    expect(comment).toMatchObject({
      body: 'Approved',
      login: 'github-actions[bot]',
      userType: 'Bot',
    });
    const answer = await fetch(
      `${emulator.url}/repos/${REPO.owner}/${REPO.repo}/issues/${issue.number}`,
      {
        headers: { authorization: `token ${emulator.adminToken}` },
      },
    );
    expect(await answer.json()).toMatchObject({ state: 'closed', state_reason: 'completed' });
  });

  it('reads roles (maintain, read, none) and team membership', async () => {
    expect(await port.collaboratorPermission('alice')).toBe('maintain');
    expect(await port.collaboratorPermission('dave')).toBe('read');
    expect(await port.collaboratorPermission('zed')).toBe('none');
    expect(await port.teamMembership(REPO.owner, 'sre', 'alice')).toBe('active');
    expect(await port.teamMembership(REPO.owner, 'sre', 'dave')).toBe('none');
  });

  it('tells "cannot read the team" (GITHUB_TOKEN) from "not a member" by reading the team', async () => {
    const withoutMembers = { ...permissions, members: undefined };
    const githubToken = await emulator.control.createToken('github-actions[bot]', withoutMembers);
    const limited = portFor(githubToken);
    // GitHub's 404 hides the team, so the membership read alone cannot tell.
    expect(await limited.teamMembership(REPO.owner, 'sre', 'alice')).toBe('none');
    expect(await limited.teamVisible(REPO.owner, 'sre')).toBe(false);
    expect(await port.teamVisible(REPO.owner, 'sre')).toBe(true);
    expect(await port.teamVisible(REPO.owner, 'no-such-team')).toBe(false);
    const membersOnly = await emulator.control.createToken('github-actions[bot]', {
      members: 'read',
    });
    const split = approvalPort(
      createGitHubClient({ token: githubToken, baseUrl: emulator.url, log: quiet }),
      REPO,
      {
        membershipClient: createGitHubClient({
          token: membersOnly,
          baseUrl: emulator.url,
          log: quiet,
        }),
      },
    );
    expect(await split.teamVisible(REPO.owner, 'sre')).toBe(true);
    expect(await split.teamMembership(REPO.owner, 'sre', 'alice')).toBe('active');
  });

  it('explains a 403 on team membership', async () => {
    await emulator.control.addFault({ path: '/memberships/', status: 403 });
    const error = await port.teamMembership(REPO.owner, 'sre', 'alice').catch((caught) => caught);
    expect(error).toBeInstanceOf(GitHubPortError);
    expect(error).toMatchObject({
      status: 403,
      hint: expect.stringContaining('GITHUB_TOKEN cannot'),
    });
  });

  it('reads environments (undefined when missing) and mirrors a deployment with statuses', async () => {
    expect(await port.getEnvironment('nowhere')).toBeUndefined();
    await setEnvironment(emulator, 'production', {
      reviewers: [{ type: 'Team', slug: 'sre' }],
    });
    expect(await port.getEnvironment('production')).toMatchObject({
      requiredReviewers: [{ type: 'Team', name: `${REPO.owner}/sre` }],
    });
    const { id } = await port.createDeployment({
      ref: 'main',
      environment: 'production',
      description: 'gate',
      payload: { issue: 1 },
    });
    await port.createDeploymentStatus(id, {
      state: 'queued',
      description: 'waiting',
      logUrl: 'https://example.com/1',
    });
    await port.createDeploymentStatus(id, { state: 'success', description: 'x'.repeat(200) });
    const answer = await fetch(
      `${emulator.url}/repos/${REPO.owner}/${REPO.repo}/deployments/${id}/statuses`,
      {
        headers: { authorization: `token ${emulator.adminToken}` },
      },
    );
    const statuses = (await answer.json()) as Array<{ state: string; description: string }>;
    expect(statuses.map((status) => status.state)).toEqual(['success', 'queued']);
    expect(statuses[0]?.description).toHaveLength(140);
  });

  it("reads a run's actors and its environment reviews", async () => {
    const run = await createRun(emulator, {
      actor: 'dave',
      triggering_actor: 'alice',
      environments: ['production'],
    });
    await approveRun(emulator, run.id, {
      login: 'alice',
      state: 'approved',
      comment: 'Ship it!',
    });
    expect(await port.getRun(run.id)).toMatchObject({
      id: run.id,
      actor: 'dave',
      triggeringActor: 'alice',
    });
    expect(await port.getRunApprovals(run.id)).toEqual([
      { login: 'alice', state: 'approved', comment: 'Ship it!', environments: ['production'] },
    ]);
  });
});

describe('approval port: lost answers never duplicate or mislead', () => {
  let emulator: RunningEmulator;
  let port: ApprovalPort;
  const admin = async (path: string) => {
    const answer = await fetch(`${emulator.url}/repos/${REPO.owner}/${REPO.repo}${path}`, {
      headers: { authorization: `token ${emulator.adminToken}` },
    });
    return (await answer.json()) as Array<Record<string, unknown>>;
  };
  const posts = async (operationId: string) =>
    (await emulator.control.requests()).filter((entry) => entry.operationId === operationId);

  beforeAll(async () => {
    emulator = await startEmulator({ owner: REPO.owner, repo: REPO.repo });
    const token = await emulator.control.createToken('github-actions[bot]', {
      issues: 'write',
      deployments: 'write',
    });
    const client = createGitHubClient({ token, baseUrl: emulator.url, log: quiet, waitUnitMs: 1 });
    port = approvalPort(client, REPO, { resend: { delayMs: 1 } });
  });
  afterAll(() => emulator?.close());

  it('finds the issue a dropped answer opened instead of opening another', async () => {
    await emulator.control.addFault({ method: 'POST', path: '/issues$', kind: 'drop-after-apply' });
    const marker = '<!-- gate:run-1-1-production -->';
    const issue = await port.createIssue({ title: 'gate', body: `${marker}\nbody`, marker });
    expect(issue).toMatchObject({ number: 1, author: 'github-actions[bot]' });
    expect(await port.openIssuesMarked('<!-- gate:run-1-')).toEqual([
      expect.objectContaining({ number: 1, body: `${marker}\nbody` }),
    ]);
    expect(await posts('issues/create')).toHaveLength(1);
  });

  it('never goes on with a cut answer: the issue is found, not #NaN', async () => {
    await emulator.control.addFault({ path: '/issues$', kind: 'truncate-after-apply' });
    const marker = '<!-- gate:run-2-1-production -->';
    const issue = await port.createIssue({ title: 'gate', body: marker, marker });
    expect(issue.number).toBe(2);
    expect(await posts('issues/create')).toHaveLength(2);
  });

  it('sends again when nothing was created, and never on a refusal', async () => {
    await emulator.control.addFault({ method: 'POST', path: '/issues$', status: 502 });
    const marker = '<!-- gate:run-3-1-production -->';
    expect((await port.createIssue({ title: 'gate', body: marker, marker })).number).toBe(3);
    const refused = port.createIssue({ title: '', body: marker, marker });
    await expect(refused).rejects.toMatchObject({ status: 422 });
    expect((await posts('issues/create')).map((entry) => entry.status)).toEqual([
      201, 201, 502, 201, 422,
    ]);
  });

  it('posts a comment and creates a deployment once through dropped answers', async () => {
    await emulator.control.addFault({ path: '/comments$', kind: 'drop-after-apply' });
    await emulator.control.addFault({ path: '/deployments$', kind: 'drop-after-apply' });
    const comment = await port.closeIssue(1, '<!-- outcome -->\nApproved', 'completed');
    expect(comment.body).toBe('<!-- outcome -->\nApproved');
    expect(await admin('/issues/1/comments')).toHaveLength(1);
    const payload = { gate: 'await-environment-approval', issue: 1, run_id: 9 };
    const other = await port.createDeployment({
      ref: 'main',
      environment: 'production',
      description: 'another gate',
      payload: { ...payload, issue: 2 },
    });
    const { id } = await port.createDeployment({
      ref: 'main',
      environment: 'production',
      description: 'gate',
      payload,
    });
    expect(id).not.toBe(other.id);
    expect(await admin('/deployments')).toHaveLength(2);
  });
});
