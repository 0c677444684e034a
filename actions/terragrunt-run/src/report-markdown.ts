import {
  codeBlock,
  codeSpan,
  details,
  escapeMarkdown,
  markdownTable,
} from '@infra-fleet/action-kit';
import {
  CHANGE_KINDS,
  emptyCounts,
  formatCounts,
  formatDifferences,
  hasChanges,
  isDestructive,
  type ChangeCounts,
  type DestructiveChange,
  type ManifestDifference,
  type ResourceChangeSummary,
} from '@infra-fleet/terragrunt';
import type { UnitResult, UnitStatus } from './unit-results.js';

/** How much one surface (comment or job summary) shows of long texts and lists. */
export interface Style {
  /** Replaces secret values; applied to every outside text before it is escaped. */
  redact: (text: string) => string;
  /** Longest address, unit or line shown; longer ones are cut with `…`. */
  maxText: number;
  /** Items listed in the destroy-guard, manifest and no-change sections. */
  maxListed: number;
  /** The line under a unit whose resource table was cut short. */
  moreResources: (count: number) => string;
  /** Attribute changes shown per resource; the rest are counted. */
  maxAttributes: number;
}

/** Cuts text to `max` UTF-16 units, never inside a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
  return `${text.slice(0, end)}…`;
}

const code = (style: Style, text: string) => codeSpan(clip(style.redact(text), style.maxText));
const plain = (style: Style, text: string) =>
  escapeMarkdown(clip(style.redact(text), style.maxText));

const STATUS_ICONS: Record<UnitStatus, string> = {
  succeeded: '✅',
  failed: '❌',
  'early exit': '⏭️',
  excluded: '➖',
  unknown: '❔',
};

const REASONS: Record<string, string> = {
  replace_because_tainted: 'tainted',
  replace_because_cannot_update: 'cannot update in place',
  replace_by_request: 'replace requested',
  replace_by_triggers: 'replace_triggered_by',
  delete_because_no_resource_config: 'removed from the configuration',
  delete_because_wrong_repetition: 'count/for_each changed',
  delete_because_count_index: 'count index out of range',
  delete_because_each_key: 'for_each key removed',
  delete_because_no_module: 'module removed',
  delete_because_no_move_target: 'move target missing',
  read_because_config_unknown: 'configuration unknown until apply',
  read_because_dependency_pending: 'dependency pending',
};

const DESTRUCTIVE_COLUMNS = new Set<keyof ChangeCounts>(['replace', 'destroy']);

/** A unit needs no attention: it ran (or was excluded) and changes nothing. */
export function isQuiet(result: UnitResult): boolean {
  const changed = result.changes !== undefined && hasChanges(result.changes);
  return (result.status === 'succeeded' || result.status === 'excluded') && !changed;
}

function isDestructiveUnit(result: UnitResult): boolean {
  return (result.changes?.replace ?? 0) + (result.changes?.destroy ?? 0) > 0;
}

/** Failures first, then units that destroy, then the rest, each by unit path. */
export function detailsOrder(units: readonly UnitResult[]): UnitResult[] {
  const rank = (result: UnitResult) =>
    result.status === 'failed' || result.status === 'early exit'
      ? 0
      : isDestructiveUnit(result)
        ? 1
        : 2;
  return units.filter((unit) => !isQuiet(unit)).sort((a, b) => rank(a) - rank(b));
}

function countCell(changes: ChangeCounts | undefined, kind: keyof ChangeCounts): string {
  if (!changes) return '–';
  const count = changes[kind];
  return count > 0 && DESTRUCTIVE_COLUMNS.has(kind) ? `**⚠️ ${count}**` : String(count);
}

export function tableColumns(units: readonly UnitResult[]): (keyof ChangeCounts)[] {
  const forgets = units.some((unit) => (unit.changes?.forget ?? 0) > 0);
  return CHANGE_KINDS.filter((kind) => kind !== 'forget' || forgets);
}

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** The headline table over `rows` (units needing attention); `more` adds a "… and N more" row. */
export function headlineTable(
  rows: readonly UnitResult[],
  columns: readonly (keyof ChangeCounts)[],
  style: Style,
  more = 0,
): string {
  const cells = rows.map((result) => [
    code(style, result.unit),
    `${STATUS_ICONS[result.status]} ${result.status}`,
    ...columns.map((kind) => countCell(result.changes, kind)),
  ]);
  if (more > 0) cells.push([`… and ${more} more units`]);
  return markdownTable(['Unit', 'Status', ...columns.map(capitalised)], cells);
}

/** One line per quiet status: `✅ No changes in 3 units: `a`, `b`, `c``. */
export function quietLines(units: readonly UnitResult[], style: Style): string[] {
  const quiet = units.filter(isQuiet);
  const line = (status: UnitStatus, label: string) => {
    const names = quiet.filter((unit) => unit.status === status).map((unit) => unit.unit);
    if (names.length === 0) return [];
    const listed = names.slice(0, style.maxListed).map((name) => code(style, name));
    if (names.length > style.maxListed) listed.push(`… and ${names.length - style.maxListed} more`);
    return [`${STATUS_ICONS[status]} ${label} in ${names.length} unit(s): ${listed.join(', ')}`];
  };
  return [...line('succeeded', 'No changes'), ...line('excluded', 'Excluded')];
}

function actionCell(resource: ResourceChangeSummary): string {
  const text = resource.actions.join(' + ');
  return isDestructive(resource.actions) ? `⚠️ **${text}**` : text;
}

function whyCell(resource: ResourceChangeSummary, style: Style): string {
  const notes: string[] = [];
  if (resource.previousAddress) notes.push(`moved from ${code(style, resource.previousAddress)}`);
  if (resource.reason) notes.push(plain(style, REASONS[resource.reason] ?? resource.reason));
  if (resource.deposed) notes.push(`deposed object ${code(style, resource.deposed)}`);
  return notes.join('; ');
}

function outcomeLine(result: UnitResult, style: Style): string | undefined {
  if (isQuiet(result) || result.status === 'succeeded') return undefined;
  const reason = result.reason ? `: ${plain(style, result.reason)}` : '';
  const cause = result.cause ? ` (cause: ${code(style, result.cause)})` : '';
  return `${STATUS_ICONS[result.status]} **${capitalised(result.status)}**${reason}${cause}`;
}

function unitHeadline(result: UnitResult, style: Style): string {
  const unit = clip(style.redact(result.unit), style.maxText);
  const warning = isDestructiveUnit(result) ? '⚠️ ' : '';
  const counts = result.changes ? formatCounts(result.changes) : 'no plan';
  const status = result.status === 'succeeded' ? '' : ` (${result.status})`;
  return `${warning}${unit}: ${counts}${status}`;
}

const SIGILS: Partial<Record<string, string>> = {
  create: '+',
  update: '~',
  replace: '-/+',
  delete: '-',
};

function attributeLines(resource: ResourceChangeSummary, style: Style): string[] {
  const attributes = resource.attributes ?? [];
  const value = (text: string | undefined) => clip(style.redact(text ?? ''), 200);
  const lines = attributes.slice(0, style.maxAttributes).map(({ path, before, after }) => {
    const name = clip(style.redact(path), 120);
    if (before === undefined) return `+   ${name} = ${value(after)}`;
    if (after === undefined) return `-   ${name} = ${value(before)}`;
    return `~   ${name}: ${value(before)} -> ${value(after)}`;
  });
  const more = attributes.length - lines.length;
  if (more > 0) lines.push(`    … and ${more} more attribute(s)`);
  const sigil = SIGILS[resource.actions[0] ?? ''] ?? '~';
  return [`${sigil} ${clip(style.redact(resource.address), style.maxText)}`, ...lines];
}

/** What changes inside each resource, as a diff block; nothing when no resource says. */
export function attributeBlock(
  resources: readonly ResourceChangeSummary[],
  style: Style,
): string | undefined {
  const described = resources.filter((resource) => (resource.attributes?.length ?? 0) > 0);
  if (described.length === 0) return undefined;
  return codeBlock(
    described.flatMap((resource) => attributeLines(resource, style)).join('\n'),
    'diff',
  );
}

/** A unit's collapsed details; `maxRows` cuts its resource table short. */
export function unitDetails(result: UnitResult, style: Style, maxRows = Infinity): string {
  const resources = result.changes?.resources ?? [];
  const shown = resources.slice(0, maxRows);
  const parts: string[] = [];
  const outcome = outcomeLine(result, style);
  if (outcome) parts.push(outcome);
  if (shown.length > 0) {
    const rows = shown.map((resource) => [
      actionCell(resource),
      code(style, resource.address),
      whyCell(resource, style),
    ]);
    parts.push(markdownTable(['Action', 'Resource', 'Why'], rows));
    const attributes = attributeBlock(shown, style);
    if (attributes) parts.push(attributes);
  }
  if (shown.length < resources.length)
    parts.push(style.moreResources(resources.length - shown.length));
  const outputs = result.changes?.outputs ?? 0;
  if (outputs > 0) parts.push(`${outputs} output(s) change.`);
  return details(unitHeadline(result, style), parts.join('\n\n') || 'No resource changes.');
}

/** The resource count of a unit's details, for cutting its table short. */
export function resourceCount(result: UnitResult): number {
  return result.changes?.resources.length ?? 0;
}

/** The destroy-guard notice, or nothing when no resource is deleted or replaced. */
export function guardSection(
  allowed: boolean,
  changes: readonly DestructiveChange[],
  style: Style,
): string | undefined {
  if (changes.length === 0) return undefined;
  const units = new Set(changes.map((change) => change.unit)).size;
  const what = `${changes.length} resource(s) in ${units} unit(s)`;
  const head = allowed
    ? `> [!WARNING]\n> **${what} will be destroyed or replaced**, as \`allow-destroy: true\` allows.`
    : `> [!CAUTION]\n> **${what} would be destroyed or replaced.** The step fails unless \`allow-destroy\` is \`true\`.`;
  const items = changes
    .slice(0, style.maxListed)
    .map(
      (change) =>
        `- ⚠️ **${change.actions.join(' + ')}** ${code(style, change.address)} in ${code(style, change.unit)}`,
    );
  if (changes.length > style.maxListed)
    items.push(`- … and ${changes.length - style.maxListed} more`);
  return [head, '', ...items].join('\n');
}

/** How the plan compares with the approved manifest (apply), or nothing when not compared. */
export function manifestSection(
  differences: readonly ManifestDifference[] | undefined,
  style: Style,
): string | undefined {
  if (differences === undefined) return undefined;
  if (differences.length === 0) return '✅ The plan matches the approved manifest.';
  const lines = formatDifferences(differences)
    .split('\n')
    .map((line) => clip(style.redact(line), style.maxText));
  const shown = lines.slice(0, style.maxListed);
  if (lines.length > shown.length) shown.push(`... and ${lines.length - shown.length} more lines`);
  return `> [!CAUTION]\n> **Apply refused: the plan differs from the approved one.**\n\n${codeBlock(shown.join('\n'))}`;
}

/** The changes of every unit added up. */
export function totalCounts(units: readonly UnitResult[]): ChangeCounts {
  const total = emptyCounts();
  for (const { changes } of units) {
    if (changes) for (const kind of CHANGE_KINDS) total[kind] += changes[kind];
  }
  return total;
}
