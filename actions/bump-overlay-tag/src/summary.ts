import { codeBlock, escapeMarkdown, markdownTable } from '@infra-fleet/action-kit';
import type { ImageState } from './bump.js';
import type { Settings } from './inputs.js';
import type { BumpOutcome } from './land.js';

function cell(state: ImageState | undefined): string {
  if (!state || (state.tag === null && state.digest === null)) return '_unset_';
  const digest = state.digest ? ` \`@${state.digest.slice(0, 19)}…\`` : '';
  return `${state.tag ? `\`${state.tag}\`` : ''}${digest}`;
}

function headline(outcome: BumpOutcome, settings: Settings, repository?: string): string {
  const file = `\`${outcome.attempt.plan.path}\``;
  switch (outcome.status) {
    case 'unchanged':
      return `${file} already holds these values on \`${settings.branch}\`: nothing to commit.`;
    case 'planned':
      return `Dry run: ${file} would change on \`${settings.branch}\` as below. Nothing was committed.`;
    case 'landed': {
      const sha = outcome.sha ?? '';
      const link = repository
        ? `[\`${sha.slice(0, 12)}\`](${settings.serverUrl}/${repository}/commit/${sha})`
        : `\`${sha}\``;
      return `Landed ${link} on \`${settings.branch}\` after ${outcome.attempts} attempt(s).`;
    }
  }
}

/** Markdown for the job summary: old -> new per image, and the exact diff. */
export function summaryMarkdown(
  outcome: BumpOutcome,
  settings: Settings,
  repository?: string,
): string {
  const { plan } = outcome.attempt;
  const rows = Object.keys(plan.current).map((name) => [
    `\`${name}\``,
    cell(plan.previous[name]),
    cell(plan.current[name]),
  ]);
  const parts = [
    '### bump-overlay-tag',
    headline(outcome, settings, repository),
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
