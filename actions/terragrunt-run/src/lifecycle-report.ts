import { ActionError, codeSpan } from '@infra-fleet/action-kit';
import { formatCounts, hasChanges } from '@infra-fleet/terragrunt';
import type { Command } from './inputs.js';
import { totalCounts } from './report-markdown.js';
import type { UnitResult } from './unit-results.js';

/** What destroy or recreate did, for the report's head. */
export interface LifecycleFacts {
  command: 'destroy' | 'recreate';
  environment: string;
  /** The first plan's units (plan -destroy, or recreate's plan). */
  planned: readonly UnitResult[];
  /** The units the destroy or apply ran to success, in the order they started. */
  ran?: readonly string[];
  /** recreate: the units of the plan made afterwards. */
  verified?: readonly UnitResult[];
}

const changed = (units: readonly UnitResult[]) =>
  units.filter((unit) => unit.changes && hasChanges(unit.changes));

const names = (units: readonly string[]) => units.map((unit) => codeSpan(unit)).join(' → ');

/** Logged when the first plan finds nothing to do. */
export function nothingToDo(command: Command): string {
  if (command === 'destroy') return 'Nothing to destroy: no unit has resources in state.';
  if (command === 'recreate') return 'Nothing to recreate: every unit matches the commit.';
  return 'The approved plan has no changes: nothing to apply.';
}

/** The outcome lines of destroy and recreate: what went, what came back, in which order. */
export function lifecycleLines(facts: LifecycleFacts): string[] {
  const planned = changed(facts.planned);
  if (planned.length === 0) return [`✅ ${nothingToDo(facts.command)}`];
  const done = (facts.ran ?? []).flatMap((name) => planned.filter((unit) => unit.unit === name));
  if (done.length === 0) return [];
  const counts = formatCounts(totalCounts(done));
  const order = names(done.map((unit) => unit.unit));
  if (facts.command === 'destroy') return [`🗑️ Destroyed (${counts}), dependents first: ${order}.`];
  const lines = [`🏗️ Recreated (${counts}), dependencies first: ${order}.`];
  if (facts.verified === undefined) return lines;
  const left = changed(facts.verified).map((unit) => unit.unit);
  lines.push(
    left.length === 0
      ? `✅ A new plan has no changes: ${facts.environment} matches the commit.`
      : `⛔ **A new plan still has changes** in ${left.map((unit) => codeSpan(unit)).join(', ')}.`,
  );
  return lines;
}

/** recreate's plan after the apply must be empty: anything left means it did not converge. */
export function verifyRefusal(
  folder: string,
  verified: { units: readonly UnitResult[]; verdict: { problems: string[] } },
): ActionError | undefined {
  if (verified.verdict.problems.length > 0) return undefined;
  const left = changed(verified.units).map((unit) => unit.unit);
  if (left.length === 0) return undefined;
  return new ActionError(
    `After recreating ${folder}, a new plan still has changes in: ${left.join(', ')}.`,
    {
      hint: 'A unit planned from outputs that only exist after apply (or from mock outputs) may need another run; run recreate again, and look at those units if it persists.',
    },
  );
}
