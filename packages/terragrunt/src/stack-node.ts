import type { Mounts } from './mounts.js';
import { joinRepo, STACK_DIR } from './paths.js';
import type { GeneratedUnit, StackPlan } from './stack.js';
import { newTrail, Recorder, type Trail } from './trail.js';
import { buildUnit, type MockOutputs, type UnitFindings, type UnitTools } from './unit.js';

const CONFIG = 'terragrunt.hcl';

/** A unit a stack generates, built where Terragrunt generates it, with its autoinclude merged. */
export function buildGenerated(tools: UnitTools, unit: GeneratedUnit): Promise<UnitFindings> {
  return buildUnit(tools, unit.dir, joinRepo(unit.dir, CONFIG), unit.values, unit.autoinclude);
}

/** A stack's node: its own findings and those of every unit it generates (from `built`). */
export function assembleStack(
  plan: StackPlan,
  built: ReadonlyMap<GeneratedUnit, UnitFindings>,
): UnitFindings {
  const trail: Trail = newTrail();
  const rec = new Recorder([], trail);
  rec.link(plan.trail);
  const mockOutputs: MockOutputs[] = [];
  const dependencies = new Set<string>();
  for (const unit of plan.units) {
    const findings = built.get(unit)!;
    rec.link(findings.trail, ...unit.via);
    const path = unit.dir
      .slice(plan.dir.length + 1)
      .split('/')
      .filter((segment) => segment !== STACK_DIR)
      .join('/');
    for (const mock of findings.mockOutputs)
      mockOutputs.push({ ...mock, dependency: `${path}/${mock.dependency}` });
    for (const dependency of findings.dependencies) dependencies.add(dependency);
  }
  return { dir: plan.dir, trail, dependencies: [...dependencies], mockOutputs };
}

/**
 * Which node a dependency dir belongs to: a dir a stack generates is that stack's (a stack's
 * dependencies on its own units are dropped). Undefined for a stack's own units.
 */
export function dependencyOwner(
  dependency: string,
  node: string,
  owners: ReadonlyMap<string, string>,
  mounts: Mounts,
): string | undefined {
  const generated = mounts.holder(dependency)?.generated;
  const owner = generated === undefined ? dependency : (owners.get(generated) ?? dependency);
  return owner === node ? undefined : owner;
}
