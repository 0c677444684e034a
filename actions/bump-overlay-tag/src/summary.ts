import { codeBlock, escapeMarkdown, markdownTable } from '@infra-fleet/action-kit';
import type { ImageState } from './bump.js';
import type { Settings } from './inputs.js';
import type { BumpOutcome } from './land.js';

function cell(state: ImageState | undefined): string {
  if (!state || (state.tag === null && state.digest === null)) return '_unset_';
  const digest = state.digest ? ` \`@${state.digest.slice(0, 19)}…\`` : '';
  return `${state.tag ? `\`${state.tag}\`` : ''}${digest}`;
}

function commitLink(sha: string, settings: Settings): string {
  if (!settings.repository) return `\`${sha}\``;
  return `[\`${sha.slice(0, 12)}\`](${settings.serverUrl}/${settings.repository}/commit/${sha})`;
}

function headline(outcome: BumpOutcome, settings: Settings): string {
  const file = `\`${outcome.attempt.plan.path}\``;
  switch (outcome.status) {
    case 'unchanged':
      return `${file} already holds these values on \`${settings.branch}\`: nothing to commit.`;
    case 'planned':
      return `Dry run: ${file} would change on \`${settings.branch}\` as below. Nothing was committed.`;
    case 'landed':
      return `Landed ${commitLink(outcome.sha ?? '', settings)} on \`${settings.branch}\` after ${outcome.attempts} attempt(s).`;
    case 'proposed':
      return `Proposed ${commitLink(outcome.sha ?? '', settings)} for \`${settings.branch}\` in a pull request.`;
  }
}

/** Markdown for the job summary: old -> new per image, and the exact diff. */
export function summaryMarkdown(outcome: BumpOutcome, settings: Settings): string {
  const { plan } = outcome.attempt;
  const rows = Object.keys(plan.current).map((name) => [
    `\`${name}\``,
    cell(plan.previous[name]),
    cell(plan.current[name]),
  ]);
  const parts = [
    '### bump-overlay-tag',
    headline(outcome, settings),
    markdownTable(['Image', 'Previous', 'New'], rows),
  ];
  if (outcome.attempt.promotedFrom) {
    const { overlayDir, sha } = outcome.attempt.promotedFrom;
    parts.push(`Promoted from \`${overlayDir}\` at \`${sha.slice(0, 12)}\`.`);
  }
  if (settings.reason) parts.push(`Reason: ${escapeMarkdown(settings.reason)}`);
  if (plan.diff) parts.push(codeBlock(plan.diff, 'diff'));
  return `${parts.join('\n\n')}\n`;
}
