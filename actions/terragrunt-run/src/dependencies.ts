import type { TerragruntGraph } from '@infra-fleet/terragrunt';
import type { UnitResult } from './unit-results.js';

export interface StaleDependency {
  unit: string;
  dependsOn: string;
}

/** unit -> the units it depends on, both relative to the working directory, within the run. */
export function runDependencies(
  graph: TerragruntGraph,
  workingDirectory: string,
): Map<string, string[]> {
  const prefix = workingDirectory === '.' ? '' : `${workingDirectory}/`;
  const inRun = (dir: string) => (dir.startsWith(prefix) ? dir.slice(prefix.length) : undefined);
  const map = new Map<string, string[]>();
  for (const unit of graph.units) {
    const name = inRun(unit.dir);
    if (name === undefined) continue;
    map.set(
      name,
      unit.dependencies.flatMap((dir) => inRun(dir) ?? []),
    );
  }
  return map;
}

/**
 * Units whose saved plan would change something using outputs that a unit it depends on
 * changes in the same apply: the saved plan froze the old (or mock) values, and applying it
 * after its dependency would write them for real.
 */
export function staleDependencies(
  units: readonly UnitResult[],
  dependencies: ReadonlyMap<string, readonly string[]>,
): StaleDependency[] {
  const outputsChange = new Set(
    units.filter((unit) => (unit.changes?.outputs ?? 0) > 0).map((unit) => unit.unit),
  );
  return units
    .filter((unit) => (unit.changes?.resources.length ?? 0) > 0)
    .flatMap((unit) =>
      (dependencies.get(unit.unit) ?? [])
        .filter((dependency) => outputsChange.has(dependency))
        .map((dependsOn) => ({ unit: unit.unit, dependsOn })),
    );
}
