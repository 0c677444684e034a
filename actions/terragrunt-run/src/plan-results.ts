import { readdir, readFile } from 'node:fs/promises';
import { join, posix, sep } from 'node:path';
import {
  analysePlan,
  parsePlanJson,
  parseRunReport,
  type RunReportEntry,
  type UnitChanges,
} from '@infra-fleet/terragrunt';
import { collectUnitResults, type UnitResult } from './unit-results.js';

/** The fixed layout under `plan-dir`. */
export const PLAN_DIR_LAYOUT = {
  plans: 'plans',
  json: 'json',
  planFile: 'tfplan.tfplan',
  jsonFile: 'tfplan.json',
  report: 'report.json',
  manifest: 'manifest.json',
} as const;

export interface PlannedUnit {
  hash: string;
  changes: UnitChanges;
}

export interface PlanDirResults {
  units: UnitResult[];
  /** Per unit with a plan JSON: its hash and changes, ready for buildManifest. */
  plans: Record<string, PlannedUnit>;
  /** False when Terragrunt wrote no report (it failed before running any unit). */
  reportFound: boolean;
  /** The units that succeeded, in the order the report lists them: the order they started. */
  succeeded: string[];
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/** `<json-dir>/<unit>/tfplan.json` -> unit, for every plan JSON Terragrunt wrote. */
async function planFiles(jsonDir: string): Promise<Map<string, string>> {
  let entries: string[];
  try {
    entries = await readdir(jsonDir, { recursive: true });
  } catch (error) {
    if (isMissing(error)) return new Map();
    throw error;
  }
  const files = entries.filter((entry) => entry.split(sep).pop() === PLAN_DIR_LAYOUT.jsonFile);
  return new Map(
    files.sort().map((file) => [posix.dirname(file.split(sep).join('/')), join(jsonDir, file)]),
  );
}

/** Reads the run report and every unit's plan JSON: summaries and hashes, never log lines. */
export async function readPlanDir(
  planDir: string,
  workingDirectory: string,
): Promise<PlanDirResults> {
  const reportPath = join(planDir, PLAN_DIR_LAYOUT.report);
  const reportText = await readOptional(reportPath);
  const report: RunReportEntry[] =
    reportText === undefined ? [] : parseRunReport(reportText, workingDirectory, reportPath);
  const plans: Record<string, PlannedUnit> = {};
  for (const [unit, path] of await planFiles(join(planDir, PLAN_DIR_LAYOUT.json))) {
    plans[unit] = analysePlan(parsePlanJson(await readFile(path, 'utf8'), path), path);
  }
  const changes = Object.fromEntries(
    Object.entries(plans).map(([unit, planned]) => [unit, planned.changes]),
  );
  return {
    units: collectUnitResults(report, changes),
    plans,
    reportFound: reportText !== undefined,
    succeeded: report.filter((entry) => entry.result === 'succeeded').map((entry) => entry.unit),
  };
}
