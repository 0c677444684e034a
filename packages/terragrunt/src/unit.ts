import type { Config, ConfigEvaluator } from './config.js';
import { blockBodies, type ValuesSource } from './config-context.js';
import type { FileCache } from './files.js';
import type { ModuleIndex } from './modules.js';
import { fromVirtual, joinRepo, REPO_ROOT, resolveRepo } from './paths.js';
import { isRemoteSource, localSourcePath } from './sources.js';
import { Recorder, type Trail } from './trail.js';
import {
  followDependencies,
  listOf,
  mockOutputsOf,
  type MockOutputs,
} from './unit-dependencies.js';
import { isUnknown, type Value } from './values.js';

export type { MockOutputs } from './unit-dependencies.js';

export interface UnitFindings {
  dir: string;
  /** Everything the unit's evaluation found; flatten() gives its references and issues. */
  trail: Trail;
  dependencies: string[];
  mockOutputs: MockOutputs[];
}

export interface UnitTools {
  files: FileCache;
  configs: ConfigEvaluator;
  modules: ModuleIndex;
}

/**
 * Everything one unit depends on, from its own terragrunt.hcl outwards. `merged` are configs
 * Terragrunt merges after the unit's own (a stack's autoinclude for a unit it generates).
 */
export async function buildUnit(
  tools: UnitTools,
  dir: string,
  configFile: string,
  values?: ValuesSource,
  merged: Config[] = [],
): Promise<UnitFindings> {
  const rec = new Recorder();
  rec.ref(configFile);
  const dependencies: string[] = [];
  const mockOutputs: MockOutputs[] = [];
  const config = await tools.configs.start({ dir, file: configFile, rec, values });
  if (config) {
    const order = [...mergeOrder(config), ...merged];
    await followSource(tools, dir, order, rec);
    for (const item of order) varFiles(dir, item);
    await followDependencies(tools, dir, order, dependencies);
    mockOutputs.push(...mockOutputsOf(order));
  }
  return { dir, trail: rec.trail, dependencies, mockOutputs };
}

/**
 * Included configs before their includer, so later entries override earlier ones (Terragrunt's
 * merge). A config included along several paths counts once, where it is first reached.
 */
function mergeOrder(config: Config, seen = new Set<Config>()): Config[] {
  if (seen.has(config)) return [];
  seen.add(config);
  return [...config.includes.flatMap((included) => mergeOrder(included, seen)), config];
}

function terraformBlocks(config: Config) {
  return blockBodies<Value>(config.body.terraform).map((block) => block.body);
}

async function followSource(tools: UnitTools, dir: string, order: Config[], rec: Recorder) {
  const owner = order.findLast((config) =>
    terraformBlocks(config).some((block) => 'source' in block),
  );
  if (!owner) {
    // No source: Terragrunt runs OpenTofu in the unit dir itself.
    const hop = 'terraform (no source: the unit dir is the module)';
    return tools.modules.follow(dir, rec.deeper(hop), {
      file: joinRepo(dir, 'terragrunt.hcl'),
      what: hop,
    });
  }
  const block = terraformBlocks(owner).findLast((found) => 'source' in found)!;
  const source = sourceText(block.source!, owner, 'terraform.source');
  if (source === undefined || isRemoteSource(source)) return;
  // With update_source_with_cas, a generated unit's relative source names its catalog's tree.
  const base = block.update_source_with_cas === true ? tools.files.mounts.real(dir) : dir;
  const moduleDir = resolveRepo(base, localSourcePath(source));
  const hop = `terraform.source ${displaySource(source)}`;
  if (moduleDir === undefined)
    return owner.scope.unresolved(`terraform.source "${source}"`, 'it leaves the repository');
  await tools.modules.follow(moduleDir, owner.rec.deeper(hop), { file: owner.file, what: hop });
}

/** Absolute (get_terragrunt_dir()-based) sources are shown repository-relative, keeping `//`. */
function displaySource(source: string): string {
  if (!source.startsWith(`${REPO_ROOT}/`)) return source;
  const split = source.indexOf('//');
  const [base, sub] = split < 0 ? [source, ''] : [source.slice(0, split), source.slice(split)];
  return (fromVirtual(base) ?? base) + sub;
}

/** A source string; an unknown one still counts as remote when its known prefix says so. */
export function sourceText(value: Value, owner: Config, what: string): string | undefined {
  if (isUnknown(value) && value.prefix && isRemoteSource(value.prefix)) return value.prefix;
  return owner.scope.requirePath(value, what);
}

/** Var files named by extra_arguments, relative to the unit (where Terragrunt runs). */
function varFiles(dir: string, config: Config) {
  for (const block of terraformBlocks(config)) {
    for (const { label, body } of blockBodies<Value>(block.extra_arguments)) {
      for (const key of ['required_var_files', 'optional_var_files'] as const) {
        for (const item of listOf(body[key]))
          varFile(dir, config, item, `extra_arguments "${label}" ${key}`);
      }
      for (const item of listOf(body.arguments)) {
        const prefix = isUnknown(item) ? item.prefix : typeof item === 'string' ? item : '';
        if (prefix.startsWith('-var-file='))
          varFile(dir, config, stripFlag(item), `extra_arguments "${label}" arguments`);
      }
    }
  }
}

function stripFlag(item: Value): Value {
  return typeof item === 'string' ? item.slice('-var-file='.length) : item;
}

function varFile(dir: string, config: Config, item: Value, what: string) {
  const path = config.scope.requirePath(item, what);
  if (path === undefined) return;
  const file = resolveRepo(dir, path);
  if (file === undefined)
    return config.scope.unresolved(`${what} "${path}"`, 'the path is outside the repository');
  config.rec.ref(file, `${what} ${file}`);
}
