// Why a run must not go on although Terragrunt made its plan: the checks of apply and recreate.
import { ActionError } from '@infra-fleet/action-kit';
import { fsTreeReader } from '@infra-fleet/git';
import {
  buildTerragruntGraph,
  describeDestructiveChanges,
  destructiveChanges,
  type TerragruntGraph,
} from '@infra-fleet/terragrunt';
import { runDependencies, staleDependencies } from './dependencies.js';
import type { Settings } from './inputs.js';
import type { UnitResult } from './unit-results.js';

/**
 * The environment's unit graph, for apply's checks. Mocks allowed for apply would be applied
 * as real values, so they are refused here, before anything runs.
 */
export async function applyGraph(settings: Settings): Promise<TerragruntGraph> {
  const graph = await buildTerragruntGraph(
    fsTreeReader(settings.context.workspace),
    settings.workingDirectoryName,
  );
  const offenders = graph.units.flatMap((unit) =>
    unit.mockOutputs
      .filter(
        (mock) =>
          mock.allowedCommands === 'unknown' ||
          mock.allowedCommands.some((c) => c === 'apply' || c === '*'),
      )
      .map(
        (mock) =>
          `${unit.dir} (dependency "${mock.dependency}": ${JSON.stringify(mock.allowedCommands)})`,
      ),
  );
  if (offenders.length === 0) return graph;
  throw new ActionError(
    `Refusing to apply: these dependencies may hand mock outputs to apply, so the plan could carry fake values:\n  ${offenders.join('\n  ')}`,
    {
      hint: 'Set mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"] (a literal list) on each of them.',
    },
  );
}

export function staleRefusal(
  settings: Settings,
  planned: { units: readonly UnitResult[] },
  graph?: TerragruntGraph,
) {
  if (!graph) return undefined;
  const stale = staleDependencies(
    planned.units,
    runDependencies(graph, settings.workingDirectoryName),
  );
  if (stale.length === 0) return undefined;
  const pairs = stale.map(
    ({ unit, dependsOn }) => `${unit} uses outputs of ${dependsOn}, which this apply changes`,
  );
  return new ActionError(
    `Refusing to apply: these saved plans were made with outputs their dependencies are about to change, so they would apply stale or mock values:\n  ${pairs.join('\n  ')}`,
    {
      hint: "Apply the dependencies first (a change that leaves the dependent units alone), then plan again and have the dependent units' new plans reviewed.",
    },
  );
}

export function guardRefusal(
  settings: Settings,
  planned: { units: readonly UnitResult[] },
): ActionError | undefined {
  const destructive = destructiveChanges(planned.units);
  if (destructive.length === 0 || settings.allowDestroy) return undefined;
  return new ActionError(
    `The plan deletes or replaces resources:\n${describeDestructiveChanges(destructive)}`,
    { hint: 'Review them; if they are intended, run again with allow-destroy: true.' },
  );
}
