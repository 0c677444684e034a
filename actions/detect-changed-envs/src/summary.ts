import { codeSpan, details, escapeMarkdown, markdownTable } from '@infra-fleet/action-kit';
import type { Detection, Finding } from './detect.js';
import type { ResolvedRange } from './range.js';
import { capped } from './report.js';

/** Per table cell: a summary is for reading, the outputs hold the rest. */
const MAX_CELL_ITEMS = 10;
const MAX_LISTED = 50;

function cellList(items: readonly string[]): string {
  return capped(items, MAX_CELL_ITEMS)
    .map((item) => (item.startsWith('... and ') ? escapeMarkdown(item) : codeSpan(item)))
    .join('<br>');
}

function row(finding: Finding): string[] {
  return [
    codeSpan(finding.target),
    finding.domain,
    cellList(finding.files),
    cellList(finding.chains),
  ];
}

function rangeLine(range: ResolvedRange): string {
  const rule = escapeMarkdown(range.rule);
  if (!range.base) return `No base to compare with (${rule}).`;
  return `Compared ${codeSpan(range.base)} with ${codeSpan(range.head)}: ${rule}.`;
}

function listSection(title: string, paths: readonly string[]): string[] {
  if (paths.length === 0) return [];
  const shown = capped(paths, MAX_LISTED).map((path) => `- ${codeSpan(path)}`);
  return [details(`${title} (${paths.length})`, shown.join('\n'))];
}

/** The job summary: a table target -> domain -> triggering files -> chains. */
export function summaryMarkdown(
  detection: Detection,
  range: ResolvedRange,
  findings: readonly Finding[],
): string {
  const parts = ['## Changed environments', '', rangeLine(range), ''];
  if (detection.fallbackReasons.length > 0) {
    parts.push('**Fallback** (reported because it could not be ruled out):', '');
    parts.push(...detection.fallbackReasons.map((reason) => `- ${escapeMarkdown(reason)}`), '');
  }
  parts.push(
    findings.length === 0
      ? 'Nothing affected.'
      : markdownTable(['Target', 'Domain', 'Triggering files', 'Chains'], findings.map(row)),
    '',
  );
  parts.push(...listSection('Documentation only, affects nothing', detection.ignored));
  parts.push(...listSection('Claimed by no unit, overlay or environment', detection.unattributed));
  return `${parts.join('\n')}\n`;
}
