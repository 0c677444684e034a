import type { TreeReader } from '@infra-fleet/git';
import { ConfigEvaluator } from './config.js';
import { FileCache } from './files.js';
import { ModuleIndex } from './modules.js';
import { joinRepo } from './paths.js';
import type { GraphProblem, TerragruntGraph, TerragruntUnit } from './types.js';
import { buildUnit, type UnitFindings, type UnitTools } from './unit.js';

/** Directories Terragrunt and OpenTofu write into; never part of the configuration. */
const SKIPPED_DIRS = new Set(['.terragrunt-cache', '.terraform', '.terragrunt-stack', '.git']);
const CONFIG = 'terragrunt.hcl';
const CONCURRENCY = 8;

interface Found {
  dir: string;
  problem?: string;
}

/**
 * Discovers the units under `root` (every dir holding a terragrunt.hcl, except configs that other
 * units include, the legacy root pattern) and builds what each depends on.
 */
export async function buildTerragruntGraph(
  reader: TreeReader,
  root: string,
): Promise<TerragruntGraph> {
  const files = new FileCache(reader);
  const tools: UnitTools = {
    files,
    configs: new ConfigEvaluator(files),
    modules: new ModuleIndex(files),
  };
  const found = await discover(files, root);
  const built = await mapLimit(found, CONCURRENCY, (unit) => buildOne(tools, unit));
  const included = includeTargets(built);
  const units = built.filter((unit) => !included.has(joinRepo(unit.dir, CONFIG)));
  return {
    root,
    units: units.map((unit) => toUnit(root, unit)),
    problems: problemsOf(units),
  };
}

async function buildOne(tools: UnitTools, unit: Found): Promise<UnitFindings> {
  const config = joinRepo(unit.dir, CONFIG);
  if (!unit.problem) return buildUnit(tools, unit.dir, config);
  const issues = [{ file: config, message: unit.problem, kind: 'parse' as const }];
  const references = [{ file: config, via: [] }];
  return { dir: unit.dir, references, dependencies: [], mockOutputs: [], issues };
}

/** Files some unit includes (rather than reads or depends on): a terragrunt.hcl there is a root, not a unit. */
function includeTargets(units: UnitFindings[]): Set<string> {
  const files = new Set<string>();
  for (const unit of units) {
    for (const ref of unit.references)
      if (ref.via.at(-1)?.startsWith('include')) files.add(ref.file);
  }
  return files;
}

/** Walks `root` for unit dirs. Symlinked dirs are not entered (Terragrunt's default discovery). */
async function discover(files: FileCache, root: string): Promise<Found[]> {
  const units: Found[] = [];
  let level = [root];
  while (level.length) {
    const listings = await Promise.all(
      level.map(async (dir) => ({ dir, entries: await files.list(dir) })),
    );
    level = [];
    for (const { dir, entries } of listings) {
      const config = entries?.find((entry) => entry.name === CONFIG);
      if (config)
        units.push(
          config.kind === 'file' ? { dir } : { dir, problem: unreadable(dir, config.kind) },
        );
      else if (entries?.some((entry) => entry.name === `${CONFIG}.json`)) {
        units.push({
          dir,
          problem: `${dir}/${CONFIG}.json: JSON Terragrunt configs are not supported by change detection; use terragrunt.hcl.`,
        });
      }
      for (const entry of entries ?? []) {
        if (entry.kind === 'dir' && !SKIPPED_DIRS.has(entry.name))
          level.push(joinRepo(dir, entry.name));
      }
    }
  }
  return units.sort((a, b) => (a.dir < b.dir ? -1 : 1));
}

function unreadable(dir: string, kind: string): string {
  return `${dir}/${CONFIG} is a ${kind}, which change detection does not follow; make it a regular file.`;
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

function toUnit(root: string, unit: UnitFindings): TerragruntUnit {
  return {
    dir: unit.dir,
    target: targetOf(root, unit.dir),
    references: unit.references,
    dependencies: unit.dependencies,
    mockOutputs: unit.mockOutputs,
  };
}

/**
 * A unit's own findings affect that unit. A shared file that cannot be parsed hides what it
 * would add for everyone that reaches it: when that is every unit, one 'all' problem says so.
 */
function problemsOf(units: UnitFindings[]): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const shared = new Map<string, { message: string; nodes: Set<string> }>();
  for (const unit of units) {
    for (const issue of unit.issues) {
      const own = issue.file === joinRepo(unit.dir, CONFIG);
      if (issue.kind === 'parse' && !own) {
        const entry = shared.get(issue.file) ?? {
          message: issue.message,
          nodes: new Set<string>(),
        };
        entry.nodes.add(unit.dir);
        shared.set(issue.file, entry);
      } else
        problems.push({ file: issue.file, message: issue.message, scope: 'node', node: unit.dir });
    }
  }
  for (const [file, { message, nodes }] of shared) {
    if (nodes.size === units.length && units.length > 1)
      problems.push({ file, message, scope: 'all' });
    else for (const node of nodes) problems.push({ file, message, scope: 'node', node });
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
