import { escapeMarkdown, SUMMARY_LIMIT_BYTES } from '@infra-fleet/action-kit';
import {
  destructiveChanges,
  formatCounts,
  type DestructiveChange,
  type ManifestDifference,
} from '@infra-fleet/terragrunt';
import {
  clip,
  detailsOrder,
  guardSection,
  headlineTable,
  isQuiet,
  manifestSection,
  quietLines,
  resourceCount,
  tableColumns,
  totalCounts,
  unitDetails,
  type Style,
} from './report-markdown.js';
import { createRedactor } from './redact.js';
import type { UnitResult } from './unit-results.js';

export { redact } from './redact.js';
export { collectUnitResults, summaryOutput } from './unit-results.js';
export type { SummaryOutput, UnitResult, UnitStatus } from './unit-results.js';

/** GitHub rejects an issue comment body over 65,536 characters. */
export const COMMENT_LIMIT_CHARS = 65_536;
const SEPARATOR = '\n\n';

export interface ReportInput {
  environment: string;
  command: string;
  units: readonly UnitResult[];
  /** Terragrunt's exit code: 0 no changes, 2 changes, anything else failure. */
  exitCode: number;
  hasChanges: boolean;
  /** `changes` defaults to every delete and replace in `units`. */
  destroyGuard: { allowed: boolean; changes?: readonly DestructiveChange[] };
  /** Given for apply: how the plan compares with the approved manifest. */
  manifestDifferences?: readonly ManifestDifference[];
  /** destroy and recreate: what they did, as Markdown lines (see lifecycle-report.ts). */
  outcome?: readonly string[];
  versions: { terragrunt: string; opentofu: string };
  /** Values never to show, in any of their common encodings (see redact.ts). */
  secrets?: readonly string[];
  /** Why the run failed or was refused, beyond the units' own status (locks, exit codes). */
  problems?: readonly string[];
}

export interface CommentInput extends ReportInput {
  /** Link to the job summary, for the details that do not fit. */
  summaryUrl?: string;
  /** Defaults to commentMarker(environment). */
  marker?: string;
  /** Characters; defaults to GitHub's 65,536. */
  budget?: number;
}

/** The hidden first line that finds an environment's sticky comment again. */
export function commentMarker(environment: string): string {
  return `<!-- infra-fleet:terragrunt-run:${encodeURIComponent(environment)} -->`;
}

interface Surface {
  limit: number;
  measure: (text: string) => number;
  style: Style;
  /** The closing line when details were left out or cut short. */
  pointer: (omitted: number, cut: string | undefined) => string;
}

function statusLines(input: ReportInput, guard: readonly DestructiveChange[]): string[] {
  const count = (status: string) => input.units.filter((unit) => unit.status === status).length;
  const lines: string[] = [];
  if (![0, 2].includes(input.exitCode) || count('failed') > 0) {
    lines.push(
      `❌ **Terragrunt failed** (exit code ${input.exitCode}): ${count('failed')} unit(s) failed, ${count('early exit')} exited early.`,
    );
  }
  if (guard.length > 0 && !input.destroyGuard.allowed)
    lines.push('⛔ **Blocked by the destroy guard.**');
  if ((input.manifestDifferences?.length ?? 0) > 0) lines.push('⛔ **Not the approved plan.**');
  const changed = input.units.filter((unit) => !isQuiet(unit) && unit.changes).length;
  lines.push(
    input.hasChanges
      ? `📝 Changes in ${changed} of ${input.units.length} unit(s): ${formatCounts(totalCounts(input.units))}.`
      : `✅ No changes in ${input.units.length} unit(s).`,
  );
  return lines;
}

function headBlocks(input: ReportInput, style: Style): string[] {
  const guard = input.destroyGuard.changes ?? destructiveChanges(input.units);
  const { terragrunt, opentofu } = input.versions;
  return [
    `### Terragrunt ${escapeMarkdown(input.command)}: ${escapeMarkdown(clip(style.redact(input.environment), 100))}`,
    [...statusLines(input, guard), ...(input.outcome ?? [])].join('\n'),
    problemLines(input.problems ?? [], style),
    `Terragrunt ${escapeMarkdown(terragrunt)} · OpenTofu ${escapeMarkdown(opentofu)} · exit code ${input.exitCode}`,
    guardSection(input.destroyGuard.allowed, guard, style),
    manifestSection(input.manifestDifferences, style),
    quietLines(input.units, style).join('\n'),
  ].filter((block): block is string => block !== undefined && block !== '');
}

function problemLines(problems: readonly string[], style: Style): string {
  return problems
    .map((problem) => `- ${escapeMarkdown(clip(style.redact(problem), 500))}`)
    .join('\n');
}

/** The largest n in [0, max] for which fits(render(n)), given fits is monotone; -1 if none. */
function largestFitting(max: number, fits: (n: number) => boolean): number {
  if (!fits(0)) return -1;
  let [low, high] = [0, max];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

function fittedTable(input: ReportInput, surface: Surface, room: number): string | undefined {
  const rows = input.units.filter((unit) => !isQuiet(unit));
  if (rows.length === 0) return undefined;
  const columns = tableColumns(input.units);
  const render = (n: number) =>
    headlineTable(rows.slice(0, n), columns, surface.style, rows.length - n);
  const shown = largestFitting(rows.length, (n) => surface.measure(render(n)) <= room);
  return shown < 0 ? undefined : render(shown);
}

function fittedUnit(unit: UnitResult, surface: Surface, room: number): string | undefined {
  const render = (rows: number) => unitDetails(unit, surface.style, rows);
  const rows = largestFitting(resourceCount(unit), (n) => surface.measure(render(n)) <= room);
  return rows < 0 ? undefined : render(rows);
}

/** Cuts a last-resort overflow; only reachable with a budget too small for the head alone. */
function clamp(text: string, surface: Surface): string {
  if (surface.measure(text) <= surface.limit) return text;
  const note = '\n\n… (cut to fit)';
  const room = surface.limit - surface.measure(note);
  const end = largestFitting(text.length, (n) => surface.measure(text.slice(0, n)) <= room);
  const kept = text.slice(0, Math.max(0, end));
  return /[\uD800-\uDBFF]$/.test(kept) ? `${kept.slice(0, -1)}${note}` : `${kept}${note}`;
}

function assemble(input: ReportInput, surface: Surface): string {
  const units = detailsOrder(input.units);
  const longest = units.reduce(
    (name, unit) => (unit.unit.length > name.length ? unit.unit : name),
    '',
  );
  const pointerRoom = surface.measure(
    surface.pointer(units.length, clip(longest, surface.style.maxText)),
  );
  const room = surface.limit - pointerRoom - SEPARATOR.length;
  const blocks = headBlocks(input, surface.style);
  let used = blocks.reduce((total, block) => total + surface.measure(block) + SEPARATOR.length, 0);
  const table = fittedTable(input, surface, room - used);
  if (table) {
    blocks.push(table);
    used += surface.measure(table) + SEPARATOR.length;
  }
  let shown = 0;
  let cut: string | undefined;
  for (const unit of units) {
    const whole = unitDetails(unit, surface.style);
    const size = surface.measure(whole) + SEPARATOR.length;
    if (used + size <= room) {
      blocks.push(whole);
      used += size;
      shown += 1;
      continue;
    }
    // Only a unit too big to show whole on its own is cut inside; later ones are left out.
    const partial = shown === 0 ? fittedUnit(unit, surface, room - used - SEPARATOR.length) : '';
    if (partial) {
      blocks.push(partial);
      shown += 1;
      cut = unit.unit;
    }
    break;
  }
  if (shown < units.length || cut) blocks.push(surface.pointer(units.length - shown, cut));
  return blocks.join(SEPARATOR);
}

function secretsStyle(
  input: ReportInput,
  maxText: number,
  maxListed: number,
  more: (n: number) => string,
): Style {
  const redact = createRedactor(input.secrets ?? []);
  return { redact, maxText, maxListed, moreResources: more, maxAttributes: maxListed * 2 };
}

function linkTo(url: string | undefined): string {
  return url && /^https?:\/\/[^\s()<>]+$/.test(url)
    ? `[job summary](${url})`
    : 'job summary of this run';
}

/**
 * The pull request comment: the marker first, then headline, guard and table, then per-unit
 * details while they fit; always at most `budget` characters.
 */
export function renderComment(input: CommentInput): string {
  const marker = input.marker ?? commentMarker(input.environment);
  const budget = input.budget ?? COMMENT_LIMIT_CHARS;
  const summary = linkTo(input.summaryUrl);
  const style = secretsStyle(
    input,
    300,
    20,
    (n) => `_… and ${n} more resources: see the ${summary}._`,
  );
  const surface: Surface = {
    limit: budget - marker.length - 1,
    measure: (text) => text.length,
    style,
    pointer: (omitted, cut) => {
      const cutNote = cut ? ` (${escapeMarkdown(clip(style.redact(cut), 300))} in part)` : '';
      return `**${omitted} more unit(s)${cutNote}: see the ${summary}.**`;
    },
  };
  const body = clamp(style.redact(assemble(input, surface)), surface);
  return `${marker}\n${body}`;
}

const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** The job summary: everything the comment has, with every unit's details up to 1 MiB. */
export function renderJobSummary(input: ReportInput, limitBytes = SUMMARY_LIMIT_BYTES): string {
  const style = secretsStyle(
    input,
    2_000,
    200,
    (n) => `_… and ${n} more resources: the job summary is limited to 1 MiB; see the plan JSON._`,
  );
  const surface: Surface = {
    limit: limitBytes - 1,
    measure: utf8Bytes,
    style,
    pointer: (omitted) =>
      `**Details of ${omitted} more unit(s) left out: GitHub limits a job summary to 1 MiB. The plan JSON of every unit is in the plan-dir.**`,
  };
  return `${clamp(style.redact(assemble(input, surface)), surface)}\n`;
}
