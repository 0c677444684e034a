import { hasChanges } from '@infra-fleet/terragrunt';
import { isPlanPhase, type Phase } from './args.js';
import type { StateLock } from './locks.js';
import type { UnitResult } from './unit-results.js';

export interface RunFacts {
  command: Phase;
  exitCode: number;
  interrupted?: NodeJS.Signals;
  units: readonly UnitResult[];
  reportFound: boolean;
  locks: readonly StateLock[];
}

export interface Verdict {
  /** Why the run cannot be trusted; empty when it succeeded. */
  problems: string[];
  hasChanges: boolean;
}

/** Exit codes a run may end with: plan's -detailed-exitcode adds 2, "succeeded with changes". */
function successCodes(command: Phase): number[] {
  return isPlanPhase(command) ? [0, 2] : [0];
}

function unitProblems(facts: RunFacts): string[] {
  const problems: string[] = [];
  for (const unit of facts.units) {
    if (unit.status === 'failed' || unit.status === 'early exit') {
      const why = [unit.reason, unit.cause].filter(Boolean).join(': ');
      problems.push(
        `Unit ${unit.unit} ${unit.status === 'failed' ? 'failed' : 'exited early'}${why ? ` (${why})` : ''}.`,
      );
    } else if (unit.status === 'unknown') {
      problems.push(`Unit ${unit.unit} has a plan but is missing from the run report.`);
    } else if (isPlanPhase(facts.command) && unit.status === 'succeeded' && !unit.changes) {
      problems.push(`Unit ${unit.unit} succeeded but wrote no plan JSON.`);
    }
  }
  return problems;
}

/** Cross-checks the aggregate exit code with the run report and the plan JSON of every unit. */
export function judgeRun(facts: RunFacts): Verdict {
  const changed = facts.units.some((unit) => unit.changes && hasChanges(unit.changes));
  const problems: string[] = [];
  if (facts.interrupted)
    problems.push(`The run was cancelled (${facts.interrupted} forwarded to Terragrunt).`);
  if (!successCodes(facts.command).includes(facts.exitCode)) {
    problems.push(`Terragrunt exited with code ${facts.exitCode}.`);
  }
  for (const lock of facts.locks)
    problems.push(`State lock ${lock.id} is held${lock.unit ? ` (unit ${lock.unit})` : ''}.`);
  if (!facts.reportFound) problems.push('Terragrunt wrote no run report.');
  else if (facts.units.length === 0)
    problems.push('The run report names no unit: nothing was run.');
  problems.push(...unitProblems(facts));
  if (isPlanPhase(facts.command) && problems.length === 0) {
    if (facts.exitCode === 2 && !changed)
      problems.push('Exit code 2 says "changes", but no unit\'s plan JSON has any.');
    if (facts.exitCode === 0 && changed)
      problems.push('Exit code 0 says "no changes", but a unit\'s plan JSON has some.');
  }
  return { problems, hasChanges: changed };
}
