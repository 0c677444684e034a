import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FleetStatus } from '@infra-fleet/fleet-status';
import { FLUX, fleetStory, type FleetStory } from '../../fleet-status/test/fleet-story.js';
import { runCli } from './run-cli.js';

let story: FleetStory;
let env: NodeJS.ProcessEnv;
const REPO = ['--repo', 'octo-org/infra-fleet'];

beforeAll(async () => {
  story = await fleetStory();
  env = { GITHUB_API_URL: story.emulator.url, GITHUB_TOKEN: story.readToken };
});
afterAll(() => story.close());

describe('infra-fleet status', () => {
  it('reports each environment: pin, setter with trailers, Flux by its account only, approval, lag (--json)', async () => {
    const run = await runCli(
      ['status', '--json', '--flux-account', FLUX, ...REPO],
      story.checkout,
      env,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const status = JSON.parse(run.stdout) as FleetStatus;
    expect(status.environments).toEqual(['staging', 'production']);
    const harness = status.apps.find((app) => app.app === 'load-harness');
    const [staging, production] = harness?.environments ?? [];
    expect(staging).toMatchObject({
      environment: 'staging',
      overlay: 'k8s/overlays/staging/kustomization.yaml',
      pin: { tag: 'v1.3.0', digest: null },
      setBy: {
        sha: story.commits.stagingNext,
        trailers: { image: ['ECR_PLACEHOLDER=v1.3.0'], previous: ['ECR_PLACEHOLDER=v1.2.3'] },
      },
      flux: { state: 'unverified', account: FLUX, ignored: 1 },
    });
    expect(staging?.approval).toBeUndefined();
    expect(production).toMatchObject({
      pin: { tag: 'v1.2.3' },
      setBy: {
        sha: story.commits.production,
        trailers: { promotedFrom: { environment: 'staging', sha: story.commits.stagingRelease } },
      },
      flux: {
        state: 'verified',
        contexts: [{ context: 'flux/production/kustomization/load-harness', state: 'success' }],
      },
      approval: { outcome: 'approved', source: 'issue', approvers: [{ login: 'alice' }] },
      lag: { behind: 'staging', same: false, changes: 1 },
    });
    expect(production?.setBy?.trailers.runUrl).toMatch(/\/actions\/runs\/102$/);
    expect(status.warnings).toEqual([]);
  });

  it('prints a plain-text table by default', async () => {
    const run = await runCli(['status', '--flux-account', FLUX, ...REPO], story.checkout, env);
    expect(run.code).toBe(0);
    const production = run.stdout.split('\n').find((line) => line.trim().startsWith('production'));
    expect(production).toContain('v1.2.3');
    expect(production).toContain('verified');
    expect(production).toContain(
      `promoted from staging@${story.commits.stagingRelease.slice(0, 7)}`,
    );
    expect(production).toContain('alice at 2026-');
    expect(production).toContain('1 change(s) behind staging');
    expect(run.stdout).toContain('not verified (1 status(es) by others ignored)');
  });

  it('without a token, reads the repository alone and says what it left out', async () => {
    const run = await runCli(
      ['status', '--json', '--flux-account', FLUX, ...REPO],
      story.checkout,
      { GITHUB_API_URL: story.emulator.url },
    );
    const status = JSON.parse(run.stdout) as FleetStatus;
    expect(status.apps[0]?.environments[1]).toMatchObject({
      pin: { tag: 'v1.2.3' },
      flux: { state: 'unverified' },
    });
    expect(status.warnings).toEqual(['no GitHub token: Flux statuses and approvals were not read']);
  });

  it('writes the job summary (--summary) and the HTML page (--html)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'status-faces-'));
    try {
      const summary = join(dir, 'summary.md');
      const run = await runCli(
        ['status', '--summary', '--html', join(dir, 'fleet.html'), '--flux-account', FLUX, ...REPO],
        story.checkout,
        { ...env, GITHUB_STEP_SUMMARY: summary },
      );
      expect(run.code).toBe(0);
      const markdown = readFileSync(summary, 'utf8');
      expect(markdown).toContain('### Fleet status');
      expect(markdown).toMatch(/\| `production` \| `v1\.2\.3` \| ✅ verified \|/);
      expect(markdown).toContain('<summary>Promotion timeline</summary>');
      const html = readFileSync(join(dir, 'fleet.html'), 'utf8');
      expect(html).toContain('data-environment="production"');
      expect(html).not.toMatch(/(src|href)=["']https?:/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--summary outside a runner is a usage problem with a hint', async () => {
    const run = await runCli(['status', '--summary', ...REPO], story.checkout, env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error: --summary needs GITHUB_STEP_SUMMARY.');
    expect(run.stderr).toContain('hint: ');
  });
});

describe('infra-fleet', () => {
  it('lists its commands and refuses unknown ones', async () => {
    const help = await runCli(['--help'], story.checkout);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/status\s+What runs where/);
    expect(help.stdout).toMatch(/promote\s+Preview a promotion/);
    const unknown = await runCli(['statuz'], story.checkout);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "statuz"');
  });
});
