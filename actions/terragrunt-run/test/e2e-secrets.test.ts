import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@infra-fleet/github-emulator';
import { pullRequestEvent, type StandInResourceChange } from '@infra-fleet/testkit';
import { create, startFixture, terragruntRun, workspaceWith, type Fixture } from './helpers.js';

// The comment is posted through the API, where the runner's log masking never applies.
const REPO = { owner: 'octo-org', repo: 'infra-fleet' };
const [BASE, HEAD] = ['a'.repeat(40), 'b'.repeat(40)];

const DB_PASS = 'db-pass-4f9c21e7';
const URL_PASSWORD = 'url-pw-8d2b6a10';
const AWS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const API_SECRET = 'api"secret\\b64-ff01';
const SENSITIVE = 'plan-sensitive-93a7c4';

const ENV = {
  DB_PASS,
  DATABASE_URL: `postgres://app:${URL_PASSWORD}@db.internal:5432/app`,
  AWS_SECRET_ACCESS_KEY: AWS_KEY,
  TF_VAR_api_secret: API_SECRET,
};

/** Each leak the review found, as the text that reached the comment: [label, leaked text]. */
const LEAKS: [string, string][] = [
  ['DB_PASS', DB_PASS],
  ['the password inside DATABASE_URL', URL_PASSWORD],
  ['AWS_SECRET_ACCESS_KEY in base64', Buffer.from(AWS_KEY).toString('base64')],
  ['AWS_SECRET_ACCESS_KEY upper-cased', AWS_KEY.toUpperCase()],
  ['TF_VAR_api_secret JSON-escaped', JSON.stringify(API_SECRET).slice(1, -1)],
  ['a value the plan marks sensitive', SENSITIVE],
];

/** One resource per leak, its address carrying the leaked text, and one sensitive attribute. */
function leakingChanges(): StandInResourceChange[] {
  const sensitive: StandInResourceChange = {
    address: 'aws_db_instance.main',
    change: {
      actions: ['create'],
      before: null,
      after: { identifier: 'main', password: SENSITIVE },
      after_sensitive: { password: true },
    },
  };
  return [
    sensitive,
    ...LEAKS.map(([, text], i) => create(`aws_ssm_parameter.leak${i}["${text}"]`)),
  ];
}

let fixture: Fixture;
let emulator: RunningEmulator;
let token: string;
let pr: number;

beforeAll(async () => {
  fixture = await startFixture();
  emulator = await startEmulator(REPO);
  token = await emulator.control.createToken('github-actions[bot]', {
    pull_requests: 'write',
    issues: 'write',
  });
  const response = await fetch(`${emulator.url}/repos/${REPO.owner}/${REPO.repo}/issues`, {
    method: 'POST',
    headers: { authorization: `Bearer ${emulator.adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'infra change' }),
  });
  pr = ((await response.json()) as { number: number }).number;
});
afterAll(async () => {
  await emulator?.close();
  await fixture?.close();
});

async function commentBodies(): Promise<string> {
  const response = await fetch(
    `${emulator.url}/repos/${REPO.owner}/${REPO.repo}/issues/${pr}/comments`,
    { headers: { authorization: `Bearer ${emulator.adminToken}` } },
  );
  return ((await response.json()) as Array<{ body: string }>).map((c) => c.body).join('\n');
}

describe('secrets never reach the pull request comment or the job summary', () => {
  let run: Awaited<ReturnType<typeof terragruntRun>>;
  let comment: string;

  beforeAll(async () => {
    run = await terragruntRun(
      fixture,
      workspaceWith(fixture, { vpc: { resource_changes: leakingChanges() } }),
      { command: 'plan', 'plan-dir': 'plan-out', token },
      {
        event: pullRequestEvent({ number: pr, baseSha: BASE, headSha: HEAD }),
        env: {
          GITHUB_API_URL: emulator.url,
          GITHUB_REPOSITORY: `${REPO.owner}/${REPO.repo}`,
          ...ENV,
        },
      },
    );
    comment = await commentBodies();
  });

  it('posts the comment and the summary, addresses shown with the secrets replaced', () => {
    expect(run.exitCode).toBe(0);
    expect(comment).toContain('aws_ssm_parameter.leak0["***"]');
    expect(run.summary).toContain('aws_ssm_parameter.leak5["***"]');
    expect(run.summary).toContain('aws_db_instance.main');
  });

  it.each(LEAKS)('does not leak %s', (_, text) => {
    expect(comment).not.toContain(text);
    expect(run.summary).not.toContain(text);
  });

  it('masks the secret values in the log, the URL password included', () => {
    expect(run.masked).toEqual(
      expect.arrayContaining([DB_PASS, URL_PASSWORD, AWS_KEY, API_SECRET]),
    );
  });
});
