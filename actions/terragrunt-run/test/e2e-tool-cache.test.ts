import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_TERRAGRUNT_VERSION as TG } from '../src/versions.js';
import { startFixture, terragruntRun, workspaceWith, type Fixture } from './helpers.js';

// A persistent runner's tool cache is writable by earlier jobs: nothing in it is trusted.
let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(() => fixture?.close());

const PLAN = { command: 'plan', 'plan-dir': 'plan-out' };

/** An executable that records that it ran, standing in for an attacker's binary. */
function trojan(marker: string): Buffer {
  return Buffer.from(`#!/bin/sh\necho ran > '${marker}'\nexit 0\n`);
}

/** Replaces every file in `folder`, and every `*.sha256` beside it with the trojan's digest. */
function poison(folder: string, bytes: Buffer): void {
  const digest = createHash('sha256').update(bytes).digest('hex');
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (name.endsWith('.sha256')) writeFileSync(path, `${digest}  ${name.slice(0, -7)}\n`);
    else writeFileSync(path, bytes);
    chmodSync(path, 0o755);
  }
}

/** A cache that has seen one run of the pinned Terragrunt. */
async function warmCache(): Promise<{ cache: string; workspace: string }> {
  const workspace = workspaceWith(fixture, { vpc: {} });
  const cache = mkdtempSync(join(fixture.root, 'tool-cache-'));
  const first = await terragruntRun(fixture, workspace, PLAN, {
    env: { RUNNER_TOOL_CACHE: cache },
  });
  expect(first.exitCode).toBe(0);
  return { cache, workspace };
}

describe('the tool cache is checked against the verified digest, never a sidecar', () => {
  it('refuses a cached binary replaced together with its recorded digest', async () => {
    const { cache, workspace } = await warmCache();
    const marker = join(fixture.root, `trojan-${Date.now()}-1`);
    poison(join(cache, 'terragrunt', TG, 'x64'), trojan(marker));
    const requested = fixture.releases.requests.length;

    const second = await terragruntRun(fixture, workspace, PLAN, {
      env: { RUNNER_TOOL_CACHE: cache },
    });

    expect(existsSync(marker)).toBe(false);
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toMatch(
      new RegExp(
        `::warning::Not using the cached Terragrunt ${TG}: .* has SHA-256 [0-9a-f]{64}, not the verified [0-9a-f]{64}\\. Downloading it again\\.`,
      ),
    );
    expect(fixture.releases.requests.slice(requested)).toContain(
      `/terragrunt/v${TG}/terragrunt_linux_amd64`,
    );
  });

  it('refuses a version folder that is a symbolic link, and never writes through it', async () => {
    const { cache, workspace } = await warmCache();
    const marker = join(fixture.root, `trojan-${Date.now()}-2`);
    const evil = mkdtempSync(join(fixture.root, 'evil-'));
    renameSync(join(cache, 'terragrunt', TG), join(evil, 'version'));
    poison(join(evil, 'version', 'x64'), trojan(marker));
    symlinkSync(join(evil, 'version'), join(cache, 'terragrunt', TG));
    const planted = readdirSync(join(evil, 'version', 'x64')).map((name) =>
      readFileSync(join(evil, 'version', 'x64', name)),
    );

    const second = await terragruntRun(fixture, workspace, PLAN, {
      env: { RUNNER_TOOL_CACHE: cache },
    });

    expect(existsSync(marker)).toBe(false);
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toContain(
      `::warning::Not using the cached Terragrunt ${TG}: ${join(cache, 'terragrunt', TG)} is a symbolic link. Downloading it again.`,
    );
    expect(second.stdout).toContain(`::warning::Not caching Terragrunt ${TG}:`);
    const after = readdirSync(join(evil, 'version', 'x64')).map((name) =>
      readFileSync(join(evil, 'version', 'x64', name)),
    );
    expect(after).toEqual(planted);
  });

  it('runs a copy made in this run, not the cached file', async () => {
    const { cache, workspace } = await warmCache();
    const run = await terragruntRun(fixture, workspace, PLAN, {
      env: { RUNNER_TOOL_CACHE: cache },
    });
    expect(run.exitCode).toBe(0);
    const installedAt =
      /Terragrunt [\d.]+: from the tool cache, SHA-256 matches .*; installed at (\S+)\./.exec(
        run.stdout,
      )?.[1];
    expect(installedAt).toBeDefined();
    expect(installedAt!.startsWith(cache)).toBe(false);
    expect(run.stdout).toContain(`Running terragrunt`);
  });
});
