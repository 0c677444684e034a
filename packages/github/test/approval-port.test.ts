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
    const issue = await port.createIssue({ title: 'Approve deployment', body: 'body' });
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
    const issue = await port.createIssue({ title: 'gate', body: '' });
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

  it('explains that GITHUB_TOKEN cannot read team membership', async () => {
    const withoutMembers = { ...permissions, members: undefined };
    const limited = portFor(
      await emulator.control.createToken('github-actions[bot]', withoutMembers),
    );
    const error = await limited
      .teamMembership(REPO.owner, 'sre', 'alice')
      .catch((caught) => caught);
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
