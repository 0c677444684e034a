import { ActionError, appendSummary, info, warning, writeOutputs } from '@infra-fleet/action-kit';
import type { RepoRef } from '@infra-fleet/github';
import { renderKustomization } from '@infra-fleet/kustomize';
import { resolveFleetTarget } from './fleet-target.js';
import { assertCheckout, GitOverlayStore } from './git-store.js';
import { readSettings, type Settings } from './inputs.js';
import { bumpOverlay, type BumpDependencies, type BumpOutcome } from './land.js';
import { assertInsideCheckout } from './overlay.js';
import { withWritePermissions, writesOf } from './permissions.js';
import { proposeBump, type ProposalOutcome } from './propose.js';
import type { OverlayStore } from './store.js';
import { summaryMarkdown } from './summary.js';

function repositoryOf(settings: Settings): RepoRef {
  const [owner, repo] = (settings.repository ?? '').split('/');
  if (!owner || !repo) {
    throw new ActionError('GITHUB_REPOSITORY is not set to owner/name.', {
      hint: 'commit-method: api runs on a GitHub runner, which sets it.',
    });
  }
  return { owner, repo };
}

function dependencies(settings: Settings, store: OverlayStore): BumpDependencies {
  const render =
    settings.validate === 'kustomize' ? (dir: string) => renderKustomization(dir) : undefined;
  const onRetry: BumpDependencies['onRetry'] = ({ attempt, delayMs, detail }) =>
    warning(
      `Attempt ${attempt} lost the race to ${settings.branch} (${detail}); retrying in ${delayMs} ms.`,
    );
  if (settings.commitMethod === 'git') {
    assertInsideCheckout(settings.repositoryPath, settings.overlay);
    if (settings.promoteFrom)
      assertInsideCheckout(settings.repositoryPath, settings.promoteFrom.overlay);
  }
  return { store, render, onRetry };
}

/** The commit at which the overlay holds the requested values: new, proposed, or the tip. */
function revisionOf(outcome: ProposalOutcome, settings: Settings): string {
  if (settings.mode === 'dry-run') return '';
  return outcome.sha ?? outcome.attempt.tip;
}

function outputsOf(outcome: ProposalOutcome, settings: Settings) {
  const { plan } = outcome.attempt;
  return {
    changed: plan.changed,
    'commit-sha': outcome.sha ?? '',
    revision: revisionOf(outcome, settings),
    previous: plan.previous,
    current: plan.current,
    diff: plan.diff,
    'pull-request-number': outcome.pullRequest?.number ?? '',
    'pull-request-url': outcome.pullRequest?.htmlUrl ?? '',
    attempts: outcome.attempts,
  };
}

function statusLine(outcome: ProposalOutcome, settings: Settings): string {
  switch (outcome.status) {
    case 'landed':
      return `Landed ${outcome.sha} on ${settings.branch}.`;
    case 'proposed':
      return `Proposed ${outcome.sha} in pull request #${outcome.pullRequest?.number}: ${outcome.pullRequest?.htmlUrl}`;
    case 'planned':
      return 'Dry run: nothing committed.';
    case 'unchanged':
      return 'Already up to date: nothing to commit.';
  }
}

async function decide(given: Settings): Promise<{ outcome: ProposalOutcome; settings: Settings }> {
  const api =
    given.commitMethod === 'api'
      ? (await import('./api-method.js')).apiMethod(given, repositoryOf(given))
      : undefined;
  if (!api) await assertCheckout(given.repositoryPath, given.workspace);
  const store: OverlayStore = api?.store ?? new GitOverlayStore(given);
  const settings = await resolveFleetTarget(given, store);
  const deps = dependencies(settings, store);
  const summarize = (outcome: BumpOutcome) => summaryMarkdown(outcome, settings);
  const outcome =
    settings.mode === 'pull-request' && api
      ? await proposeBump(settings, deps, api.proposals(), summarize)
      : await bumpOverlay(settings, deps);
  return { outcome, settings };
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const given = readSettings(env);
  const { outcome, settings } = await decide(given).catch((error: unknown) => {
    throw withWritePermissions(error, writesOf(given));
  });
  if (outcome.attempt.plan.diff) info(outcome.attempt.plan.diff);
  info(statusLine(outcome, settings));
  await appendSummary(summaryMarkdown(outcome, settings));
  writeOutputs(outputsOf(outcome, settings));
}
