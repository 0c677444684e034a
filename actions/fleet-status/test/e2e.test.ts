import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runAction, type ActionRun } from '@infra-fleet/testkit';
import {
  FLUX,
  fleetStory,
  type FleetStory,
} from '../../../packages/fleet-status/test/fleet-story.js';

const ACTION_DIR = resolve(import.meta.dirname, '..');
let story: FleetStory;
let workspace: string;

beforeAll(async () => {
  story = await fleetStory();
  workspace = mkdtempSync(join(tmpdir(), 'fleet-status-ws-'));
});
afterAll(async () => {
  await story.close();
  rmSync(workspace, { recursive: true, force: true });
});

/** The bundle as a runner runs it: no checkout, only the inputs and the runner's env. */
function runStatus(inputs: Record<string, string>, token = story.readToken): Promise<ActionRun> {
  return runAction({
    actionDir: ACTION_DIR,
    token,
    workspace,
    inputs: { 'flux-account': FLUX, ...inputs },
    env: { GITHUB_API_URL: story.emulator.url, GITHUB_REPOSITORY: 'octo-org/infra-fleet' },
  });
}

const errors = (run: ActionRun) =>
  run.annotations.filter((a) => a.command === 'error').map((a) => a.message);

describe('fleet-status (bundled)', () => {
  it('writes what runs where to the job summary, from the API alone, and the page when asked', async () => {
    mkdirSync(join(workspace, 'site'), { recursive: true });
    const run = await runStatus({ 'html-file': 'site/fleet.html' });

    expect(errors(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('### Fleet status');
    expect(run.summary).toMatch(/\| `production` \| `v1\.2\.3` \| ✅ verified \|/);
    expect(run.summary).toContain('alice');
    expect(run.outputs).toEqual({
      behind: '["load-harness/production"]',
      unverified: expect.stringContaining('"load-harness/staging"'),
      'html-file': join(workspace, 'site/fleet.html'),
    });
    expect(JSON.parse(run.outputs.unverified ?? '')).not.toContain('load-harness/production');
    const html = readFileSync(join(workspace, 'site/fleet.html'), 'utf8');
    expect(html).toContain('data-environment="production"');
    expect(run.stdout).toContain('1 change(s) behind staging');
  });

  it('writes no summary when told not to, and reads only `depth` commits per overlay', async () => {
    await story.emulator.control.resetLog();
    const run = await runStatus({ summary: 'false', depth: '1' });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toBe('');
    expect(run.outputs.behind).toBe('["load-harness/production"]');
    const listed = (await story.emulator.control.requests()).filter(
      (r) => r.operationId === 'repos/list-commits',
    );
    expect(listed.length).toBeGreaterThan(0);
    const perPage = listed.map((r) =>
      new URLSearchParams(r.query.replace(/^\?/, '')).get('per_page'),
    );
    expect(new Set(perPage)).toEqual(new Set(['1']));
  });

  it('refuses a page path outside the workspace, through a symlink too, before reading anything', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'fleet-status-outside-'));
    symlinkSync(outside, join(workspace, 'escape'));
    try {
      for (const path of ['../fleet.html', 'escape/fleet.html']) {
        const run = await runStatus({ 'html-file': path });
        expect(run.exitCode).toBe(1);
        expect(errors(run).join('\n')).toContain(`"${path}" is outside the workspace`);
        expect(run.outputs).toEqual({});
      }
      expect(existsSync(join(outside, 'fleet.html'))).toBe(false);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it("refuses GITHUB_TOKEN's shared account as Flux's, and names a missing branch", async () => {
    const shared = await runStatus({ 'flux-account': 'github-actions[bot]' });
    expect(shared.exitCode).toBe(1);
    expect(errors(shared).join('\n')).toContain('could forge Flux');

    const branch = await runStatus({ branch: 'nope' });
    expect(branch.exitCode).toBe(1);
    expect(errors(branch).join('\n')).toContain(
      'Branch nope does not exist in octo-org/infra-fleet',
    );
    expect(branch.summary).toBe('');
  });
});
