import { posix } from 'node:path';
import { describeValue, PlanResultError } from './plan-errors.js';

export const RUN_RESULTS = ['succeeded', 'failed', 'early exit', 'excluded'] as const;
export type RunResult = (typeof RUN_RESULTS)[number];

export interface RunReportEntry {
  /** The unit's path relative to the working directory, e.g. `vpc` or `a/b`. */
  unit: string;
  result: RunResult;
  /** e.g. `run error`, `exclude block`, `ancestor error`, `retry succeeded`, `error ignored`. */
  reason?: string;
  /** For `ancestor error`, the failed ancestor unit (relative like `unit`). */
  cause?: string;
}

interface RawEntry {
  name?: unknown;
  result?: unknown;
  reason?: unknown;
  cause?: unknown;
}

const REPORT_HINT =
  'Terragrunt writes the report with --report-file <plan-dir>/report.json (JSON) or .csv.';

const isAbsolute = (path: string) => path.startsWith('/') || /^[A-Za-z]:\//.test(path);
const slashes = (path: string) => path.replace(/\\/g, '/');

function relativeTo(path: string, workingDirectory: string): string | undefined {
  const base = posix.normalize(slashes(workingDirectory)).replace(/\/+$/, '');
  if (isAbsolute(base)) {
    const relative = posix.relative(base, path);
    const outside = relative === '..' || relative.startsWith('../') || isAbsolute(relative);
    return outside ? undefined : relative;
  }
  // A relative working directory: find it as a suffix of the absolute unit path's parents.
  if (path.endsWith(`/${base}`)) return '';
  const marker = `/${base}/`;
  const at = path.lastIndexOf(marker);
  return at < 0 ? undefined : path.slice(at + marker.length);
}

/**
 * A report `name` as a unit path relative to the working directory. Terragrunt writes names
 * relative to its working directory, but absolute paths for units outside it (and older
 * versions always absolute); `.` is the working directory itself.
 */
export function unitPath(name: string, workingDirectory: string): string {
  const path = posix.normalize(slashes(name)).replace(/(.)\/+$/, '$1');
  if (!isAbsolute(path)) return path === '' || path === './' ? '.' : path.replace(/^\.\//, '');
  const relative = relativeTo(path, workingDirectory);
  if (relative === undefined) return path;
  return relative === '' ? '.' : relative;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function toEntry(
  raw: RawEntry,
  row: string,
  workingDirectory: string,
  source: string,
): RunReportEntry {
  const name = text(raw.name);
  if (!name) throw new PlanResultError(`${source}: ${row} has no name.`, REPORT_HINT);
  const result = typeof raw.result === 'string' ? raw.result.toLowerCase() : raw.result;
  if (!RUN_RESULTS.includes(result as RunResult)) {
    throw new PlanResultError(
      `${source}: ${row} (${name}) has result ${describeValue(raw.result)}; expected one of ${RUN_RESULTS.join(', ')}.`,
      REPORT_HINT,
    );
  }
  const entry: RunReportEntry = {
    unit: unitPath(name, workingDirectory),
    result: result as RunResult,
  };
  const reason = text(raw.reason);
  const cause = text(raw.cause);
  if (reason) entry.reason = reason;
  if (cause) entry.cause = reason === 'ancestor error' ? unitPath(cause, workingDirectory) : cause;
  return entry;
}

/** Field lookup that accepts both `name` (Terragrunt 0.81) and `Name` (later versions). */
function lowerKeys(value: Record<string, unknown>): RawEntry {
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key.toLowerCase(), field]),
  );
}

function jsonEntries(text: string, source: string): RawEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new PlanResultError(
      `${source} is not valid JSON: ${(error as Error).message}`,
      REPORT_HINT,
    );
  }
  if (!Array.isArray(parsed)) {
    throw new PlanResultError(`${source}: expected a JSON array of runs.`, REPORT_HINT);
  }
  return parsed.map((item, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new PlanResultError(`${source}: entry ${index} is not an object.`, REPORT_HINT);
    }
    return lowerKeys(item as Record<string, unknown>);
  });
}

/** RFC 4180 rows, as Go's encoding/csv writes them. */
export function parseCsv(text: string, source = 'CSV'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted && char === '"' && text[index + 1] === '"') {
      field += '"';
      index += 1;
    } else if (quoted) {
      if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') endField();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      endField();
      rows.push(row);
      row = [];
    } else field += char;
  }
  if (quoted) throw new PlanResultError(`${source}: a quoted field is never closed.`, REPORT_HINT);
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows.filter((cells) => cells.length > 1 || cells[0] !== '');
}

function csvEntries(text: string, source: string): RawEntry[] {
  const [header = [], ...rows] = parseCsv(text, source);
  const columns = header.map((name) => name.trim().toLowerCase());
  if (!columns.includes('name') || !columns.includes('result')) {
    throw new PlanResultError(
      `${source} is neither a JSON array nor a CSV report with Name and Result columns.`,
      REPORT_HINT,
    );
  }
  return rows.map((cells) =>
    Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? ''])),
  );
}

/**
 * The run report Terragrunt writes with --report-file, JSON or CSV, one entry per unit run.
 * `workingDirectory` is where Terragrunt ran (absolute is best) to relativise unit paths.
 */
export function parseRunReport(
  text: string,
  workingDirectory: string,
  source = 'run report',
): RunReportEntry[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return [];
  const json = trimmed.startsWith('[');
  const raw = json ? jsonEntries(trimmed, source) : csvEntries(trimmed, source);
  return raw.map((entry, index) =>
    toEntry(entry, json ? `entry ${index}` : `row ${index + 2}`, workingDirectory, source),
  );
}
