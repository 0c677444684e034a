import { codeSpan, details, escapeMarkdown, markdownTable } from '@infra-fleet/action-kit';
import { approvalText, fluxText, lagText, originText, pinText, short, when } from './describe.js';
import { formatPin } from './history.js';
import type { AppStatus, EnvironmentStatus, FleetStatus } from './model.js';

const FLUX_ICONS = { verified: '✅', failed: '❌', pending: '⏳', unverified: '❔' } as const;

function setByCell(env: EnvironmentStatus): string {
  if (!env.setBy) return escapeMarkdown(env.problem ?? 'unknown');
  const commit = env.setBy;
  return `${codeSpan(short(commit.sha))} ${escapeMarkdown(when(commit.date))} by ${codeSpan(commit.author)}: ${escapeMarkdown(originText(commit))}`;
}

function approvalCell(env: EnvironmentStatus): string {
  const text = escapeMarkdown(approvalText(env.approval));
  const url = env.approval?.url;
  return url && /^https?:\/\/[^\s()<>]+$/.test(url) ? `[${text}](${url})` : text;
}

function historyBlock(app: AppStatus): string {
  const rows = app.environments.flatMap((env) =>
    env.history.map((change) => [
      escapeMarkdown(when(change.commit.date)),
      codeSpan(env.environment),
      codeSpan(formatPin(change.pin)),
      codeSpan(short(change.commit.sha)),
      escapeMarkdown(originText(change.commit)),
    ]),
  );
  rows.sort((a, b) => (b[0] ?? '').localeCompare(a[0] ?? ''));
  if (rows.length === 0) return '';
  return details(
    'Promotion timeline',
    markdownTable(['When', 'Environment', 'Pin', 'Commit', 'How'], rows),
  );
}

function appSection(app: AppStatus): string {
  const rows = app.environments.map((env) => [
    codeSpan(env.environment),
    codeSpan(pinText(env)),
    `${FLUX_ICONS[env.flux.state]} ${escapeMarkdown(fluxText(env.flux))}`,
    setByCell(env),
    approvalCell(env),
    escapeMarkdown(lagText(env.lag)),
  ]);
  const table = markdownTable(['Environment', 'Pin', 'Flux', 'Set by', 'Approved', 'Behind'], rows);
  return [`#### ${escapeMarkdown(app.app)} (${codeSpan(app.image)})`, table, historyBlock(app)]
    .filter(Boolean)
    .join('\n\n');
}

/** The job-summary face: one table per app and its promotion timeline. */
export function renderMarkdown(status: FleetStatus): string {
  const head = `### Fleet status: ${codeSpan(status.repository)} ${codeSpan(status.branch)} at ${codeSpan(short(status.head))}`;
  const account = status.apps[0]?.environments[0]?.flux.account;
  const note = `Read ${escapeMarkdown(status.generatedAt)} from the repository and GitHub${account ? `; Flux statuses count only from ${codeSpan(account)}` : ''}.`;
  const warnings = status.warnings.map((w) => `> [!WARNING]\n> ${escapeMarkdown(w)}`);
  const apps = status.apps.map(appSection);
  return `${[head, note, ...warnings, ...apps].join('\n\n')}\n`;
}
