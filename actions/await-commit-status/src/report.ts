import { codeSpan, details, escapeMarkdown, markdownTable } from '@infra-fleet/action-kit';
import type { CommitStatusEntry } from '@infra-fleet/github';
import type { Settings } from './inputs.js';
import type { ContextReport } from './verify.js';
import type { WaitResult } from './wait.js';

/** The outputs, the job summary and the failure message, all made from one WaitResult. */

export interface ContextDetail {
  context: string;
  verdict: ContextReport['verdict'];
  state: CommitStatusEntry['state'] | null;
  description: string | null;
  sha: string | null;
  creator: string | null;
  'target-url': string | null;
}

export function contextDetail(report: ContextReport): ContextDetail {
  const status = report.status;
  return {
    context: report.context,
    verdict: report.verdict,
    state: status?.state ?? null,
    description: status ? status.description : null,
    sha: status?.sha ?? null,
    creator: status?.creator ?? null,
    'target-url': status?.targetUrl ?? null,
  };
}

/** The action's outputs; a cancelled wait writes none (the runner is stopping the job). */
export function outputsOf(result: WaitResult) {
  return {
    result: result.outcome,
    'verified-sha': result.outcome === 'verified' ? (result.verdict.verifiedSha ?? '') : '',
    details: result.verdict.contexts.map(contextDetail),
    'waited-seconds': result.waitedSeconds,
  };
}

export function reasonOf(result: WaitResult, settings: Settings): string {
  if (result.outcome === 'timeout') {
    return `No decision within ${settings.timeoutSeconds} s. ${result.verdict.reason}`;
  }
  if (result.outcome === 'cancelled') return 'The job was cancelled before a decision.';
  return result.verdict.reason;
}

export function failureText(result: WaitResult, settings: Settings): string {
  const what = `${settings.sha.slice(0, 7)} in ${settings.environment}`;
  const text = `Flux did not verify ${what}: ${result.outcome}. ${reasonOf(result, settings)}`;
  const others = result.otherFluxContexts;
  if (result.outcome !== 'timeout' || others.length === 0) return text;
  return `${text} ${settings.expectedCreator} did report ${others.join(', ')}, which this step does not wait for: if one of them is this environment's, set contexts (or app).`;
}

const short = (sha: string) => sha.slice(0, 7);

function commitLink(settings: Settings, sha: string): string {
  const { owner, repo } = settings.repo;
  return `[${codeSpan(short(sha))}](${settings.serverUrl}/${owner}/${repo}/commit/${sha})`;
}

/** Only http(s) links; characters that would end a markdown link or a table cell are encoded. */
export function safeLink(url: string | undefined): string {
  if (!url) return '';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return '';
  const href = parsed.href.replace(
    /[()|<>\s\\[\]]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[link](${href})`;
}

function contextRow(report: ContextReport, settings: Settings): string[] {
  const status = report.status;
  return [
    codeSpan(report.context),
    report.verdict,
    status?.state ?? 'no status',
    status ? escapeMarkdown(status.description) : '',
    status ? commitLink(settings, status.sha) : '',
    status?.creator ? codeSpan(status.creator) : '',
    safeLink(status?.targetUrl),
  ];
}

function ignoredTable(result: WaitResult, settings: Settings): string {
  const rows = result.verdict.ignored.map(({ status, reason }) => [
    codeSpan(status.context),
    status.state,
    escapeMarkdown(status.description),
    commitLink(settings, status.sha),
    codeSpan(status.creator ?? 'unknown'),
    escapeMarkdown(reason),
  ]);
  const header = ['Context', 'State', 'Description', 'Commit', 'Posted by', 'Why it did not count'];
  return details(`Statuses not counted (${rows.length})`, markdownTable(header, rows));
}

function facts(result: WaitResult, settings: Settings, stats: RequestStats): string[] {
  const placement = result.observation?.placement;
  const lines = [`- Commit: ${commitLink(settings, settings.sha)} on ${codeSpan(settings.branch)}`];
  if (placement) lines.push(`- Branch tip: ${commitLink(settings, placement.tip)}`);
  if (result.outcome === 'verified' && result.verdict.verifiedSha) {
    const by = result.verdict.verifiedSha;
    const note =
      by === settings.sha
        ? ''
        : ` (a later commit; nothing under ${settings.watchPaths.map(codeSpan).join(', ')} changed)`;
    lines.push(`- Verified by: ${commitLink(settings, by)}${note}`);
  }
  lines.push(`- Expected creator: ${codeSpan(settings.expectedCreator)}`);
  lines.push(`- Why: ${escapeMarkdown(reasonOf(result, settings))}`);
  lines.push(
    `- Waited ${result.waitedSeconds} s, ${result.polls} poll(s), ${stats.requests} request(s), ${stats.notModified} answered 304 (not counted against the rate limit)`,
  );
  return lines;
}

export interface RequestStats {
  requests: number;
  notModified: number;
}

export function summaryMarkdown(
  result: WaitResult,
  settings: Settings,
  stats: RequestStats,
): string {
  const header = ['Context', 'Verdict', 'State', 'Description', 'Commit', 'Creator', 'Target'];
  const rows = result.verdict.contexts.map((report) => contextRow(report, settings));
  const parts = [
    `### Flux commit status for ${escapeMarkdown(settings.environment)}: ${result.outcome}`,
    facts(result, settings, stats).join('\n'),
    markdownTable(header, rows),
  ];
  if (result.verdict.ignored.length > 0) parts.push(ignoredTable(result, settings));
  return `${parts.join('\n\n')}\n`;
}
