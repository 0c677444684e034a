import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@infra-fleet/github-emulator';
import { pullRequestEvent, readStandInLock, TERRAGRUNT_STAND_IN } from '@infra-fleet/testkit';
import {
  create,
  ENV_DIR,
  startFixture,
  terragruntRun,
  workspaceWith,
  type Fixture,
} from './helpers.js';

const REPO = { owner: 'octo-org', repo: 'infra-fleet' };
const PLAN = { command: 'plan', 'plan-dir': 'plan-out' };
const [BASE, HEAD] = ['a'.repeat(40), 'b'.repeat(40)];
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(() => fixture?.close());

describe('terragrunt-run: the sticky pull request comment', () => {
  let emulator: RunningEmulator;
  let token: string;
  let pr: number;

  beforeAll(async () => {
    emulator = await startEmulator(REPO);
    token = await emulator.control.createToken('github-actions[bot]', {
      pull_requests: 'write',
      issues: 'write',
    });
    const response = await fetch(`${emulator.url}/repos/${REPO.owner}/${REPO.repo}/issues`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${emulator.adminToken}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ title: 'infra change' }),
    });
    pr = ((await response.json()) as { number: number }).number;
  });
  afterAll(() => emulator?.close());

  const runOnPullRequest = (workspace: string, env: Record<string, string> = {}) =>
    terragruntRun(
      fixture,
      workspace,
      { ...PLAN, token },
      {
        event: pullRequestEvent({ number: pr, baseSha: BASE, headSha: HEAD }),
        env: {
          GITHUB_API_URL: emulator.url,
          GITHUB_REPOSITORY: `${REPO.owner}/${REPO.repo}`,
          ...env,
        },
      },
    );

  async function comments() {
    const response = await fetch(
      `${emulator.url}/repos/${REPO.owner}/${REPO.repo}/issues/${pr}/comments`,
      {
        headers: { authorization: `Bearer ${emulator.adminToken}` },
      },
    );
    return (await response.json()) as Array<{ id: number; body: string }>;
  }

  it('creates one comment per environment, then updates it in place', async () => {
    const first = await runOnPullRequest(
      workspaceWith(fixture, { vpc: { resource_changes: [create('aws_vpc.this')] } }),
    );
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toMatch(/Pull request comment created/);
    const second = await runOnPullRequest(
      workspaceWith(fixture, {
        vpc: { resource_changes: [create('aws_vpc.this'), create('aws_nat_gateway.this')] },
      }),
    );
    expect(second.stdout).toMatch(/Pull request comment updated/);
    const mine = (await comments()).filter((c) =>
      c.body.startsWith('<!-- infra-fleet:terragrunt-run:staging -->'),
    );
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).toContain('aws_nat_gateway.this');
  });

  it('keeps an overflowing comment under 65,536 characters and points at the job summary', async () => {
    const units = Object.fromEntries(
      Array.from({ length: 30 }, (_, u) => [
        `unit-${u}`,
        {
          resource_changes: Array.from({ length: 120 }, (_, r) =>
            create(
              `module.app_${u}.aws_ssm_parameter.setting_with_a_long_name["key-${r}-${'x'.repeat(40)}"]`,
            ),
          ),
        },
      ]),
    );
    const run = await runOnPullRequest(workspaceWith(fixture, units));
    expect(run.exitCode).toBe(0);
    const body = (await comments()).find((c) =>
      c.body.startsWith('<!-- infra-fleet:terragrunt-run:staging -->'),
    )!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    // Whole units only (each ~20k characters with its attribute changes): at least half is used.
    expect(body.length).toBeGreaterThan(32_768);
    expect(body).toMatch(
      /more unit\(s\).*see the \[job summary\]\(https:\/\/github\.com\/octo-org\/infra-fleet\/actions\/runs\/\d+\)/,
    );
    expect(run.summary).toContain('unit-29');
  });

  it('masks secret environment values and never writes them to the comment or the summary', async () => {
    const workspace = workspaceWith(fixture, {
      vpc: { resource_changes: [create(`aws_secretsmanager_secret_version.api["${SECRET}"]`)] },
    });
    const run = await runOnPullRequest(workspace, { AWS_SECRET_ACCESS_KEY: SECRET });
    expect(run.exitCode).toBe(0);
    expect(run.masked).toEqual(expect.arrayContaining([SECRET, token]));
    const logged = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(logged.join('\n')).not.toContain(token);
    expect(run.summary).toContain('aws_secretsmanager_secret_version.api');
    expect(run.summary).not.toContain(SECRET);
    const body = (await comments()).map((c) => c.body).join('\n');
    expect(body).toContain('aws_secretsmanager_secret_version.api');
    expect(body).not.toContain(SECRET);
  });
});

describe('terragrunt-run: signals and state locks', () => {
  it('forwards SIGINT to Terragrunt at once, which releases the lock and stops', async () => {
    const workspace = workspaceWith(fixture, {
      vpc: { sleep_ms: 30_000, resource_changes: [create('aws_vpc.this')] },
    });
    const lockFile = join(workspace, ENV_DIR, 'vpc/.standin-lock.json');
    const run = await terragruntRun(fixture, workspace, PLAN, {
      signalWhenExists: { signal: 'SIGINT', path: lockFile },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/Received SIGINT: forwarding it to Terragrunt/);
    expect(run.stdout + run.stderr).toMatch(/Releasing state lock/);
    expect(run.stdout).toMatch(
      /::error::terragrunt plan failed:[\s\S]*cancelled \(SIGINT forwarded/,
    );
    expect(existsSync(lockFile)).toBe(false);
  });

  it('reports a lock left by a killed run with its ID and how to release it', async () => {
    const workspace = workspaceWith(fixture, { vpc: { sleep_ms: 30_000 } });
    const unit = join(workspace, ENV_DIR, 'vpc');
    await killMidRun(workspace, join(unit, '.standin-lock.json'));
    const left = readStandInLock(unit);
    expect(left?.ID).toMatch(/^[0-9a-f-]{36}$/);
    const run = await terragruntRun(fixture, workspace, PLAN);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`State lock ${left!.ID} is held`);
    expect(run.stdout).toContain(`terragrunt force-unlock ${left!.ID}`);
    expect(run.stdout).toContain(`${ENV_DIR}/vpc`);
  });
});

describe('terragrunt-run: installing the tools', () => {
  it('refuses a Terragrunt binary whose checksum does not match the release', async () => {
    const tampered = await startFixture({ tamper: 'terragrunt' });
    try {
      const run = await terragruntRun(tampered, workspaceWith(tampered, { vpc: {} }), PLAN);
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toMatch(/::error::.*(checksum|SHA256)/i);
      expect(existsSync(join(tampered.toolCache, 'terragrunt'))).toBe(false);
    } finally {
      await tampered.close();
    }
  });
});

/** Runs the stand-in directly and SIGKILLs it while it holds the state lock. */
async function killMidRun(workspace: string, lockFile: string): Promise<void> {
  const planDir = mkdtempSync(join(workspace, 'killed-'));
  const child = spawn(
    TERRAGRUNT_STAND_IN,
    [
      'run',
      '--all',
      '--non-interactive',
      '--working-dir',
      join(workspace, ENV_DIR),
      '--out-dir',
      join(planDir, 'plans'),
      '--',
      'plan',
    ],
    {
      stdio: 'ignore',
      env: { ...process.env, PATH: `${join(fixture.root, 'bin')}:${process.env.PATH}` },
    },
  );
  const closed = new Promise((resolve) => child.on('close', resolve));
  while (!existsSync(lockFile)) await new Promise((resolve) => setTimeout(resolve, 20));
  child.kill('SIGKILL');
  await closed;
  expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toBeDefined();
}
