import { ActionError, appendSummary, info, warning, writeOutputs } from '@infra-fleet/action-kit';
import { renderKustomization } from '@infra-fleet/kustomize';
import { GitOverlayStore } from './git-store.js';
import { readSettings, type Settings } from './inputs.js';
import { bumpOverlay, type BumpOutcome } from './land.js';
import { assertInsideCheckout } from './overlay.js';
import type { OverlayStore } from './store.js';
import { summaryMarkdown } from './summary.js';

function createStore(settings: Settings): OverlayStore {
  if (settings.commitMethod === 'api') {
    throw new ActionError(
      'commit-method: api is not available in this version of bump-overlay-tag.',
      {
        hint: 'Use commit-method: git with a checkout of the repository.',
      },
    );
  }
  if (settings.mode === 'pull-request') {
    throw new ActionError(
      'mode: pull-request is not available in this version of bump-overlay-tag.',
      {
        hint: 'Use mode: push or dry-run.',
      },
    );
  }
  assertInsideCheckout(settings.repositoryPath, settings.overlay);
  if (settings.promoteFrom)
    assertInsideCheckout(settings.repositoryPath, settings.promoteFrom.overlay);
  return new GitOverlayStore(settings);
}

function outputsOf(outcome: BumpOutcome) {
  const { plan } = outcome.attempt;
  return {
    changed: plan.changed,
    'commit-sha': outcome.sha ?? '',
    previous: plan.previous,
    current: plan.current,
    diff: plan.diff,
    'pull-request-number': '',
    'pull-request-url': '',
    attempts: outcome.attempts,
  };
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const settings = readSettings(env);
  const store = createStore(settings);
  const outcome = await bumpOverlay(settings, {
    store,
    ...(settings.validate === 'kustomize' && { render: (dir: string) => renderKustomization(dir) }),
    onRetry: ({ attempt, delayMs, detail }) =>
      warning(
        `Attempt ${attempt} lost the race to ${settings.branch} (${detail}); retrying in ${delayMs} ms.`,
      ),
  });
  if (outcome.attempt.plan.diff) info(outcome.attempt.plan.diff);
  info(summaryLine(outcome, settings));
  await appendSummary(summaryMarkdown(outcome, settings, env.GITHUB_REPOSITORY));
  writeOutputs(outputsOf(outcome));
}

function summaryLine(outcome: BumpOutcome, settings: Settings): string {
  if (outcome.status === 'landed') return `Landed ${outcome.sha} on ${settings.branch}.`;
  if (outcome.status === 'planned') return 'Dry run: nothing committed.';
  return 'Already up to date: nothing to commit.';
}
