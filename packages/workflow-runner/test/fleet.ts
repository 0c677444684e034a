import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  approveRun,
  createRelease,
  setEnvironment,
  startEmulator,
  type RunningEmulator,
} from '@infra-fleet/github-emulator';
import { releasePublishedEvent } from '@infra-fleet/testkit';
import {
  WorkflowRunner,
  fluxStandIn,
  observers,
  type FluxStandIn,
  type WorkflowRunnerOptions,
} from '../src/index.js';
import type { Observer, RunEvent, RunRecord } from '../src/events.js';
import { REPO_ROOT } from './helpers.js';

/**
 * The pipeline's world: the emulator seeded like the demo (infra-fleet.yaml, k8s/,
 * infrastructure/), reviewers, environments with GitHub's recommended rules, a Flux stand-in.
 */

export const FLUX_BOT = 'flux-bot';

export interface Fleet {
  emulator: RunningEmulator;
  flux: FluxStandIn;
  events: RunEvent[];
  /** Reviews asked for: `environment` by run. */
  reviews: string[];
  runner(source?: string, options?: Partial<WorkflowRunnerOptions>): WorkflowRunner;
  release(tag: string, options?: { prerelease?: boolean; source?: string }): Promise<RunRecord>;
  close(): Promise<void>;
}

/**
 * infra-fleet.yaml as committed: the committed action bundles read it, and a working tree may
 * hold a newer schema their sources have not been rebuilt for yet (a clean clone is the same).
 */
function committedConfig(): string {
  try {
    return execFileSync('git', ['show', 'HEAD:infra-fleet.yaml'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
  } catch {
    return readFileSync(join(REPO_ROOT, 'infra-fleet.yaml'), 'utf8');
  }
}

export async function startFleet(): Promise<Fleet> {
  const emulator = await startEmulator({
    seed: {
      files: { 'infra-fleet.yaml': committedConfig() },
      copy: [
        { from: join(REPO_ROOT, 'k8s'), to: 'k8s' },
        { from: join(REPO_ROOT, 'infrastructure'), to: 'infrastructure' },
      ],
    },
  });
  for (const login of ['alice', 'maria']) {
    await emulator.control.addAccount({ login, type: 'User' });
    await emulator.control.setCollaborator(login, 'write');
  }
  const policies = [{ name: 'main' }, { name: 'v*', type: 'tag' as const }];
  await setEnvironment(emulator, 'staging', { branch_policies: policies });
  await setEnvironment(emulator, 'production', {
    reviewers: [{ type: 'User', login: 'maria' }],
    prevent_self_review: true,
    branch_policies: policies,
  });
  const access = {
    url: emulator.url,
    adminToken: emulator.adminToken,
    gitDir: emulator.gitDir,
    owner: 'octo-org',
    repo: 'infra-fleet',
  };
  const flux = fluxStandIn(access, {
    login: FLUX_BOT,
    environments: ['staging', 'production'],
    apps: ['load-harness', 'status-page'],
  });
  const events: RunEvent[] = [];
  const reviews: string[] = [];
  const approver: Observer = async (event) => {
    events.push(event);
    if (event.type !== 'review-requested') return;
    reviews.push(event.environment);
    await approveRun(emulator, event.runId, {
      login: 'maria',
      state: 'approved',
      comment: 'Ship it',
      environments: [event.environment],
    });
  };
  const runners: WorkflowRunner[] = [];
  const fleet: Fleet = {
    emulator,
    flux,
    events,
    reviews,
    runner(source = REPO_ROOT, options = {}) {
      const runner = new WorkflowRunner({
        source: { root: source, repository: 'octo-org/infra-fleet', sha: 'a'.repeat(40) },
        emulator: access,
        vars: { FLUX_BOT_LOGIN: FLUX_BOT, PRODUCTION_APPROVERS: 'maria' },
        ...options,
        observer: observers(flux.observer, approver, options.observer),
      });
      runners.push(runner);
      return runner;
    },
    async release(tag, options = {}) {
      await createRelease(emulator, {
        tag_name: tag,
        author: 'alice',
        prerelease: options.prerelease ?? false,
      });
      const event = releasePublishedEvent({
        tagName: tag,
        author: 'alice',
        sender: 'alice',
        prerelease: options.prerelease ?? false,
      });
      return fleet.runner(options.source).run({
        workflow: '.github/workflows/release.yml',
        event: 'release',
        payload: event.payload,
      });
    },
    async close() {
      runners.forEach((r) => r.close());
      await emulator.close();
    },
  };
  return fleet;
}
