import type { TreeReader } from '@infra-fleet/git';
import { Tally } from './budget.js';
import { ConfigEvaluator } from './config.js';
import { FileCache } from './files.js';
import { ModuleIndex } from './modules.js';
import { configOf, discover, type Found } from './discover.js';
import { planStack, type StackPlan } from './stack.js';
import { assembleStack, buildGenerated, dependencyOwner } from './stack-node.js';
import { flatten, type Issue, type Trail } from './trail.js';
import type { GraphProblem, Reference, TerragruntGraph, TerragruntUnit } from './types.js';
import { buildUnit, type UnitFindings, type UnitTools } from './unit.js';

const CONCURRENCY = 8;

/** A node's findings, flattened: what detect-changed-envs maps changes through. */
interface Node {
  kind: 'unit' | 'stack';
  dir: string;
  config: string;
  references: Reference[];
  issues: Issue[];
  dependencies: string[];
  mockOutputs: UnitFindings['mockOutputs'];
}

/**
 * Discovers the units under `root` (every dir holding a terragrunt.hcl, except configs that other
 * units include, the legacy root pattern) and the stacks (dirs holding a terragrunt.stack.hcl),
 * and builds what each depends on. A stack's node stands for every unit it generates.
 * `tally` counts the evaluation work done (configs evaluated, expression steps).
 */
export async function buildTerragruntGraph(
  reader: TreeReader,
  root: string,
  tally = new Tally(),
): Promise<TerragruntGraph> {
  const files = new FileCache(reader);
  const tools: UnitTools = {
    files,
    configs: new ConfigEvaluator(files, tally),
    modules: new ModuleIndex(files, tally),
  };
  const { nodes, plans } = await buildNodes(tools, await discover(files, root));
  const included = includeTargets(nodes);
  const kept = nodes
    .filter((node) => node.kind === 'stack' || !included.has(node.config))
    .sort((a, b) => (a.dir < b.dir ? -1 : 1));
  const owners = ownersOf(plans);
  return {
    root,
    units: kept.map((node) => toUnit(root, node, owners, files)),
    problems: problemsOf(kept),
  };
}

/** Stacks are planned first: the dirs they generate must be mounted before a unit can use one. */
async function buildNodes(tools: UnitTools, found: Found[]) {
  const map = <T, R>(items: T[], run: (item: T) => Promise<R>) => mapLimit(items, CONCURRENCY, run);
  const sources = new Map<string, Trail>();
  const stackDirs = found.filter((item) => item.kind === 'stack' && !item.problem);
  const plans = await map(stackDirs, (item) => planStack(tools, item.dir, sources));
  const others = found.filter((item) => item.kind === 'unit' || item.problem);
  const units = await map(others, (item) => buildOne(tools, item));
  const generated = plans.flatMap((plan) => plan.units);
  const built = new Map(
    await map(generated, async (unit) => [unit, await buildGenerated(tools, unit)] as const),
  );
  const nodes = [
    ...units.map((unit, at) => toNode(others[at]!, unit, tools.files)),
    ...plans.map((plan) =>
      toNode({ dir: plan.dir, kind: 'stack' }, assembleStack(plan, built), tools.files),
    ),
  ];
  return { nodes, plans };
}

async function buildOne(tools: UnitTools, unit: Found): Promise<UnitFindings> {
  const config = configOf(unit);
  if (!unit.problem) return buildUnit(tools, unit.dir, config);
  const trail: Trail = {
    refs: [{ file: config, via: [] }],
    issues: [{ file: config, message: unit.problem, kind: 'parse' }],
    links: [],
  };
  return { dir: unit.dir, trail, dependencies: [], mockOutputs: [] };
}

/** Flattens a node's trail; paths inside generated dirs become the files they are copied from. */
function toNode(item: Found, found: UnitFindings, files: FileCache): Node {
  const { references, issues } = flatten(found.trail);
  const best = new Map<string, Reference>();
  for (const ref of references) {
    const file = files.mounts.real(ref.file);
    const known = best.get(file);
    if (!known || ref.via.length < known.via.length) best.set(file, { file, via: ref.via });
  }
  return {
    kind: item.kind,
    dir: found.dir,
    config: configOf(item),
    references: [...best.values()],
    issues: issues.map((issue) => ({ ...issue, file: files.mounts.real(issue.file) })),
    dependencies: found.dependencies,
    mockOutputs: found.mockOutputs,
  };
}

/** Files some node includes (rather than reads or depends on): a terragrunt.hcl there is a root, not a unit. */
function includeTargets(nodes: Node[]): Set<string> {
  const files = new Set<string>();
  for (const node of nodes) {
    for (const ref of node.references)
      if (ref.via.at(-1)?.startsWith('include')) files.add(ref.file);
  }
  return files;
}

/** Each dir a stack generates, and the (top) stack that owns it. */
function ownersOf(plans: StackPlan[]): Map<string, string> {
  return new Map(plans.flatMap((plan) => plan.generated.map((dir) => [dir, plan.dir] as const)));
}

/** 'permanent' under <root>/permanent, <env> under <root>/environments/<env>, else the first segment. */
export function targetOf(root: string, dir: string): string {
  const relative =
    root && dir.startsWith(`${root}/`) ? dir.slice(root.length + 1) : root ? '' : dir;
  const [first, second] = relative.split('/');
  if (!first) return root.split('/').at(-1) ?? '';
  if (first === 'environments' && second) return second;
  return first;
}

function toUnit(
  root: string,
  node: Node,
  owners: ReadonlyMap<string, string>,
  files: FileCache,
): TerragruntUnit {
  const dependencies = node.dependencies.flatMap(
    (dependency) => dependencyOwner(dependency, node.dir, owners, files.mounts) ?? [],
  );
  return {
    kind: node.kind,
    dir: node.dir,
    target: targetOf(root, node.dir),
    references: node.references,
    dependencies: [...new Set(dependencies)],
    mockOutputs: node.mockOutputs,
  };
}

/**
 * A node's own findings affect that node. A shared file that cannot be parsed hides what it
 * would add for everyone that reaches it: when that is every node, one 'all' problem says so.
 */
function problemsOf(nodes: Node[]): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const shared = new Map<string, { message: string; nodes: Set<string> }>();
  for (const node of nodes) {
    for (const issue of node.issues) {
      if (issue.kind === 'parse' && issue.file !== node.config) {
        const entry = shared.get(issue.file) ?? {
          message: issue.message,
          nodes: new Set<string>(),
        };
        entry.nodes.add(node.dir);
        shared.set(issue.file, entry);
      } else
        problems.push({ file: issue.file, message: issue.message, scope: 'node', node: node.dir });
    }
  }
  for (const [file, { message, nodes: reached }] of shared) {
    if (reached.size === nodes.length && nodes.length > 1)
      problems.push({ file, message, scope: 'all' });
    else for (const node of reached) problems.push({ file, message, scope: 'node', node });
  }
  return dedupe(problems);
}

function dedupe(problems: GraphProblem[]): GraphProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.scope}\u0000${problem.node ?? ''}\u0000${problem.file}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function mapLimit<T, R>(
  items: T[],
  limit: number,
  run: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let at = next++; at < items.length; at = next++) results[at] = await run(items[at]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
