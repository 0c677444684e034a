import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { marked } from 'marked';
import { analysePlan } from '@infra-fleet/terragrunt';
import { screenshotPath, withPage } from '../../../packages/fleet-status/test/browser.js';
import { collectUnitResults, renderComment } from '../src/report.js';
import { planJson } from './fixtures/plans.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'plan-comment-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The demo's pull request: staging's node group may grow to 6 nodes; a new log bucket; a token. */
function staging() {
  const eks = analysePlan(
    planJson([
      {
        type: 'aws_eks_node_group',
        name: 'this',
        module: 'module.node_group',
        actions: ['update'],
        before: {
          node_group_name: 'staging-default',
          scaling_config: [{ desired_size: 2, max_size: 4, min_size: 1 }],
        },
        after: {
          node_group_name: 'staging-default',
          scaling_config: [{ desired_size: 2, max_size: 6, min_size: 1 }],
        },
      },
    ]),
  ).changes;
  const monitoring = analysePlan(
    planJson([
      {
        type: 'aws_s3_bucket',
        name: 'logs',
        actions: ['create'],
        before: null,
        after: { bucket: 'staging-cluster-logs', force_destroy: false, arn: null },
        afterUnknown: { arn: true, id: true },
      },
      {
        type: 'aws_ssm_parameter',
        name: 'grafana_token',
        actions: ['update'],
        before: { name: '/staging/grafana/token', value: 'old-token-value' },
        after: { name: '/staging/grafana/token', value: 'new-token-value' },
        beforeSensitive: { value: true },
        afterSensitive: { value: true },
      },
    ]),
  ).changes;
  return collectUnitResults(
    [
      { unit: 'eks', result: 'succeeded' },
      { unit: 'monitoring', result: 'succeeded' },
      { unit: 'vpc', result: 'succeeded' },
    ],
    { eks, monitoring },
  );
}

const PAGE_STYLE = `body { font: 14px/1.5 -apple-system, "Segoe UI", sans-serif; max-width: 860px; margin: 24px auto; color: #1f2328; }
table { border-collapse: collapse; } td, th { border: 1px solid #d0d7de; padding: 4px 10px; }
pre { background: #f6f8fa; padding: 10px 14px; border-radius: 6px; }
code { font: 12px ui-monospace, Menlo, monospace; } details { margin: 10px 0; } summary { cursor: pointer; font-weight: 600; }`;

describe('the plan comment, rendered', () => {
  it('shows per unit, collapsible, the attributes that change, and no sensitive value', async () => {
    const body = renderComment({
      environment: 'staging',
      command: 'plan',
      units: staging(),
      exitCode: 2,
      hasChanges: true,
      destroyGuard: { allowed: false },
      versions: { terragrunt: '1.0.2', opentofu: '1.11.5' },
      summaryUrl: 'https://github.com/octo-org/infra-fleet/actions/runs/42',
    });
    const page = join(dir, 'comment.html');
    const html = await marked.parse(body);
    writeFileSync(
      page,
      `<!doctype html><meta charset="utf-8"><style>${PAGE_STYLE}</style><body>${html}</body>`,
    );
    await withPage(async (browser, blocked) => {
      await browser.goto(pathToFileURL(page).href);
      const units = browser.locator('details');
      expect(await units.count()).toBe(2);
      expect(await units.nth(0).locator('pre').isVisible()).toBe(false);
      await browser.evaluate(
        "document.querySelectorAll('details').forEach((d) => (d.open = true))",
      );
      const eks = await units.nth(0).locator('pre').innerText();
      expect(eks).toContain('~ module.node_group.aws_eks_node_group.this');
      expect(eks).toContain('scaling_config[0].max_size: 4 -> 6');
      const monitoring = await units.nth(1).locator('pre').innerText();
      expect(monitoring).toContain('+   bucket = "staging-cluster-logs"');
      expect(monitoring).toContain('~   value: (sensitive) -> (sensitive)');
      expect(await browser.content()).not.toContain('token-value');
      const shot = screenshotPath(ROOT, dir, 'plan-comment.png');
      await browser.screenshot({ path: shot, fullPage: true });
      expect(existsSync(shot)).toBe(true);
      expect(blocked).toEqual([]);
    });
  });
});
