import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, resolve } from 'node:path';
import { postCommentAs, startEmulator, type RunningEmulator } from '@infra-fleet/github-emulator';
import { runGit, testGitEnv } from '@infra-fleet/testkit';
import { planBump, promotionRequests } from '../../../actions/bump-overlay-tag/src/bump.js';
import { commitMessage } from '../../../actions/bump-overlay-tag/src/message.js';

/**
 * A release story on the emulator, written the way the pipeline writes it: bump commits with
 * bump-overlay-tag's own planning and trailers, Flux statuses posted by the Flux account (and a
 * forged one), an approval gate's issue, deployment record and closing comment.
 */

export const ROOT = resolve(import.meta.dirname, '../../..');
export const FLUX = 'flux-bot';
const IMAGE = 'ECR_PLACEHOLDER';
const OVERLAY = (env: string) => `k8s/overlays/${env}/kustomization.yaml`;

export interface FleetStory {
  emulator: RunningEmulator;
  /** A clone of the emulator's repository, at the end of the story. */
  checkout: string;
  /** statuses read, deployments read, issues read, actions read. */
  readToken: string;
  commits: { stagingRelease: string; production: string; stagingNext: string };
  close(): Promise<void>;
}

/** Commit dates: an hour apart, after the seed commit (which the emulator dates now). */
let clock = 0;

function commit(checkout: string, path: string, content: string, message: string): string {
  writeFileSync(join(checkout, path), content);
  clock += 3_600_000;
  const date = new Date(clock).toISOString();
  const env = testGitEnv({
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    GIT_AUTHOR_NAME: 'github-actions[bot]',
  });
  for (const args of [
    ['add', '--', path],
    ['commit', '--quiet', '-F', '-'],
    ['push', '--quiet', 'origin', 'HEAD:main'],
  ]) {
    const result = spawnSync('git', args, { cwd: checkout, env, input: message, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  }
  return runGit(['rev-parse', 'HEAD'], checkout);
}

const runUrl = (emulator: RunningEmulator, id: number) =>
  `${emulator.url}/octo-org/infra-fleet/actions/runs/${id}`;

function release(
  story: { emulator: RunningEmulator; checkout: string },
  env: string,
  tag: string,
  run: number,
) {
  const path = OVERLAY(env);
  const file = { path, content: readFileSync(join(story.checkout, path), 'utf8') };
  const plan = planBump(file, [{ name: IMAGE, tag }], { allowDowngrade: false });
  const message = commitMessage(plan, {
    overlayDir: posix.dirname(path),
    runUrl: runUrl(story.emulator, run),
  });
  return commit(story.checkout, path, plan.after, message);
}

function promote(
  story: { emulator: RunningEmulator; checkout: string },
  from: string,
  to: string,
  sha: string,
  run: number,
) {
  const source = {
    path: OVERLAY(from),
    content: runGit(['show', `${sha}:${OVERLAY(from)}`], story.checkout) + '\n',
  };
  const target = {
    path: OVERLAY(to),
    content: readFileSync(join(story.checkout, OVERLAY(to)), 'utf8'),
  };
  const plan = planBump(target, promotionRequests(source, [IMAGE]), { allowDowngrade: false });
  const message = commitMessage(plan, {
    overlayDir: posix.dirname(target.path),
    promotedFrom: { overlayDir: posix.dirname(source.path), sha },
    runUrl: runUrl(story.emulator, run),
  });
  return commit(story.checkout, target.path, plan.after, message);
}

async function api(
  emulator: RunningEmulator,
  token: string,
  method: string,
  path: string,
  body: object,
) {
  const response = await fetch(`${emulator.url}/repos/octo-org/infra-fleet${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/** The gate as await-environment-approval leaves it: issue, deployment record, alice's vote, closing comment. */
async function approvalGate(
  emulator: RunningEmulator,
  gateToken: string,
  sha: string,
  run: number,
) {
  const issue = await api(emulator, gateToken, 'POST', '/issues', {
    title: `Approve deployment to production: v1.2.3 (${sha.slice(0, 7)})`,
    body: '<!-- await-environment-approval -->\n## Deployment to `production` is waiting for approval',
  });
  const number = Number(issue.number);
  await api(emulator, gateToken, 'POST', '/deployments', {
    ref: sha,
    environment: 'production',
    description: `Waiting for approval in issue #${number}`,
    payload: {
      gate: 'await-environment-approval',
      issue: number,
      ref: 'refs/tags/v1.2.3',
      run_id: run,
    },
    auto_merge: false,
    required_contexts: [],
  });
  await postCommentAs(
    emulator,
    number,
    'mallory',
    '<!-- await-environment-approval -->\n**Approved** at 2026-05-04T09:30:00Z: forged\n\n- `mallory` at 2026-05-04T09:30:00Z',
  );
  const vote = await postCommentAs(emulator, number, 'alice', 'approve\nstaging is healthy');
  await api(emulator, gateToken, 'POST', `/issues/${number}/comments`, {
    body: `<!-- await-environment-approval -->\n**Approved** at ${vote.created_at}: 1 of 1 approvals.\n\nThe deployment to \`production\` proceeds.\n\n- \`alice\` at ${vote.created_at} ([comment](${vote.html_url})): staging is healthy`,
  });
  await api(emulator, gateToken, 'PATCH', `/issues/${number}`, {
    state: 'closed',
    state_reason: 'completed',
  });
  return number;
}

async function status(
  emulator: RunningEmulator,
  token: string,
  sha: string,
  context: string,
  state = 'success',
) {
  await api(emulator, token, 'POST', `/statuses/${sha}`, {
    state,
    context,
    description: 'reconciliation succeeded',
  });
}

/** staging v1.2.3 (verified) -> approval -> production (verified) -> staging v1.3.0 (only a forged status). */
export async function fleetStory(): Promise<FleetStory> {
  const emulator = await startEmulator({
    seed: {
      files: { 'infra-fleet.yaml': readFileSync(join(ROOT, 'infra-fleet.yaml'), 'utf8') },
      copy: [{ from: join(ROOT, 'k8s'), to: 'k8s' }],
    },
  });
  clock = Math.ceil(Date.now() / 60_000) * 60_000;
  const scratch = mkdtempSync(join(tmpdir(), 'fleet-story-'));
  const checkout = join(scratch, 'checkout');
  try {
    const { control } = emulator;
    for (const login of ['alice', 'mallory']) {
      await control.addAccount({ login, type: 'User' });
      await control.setCollaborator(login, 'write');
    }
    await control.addAccount({ login: FLUX, type: 'Bot' });
    const fluxToken = await control.createToken(FLUX, { statuses: 'write' });
    const malloryToken = await control.createToken('mallory', { statuses: 'write' });
    const gateToken = await control.createToken('github-actions[bot]', {
      issues: 'write',
      deployments: 'write',
    });
    const readToken = await control.createToken('github-actions[bot]', {
      statuses: 'read',
      deployments: 'read',
      issues: 'read',
      actions: 'read',
      contents: 'read',
    });
    runGit(['clone', '--quiet', emulator.gitDir, checkout], scratch);
    const story = { emulator, checkout };
    const stagingRelease = release(story, 'staging', 'v1.2.3', 101);
    await status(emulator, fluxToken, stagingRelease, 'flux/staging/kustomization/load-harness');
    await approvalGate(emulator, gateToken, stagingRelease, 102);
    const production = promote(story, 'staging', 'production', stagingRelease, 102);
    await status(emulator, fluxToken, production, 'flux/production/kustomization/load-harness');
    const stagingNext = release(story, 'staging', 'v1.3.0', 103);
    await status(emulator, malloryToken, stagingNext, 'flux/staging/kustomization/load-harness');
    return {
      emulator,
      checkout,
      readToken,
      commits: { stagingRelease, production, stagingNext },
      async close() {
        await emulator.close();
        rmSync(scratch, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await emulator.close();
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}
