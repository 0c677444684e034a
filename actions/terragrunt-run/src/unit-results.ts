import {
  CHANGE_KINDS,
  type ChangeCounts,
  type RunReportEntry,
  type UnitChanges,
} from '@infra-fleet/terragrunt';

export type UnitStatus = 'succeeded' | 'failed' | 'early exit' | 'excluded' | 'unknown';

export interface UnitResult {
  /** Path relative to the working directory, e.g. `vpc` or `a/b`. */
  unit: string;
  /** From the run report; `unknown` when the report does not name the unit. */
  status: UnitStatus;
  reason?: string;
  cause?: string;
  /** From the unit's plan JSON; absent when there is none (validate, or the plan failed). */
  changes?: UnitChanges;
}

export type SummaryOutput = Record<string, { status: UnitStatus } & Partial<ChangeCounts>>;

function compareUnits(a: UnitResult, b: UnitResult): number {
  return a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0;
}

/** One result per unit named by the report or holding a plan JSON, sorted by unit path. */
export function collectUnitResults(
  reportEntries: readonly RunReportEntry[],
  plansByUnit: ReadonlyMap<string, UnitChanges> | Readonly<Record<string, UnitChanges>>,
): UnitResult[] {
  const plans: ReadonlyMap<string, UnitChanges> =
    plansByUnit instanceof Map ? plansByUnit : new Map(Object.entries(plansByUnit));
  const results = new Map<string, UnitResult>();
  for (const entry of reportEntries) {
    const result: UnitResult = { unit: entry.unit, status: entry.result };
    if (entry.reason) result.reason = entry.reason;
    if (entry.cause) result.cause = entry.cause;
    results.set(entry.unit, result);
  }
  for (const [unit, changes] of plans) {
    const result = results.get(unit) ?? { unit, status: 'unknown' };
    results.set(unit, { ...result, changes });
  }
  return [...results.values()].sort(compareUnits);
}

/** The `summary` output: per unit its status and, when it was planned, the counts. */
export function summaryOutput(units: readonly UnitResult[]): SummaryOutput {
  const summary: SummaryOutput = {};
  for (const { unit, status, changes } of units) {
    const entry: SummaryOutput[string] = { status };
    for (const kind of CHANGE_KINDS) if (changes) entry[kind] = changes[kind];
    summary[unit] = entry;
  }
  return summary;
}
