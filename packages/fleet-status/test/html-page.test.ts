import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Git } from '@infra-fleet/git';
import { createGitHubClient } from '@infra-fleet/github';
import { loadFleetConfig } from '@infra-fleet/fleet';
import { gitRepositoryReader, githubReader, readFleetStatus, renderHtml } from '../src/index.js';
import { screenshotPath, withPage } from './browser.js';
import { FLUX, ROOT, fleetStory, type FleetStory } from './fleet-story.js';

let story: FleetStory;
let dir: string;
let page: string;

beforeAll(async () => {
  story = await fleetStory();
  dir = mkdtempSync(join(tmpdir(), 'fleet-html-'));
  const reader = await gitRepositoryReader(new Git({ cwd: story.checkout }), 'HEAD');
  const config = await loadFleetConfig({
    path: 'infra-fleet.yaml',
    explicit: false,
    read: (p) => reader.readFile(p),
  });
  const client = createGitHubClient({ token: story.readToken, baseUrl: story.emulator.url });
  const status = await readFleetStatus({
    config,
    repository: reader,
    github: githubReader(client, { owner: 'octo-org', repo: 'infra-fleet' }),
    repositoryName: 'octo-org/infra-fleet',
    branch: 'main',
    fluxAccount: FLUX,
    now: new Date('2026-05-04T18:00:00Z'),
  });
  page = join(dir, 'fleet.html');
  writeFileSync(page, renderHtml(status));
});
afterAll(async () => {
  await story.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the fleet status page, in a real browser', () => {
  it('shows the environments side by side and a promotion timeline, loading nothing', async () => {
    await withPage(async (browser, blocked) => {
      await browser.goto(pathToFileURL(page).href);
      const app = browser.locator('article[data-app="load-harness"]');
      const staging = app.locator('[data-environment="staging"]');
      const production = app.locator('[data-environment="production"]');
      const [a, b] = [await staging.boundingBox(), await production.boundingBox()];
      expect(a && b && Math.abs(a.y - b.y) < 1 && b.x > a.x + a.width - 1).toBe(true);
      expect(await staging.locator('.pin').innerText()).toBe('v1.3.0');
      expect(await production.locator('.pin').innerText()).toBe('v1.2.3');
      expect(await production.locator('.badge').innerText()).toBe('verified');
      expect(await staging.locator('.badge').innerText()).toBe(
        'not verified (1 status(es) by others ignored)',
      );
      expect(await production.innerText()).toContain('alice at 2026-');
      expect(await production.innerText()).toContain('1 change(s) behind staging');
      const rows = app.locator('table.timeline tbody tr');
      expect(await rows.count()).toBe(4); // the seed (v1.0.0 in both), v1.2.3, its promotion, v1.3.0
      expect(await rows.first().innerText()).toContain('v1.3.0');
      expect((await rows.last().innerText()).match(/v1\.0\.0/g)).toHaveLength(2);
      expect(await app.locator('table.timeline .change.promoted').innerText()).toContain(
        'promoted from staging@',
      );
      const shot = screenshotPath(ROOT, dir, 'fleet-status.png');
      await browser.screenshot({ path: shot, fullPage: true });
      expect(existsSync(shot) && statSync(shot).size > 10_000).toBe(true);
      expect(blocked).toEqual([]);
    });
  });
});
