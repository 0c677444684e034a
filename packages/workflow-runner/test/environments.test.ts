import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { approveRun, setEnvironment } from '@infra-fleet/github-emulator';
import { runGit } from '@infra-fleet/testkit';
import { job, sandbox, type Sandbox } from './helpers.js';

let box: Sandbox;
beforeAll(async () => {
  box = await sandbox();
  await box.emulator.control.addAccount({ login: 'maria', type: 'User' });
  await box.emulator.control.setCollaborator('maria', 'write');
  await setEnvironment(box.emulator, 'production', {
    reviewers: [{ type: 'User', login: 'maria' }],
    branch_policies: [{ name: 'main' }, { name: 'v*', type: 'tag' }],
  });
  runGit(['branch', 'feature', 'main'], box.emulator.gitDir);
  box.writeWorkflow(
    'deploy.yml',
    `
name: deploy
on: workflow_dispatch
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-24.04
    environment: production
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c # v6.2.3
        with:
          role-to-assume: arn:aws:iam::123456789012:role/deploy-production
          aws-region: eu-west-2
      - run: test -n "$AWS_SESSION_TOKEN" && echo "credentials for $AWS_REGION"
  no-oidc:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
    steps:
      - uses: aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c # v6.2.3
        with:
          role-to-assume: arn:aws:iam::123456789012:role/deploy-production
          aws-region: eu-west-2
`,
  );
});
afterAll(() => box.close());

describe('environments and their protection rules, served by the emulator', () => {
  it('holds the job until a required reviewer approves, then gives OIDC only to id-token: write', async () => {
    const runner = box.runner({
      observer: async (event) => {
        if (event.type === 'review-requested')
          await approveRun(box.emulator, event.runId, { login: 'maria', state: 'approved' });
      },
    });
    const run = await runner.run({
      workflow: '.github/workflows/deploy.yml',
      event: 'workflow_dispatch',
    });
    expect(job(run, 'deploy')).toMatchObject({
      result: 'success',
      environment: 'production',
      permissions: 'contents: read, id-token: write',
    });
    expect(job(run, 'deploy').steps[1]?.log).toContain('credentials for eu-west-2');
    expect(job(run, 'no-oidc').steps[0]?.annotations[0]?.message).toMatch(
      /Did you mean to set the `id-token` permission\?/,
    );
  });

  it('fails the job when a reviewer rejects it', async () => {
    const runner = box.runner({
      observer: async (event) => {
        if (event.type === 'review-requested')
          await approveRun(box.emulator, event.runId, {
            login: 'maria',
            state: 'rejected',
            comment: 'not now',
          });
      },
    });
    const run = await runner.run({
      workflow: '.github/workflows/deploy.yml',
      event: 'workflow_dispatch',
    });
    expect(job(run, 'deploy')).toMatchObject({
      result: 'failure',
      steps: [],
      annotations: [{ message: 'The deployment to production was rejected by its reviewers.' }],
    });
  });

  it('refuses a branch the deployment branch policies do not list, before anyone is asked', async () => {
    const run = await box.runner().run({
      workflow: '.github/workflows/deploy.yml',
      event: 'workflow_dispatch',
      ref: 'refs/heads/feature',
    });
    expect(job(run, 'deploy')).toMatchObject({
      result: 'failure',
      annotations: [
        {
          message:
            'Branch "feature" is not allowed to deploy to production due to environment protection rules.',
        },
      ],
    });
  });
});
