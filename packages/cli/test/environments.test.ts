import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  setEnvironment,
  setEnvironmentSecret,
  setEnvironmentVariable,
  startEmulator,
  type RunningEmulator,
} from '@infra-fleet/github-emulator';
import { runGit } from '@infra-fleet/testkit';
import { runCli } from './run-cli.js';

const DECLARED = `environments: [staging, production]
github-environments:
  staging:
    deploy-from: { tags: ["v*"] }
    variables: [FLUX_BOT_LOGIN]
  production:
    reviewers: [maria, octo-org/sre]
    prevent-self-review: true
    wait-timer: 5
    deploy-from: { branches: [main], tags: ["v*"] }
    secrets: [RELEASE_APP_PRIVATE_KEY]
    variables: [FLUX_BOT_LOGIN]
`;

let emulator: RunningEmulator;
let scratch: string;
let checkout: string;
let readEnv: NodeJS.ProcessEnv;
let adminEnv: NodeJS.ProcessEnv;
const REPO = ['--repo', 'octo-org/infra-fleet'];

beforeAll(async () => {
  emulator = await startEmulator({ seed: { files: { 'infra-fleet.yaml': DECLARED } } });
  scratch = mkdtempSync(join(tmpdir(), 'environments-'));
  checkout = join(scratch, 'checkout');
  runGit(['clone', '--quiet', emulator.gitDir, checkout], scratch);
  const { control } = emulator;
  await control.addAccount({ login: 'maria', type: 'User' });
  await control.setCollaborator('maria', 'write');
  await control.addTeamMember('octo-org', 'sre', 'maria');
  // Drift: production lets any branch deploy, without reviewers; staging misses its variable.
  await setEnvironment(emulator, 'production', { wait_timer: 5 });
  await setEnvironmentSecret(emulator, 'production', 'RELEASE_APP_PRIVATE_KEY');
  await setEnvironmentVariable(emulator, 'production', 'FLUX_BOT_LOGIN', 'flux-bot');
  const read = { actions: 'read', environments: 'read' } as const;
  readEnv = {
    GITHUB_API_URL: emulator.url,
    GITHUB_TOKEN: await control.createToken('github-actions[bot]', read),
  };
  const write = { ...read, administration: 'write', members: 'read' } as const;
  adminEnv = {
    GITHUB_API_URL: emulator.url,
    GITHUB_TOKEN: await control.createToken('emulator-admin', write),
  };
});
afterAll(async () => {
  await emulator.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('infra-fleet environments', () => {
  it('check lists each difference from the declaration and fails', async () => {
    const run = await runCli(['environments', 'check', ...REPO], checkout, readEnv);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([
      'staging: environment: declared exists, actual missing',
      'staging: deploy-from: declared tag v*, actual any branch or tag',
      'staging: variable FLUX_BOT_LOGIN: declared exists, actual missing (set it in the repository settings: apply cannot, it has no value)',
      'production: reviewers: declared maria, octo-org/sre, actual none',
      'production: prevent-self-review: declared true, actual false',
      'production: deploy-from: declared branch main, tag v*, actual any branch or tag',
      '6 difference(s) from infra-fleet.yaml.',
    ]);
  });

  it('apply sets what it can, says what it did, and leaves only what needs a person', async () => {
    const run = await runCli(['environments', 'apply', ...REPO], checkout, adminEnv);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('staging: created (environment, deploy-from)');
    expect(run.stdout).toContain(
      'production: updated (reviewers, prevent-self-review, deploy-from)',
    );
    expect(run.stdout).toContain('1 difference(s) from infra-fleet.yaml.');
    await setEnvironmentVariable(emulator, 'staging', 'FLUX_BOT_LOGIN', 'flux-bot');
    const again = await runCli(['environments', 'apply', ...REPO], checkout, adminEnv);
    expect(again.stdout).toBe(
      'staging: unchanged\nproduction: unchanged\nNo drift: staging, production match infra-fleet.yaml.\n',
    );
    expect(again.code).toBe(0);
    const check = await runCli(['environments', 'check', ...REPO], checkout, readEnv);
    expect(check.code).toBe(0);
  });

  it('apply without administration: write fails with the permission to grant', async () => {
    await setEnvironment(emulator, 'production', {});
    const grant = { actions: 'read', environments: 'read', members: 'read' } as const;
    const token = await emulator.control.createToken('github-actions[bot]', grant);
    const run = await runCli(['environments', 'apply', ...REPO], checkout, {
      ...readEnv,
      GITHUB_TOKEN: token,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: Could not update environment production .*403/m);
    expect(run.stderr).toMatch(/^hint: .*administration/m);
  });
});
