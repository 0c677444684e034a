import { blockBodies, type Config, type ConfigEvaluator } from './config.js';
import type { FileCache } from './files.js';
import type { ModuleIndex } from './modules.js';
import { dirOf, fromVirtual, joinRepo, REPO_ROOT, resolveRepo } from './paths.js';
import { isRemoteSource, localSourcePath } from './sources.js';
import { Recorder, type Issue } from './trail.js';
import type { Reference } from './types.js';
import { isUnknown, type Value } from './values.js';

export interface UnitFindings {
  dir: string;
  references: Reference[];
  dependencies: string[];
  mockOutputs: MockOutputs[];
  issues: Issue[];
}

/** A dependency block's mock outputs and the commands allowed to use them. */
export interface MockOutputs {
  dependency: string;
  /** Commands from mock_outputs_allowed_terraform_commands; 'unknown' when not evaluable. */
  allowedCommands: string[] | 'unknown';
}

export interface UnitTools {
  files: FileCache;
  configs: ConfigEvaluator;
  modules: ModuleIndex;
}

/** Everything one unit depends on, from its own terragrunt.hcl outwards. */
export async function buildUnit(
  tools: UnitTools,
  dir: string,
  configFile: string,
): Promise<UnitFindings> {
  const rec = new Recorder([]);
  rec.ref(configFile);
  const dependencies: string[] = [];
  const mockOutputs: MockOutputs[] = [];
  const ctx = { unitDir: dir, terragruntDir: dir, chain: [], shared: false };
  const config = await tools.configs.evaluate(configFile, ctx, rec);
  if (config) {
    const order = mergeOrder(config);
    await followSource(tools, dir, order, rec);
    for (const item of order) varFiles(dir, item, rec);
    await followDependencies(tools, dir, order, rec, dependencies);
    mockOutputs.push(...mockOutputsOf(order));
  }
  return {
    dir,
    references: shortestPerFile(rec.trail.refs),
    dependencies,
    mockOutputs,
    issues: rec.trail.issues,
  };
}

/** Included configs before their includer, so later entries override earlier ones (Terragrunt's merge). */
function mergeOrder(config: Config): Config[] {
  return [...config.includes.flatMap(mergeOrder), config];
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
  const value = terraformBlocks(owner).findLast((block) => 'source' in block)!.source!;
  const source = sourceText(value, owner, 'terraform.source');
  if (source === undefined || isRemoteSource(source)) return;
  const path = localSourcePath(source);
  const moduleDir = resolveRepo(dir, path);
  const hop = `terraform.source ${displaySource(source)}`;
  if (moduleDir === undefined)
    return owner.scope.unresolved(`terraform.source "${source}"`, 'it leaves the repository');
  await tools.modules.follow(moduleDir, new Recorder([...owner.via, hop], rec.trail), {
    file: owner.file,
    what: hop,
  });
}

/** Absolute (get_terragrunt_dir()-based) sources are shown repository-relative, keeping `//`. */
function displaySource(source: string): string {
  if (!source.startsWith(`${REPO_ROOT}/`)) return source;
  const split = source.indexOf('//');
  const [base, sub] = split < 0 ? [source, ''] : [source.slice(0, split), source.slice(split)];
  return (fromVirtual(base) ?? base) + sub;
}

/** A source string; an unknown one still counts as remote when its known prefix says so. */
function sourceText(value: Value, owner: Config, what: string): string | undefined {
  if (isUnknown(value) && value.prefix && isRemoteSource(value.prefix)) return value.prefix;
  return owner.scope.requirePath(value, what);
}

/** Var files named by extra_arguments, relative to the unit (where Terragrunt runs). */
function varFiles(dir: string, config: Config, rec: Recorder) {
  for (const block of terraformBlocks(config)) {
    for (const { label, body } of blockBodies<Value>(block.extra_arguments)) {
      for (const key of ['required_var_files', 'optional_var_files'] as const) {
        for (const item of listOf(body[key]))
          varFile(dir, config, rec, item, `extra_arguments "${label}" ${key}`);
      }
      for (const item of listOf(body.arguments)) {
        const prefix = isUnknown(item) ? item.prefix : typeof item === 'string' ? item : '';
        if (prefix.startsWith('-var-file='))
          varFile(dir, config, rec, stripFlag(item), `extra_arguments "${label}" arguments`);
      }
    }
  }
}

function stripFlag(item: Value): Value {
  return typeof item === 'string' ? item.slice('-var-file='.length) : item;
}

function varFile(dir: string, config: Config, rec: Recorder, item: Value, what: string) {
  const path = config.scope.requirePath(item, what);
  if (path === undefined) return;
  const file = resolveRepo(dir, path);
  if (file === undefined)
    return config.scope.unresolved(`${what} "${path}"`, 'the path is outside the repository');
  new Recorder(config.via, rec.trail).ref(file, `${what} ${file}`);
}

function listOf(value: Value | undefined): Value[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Dependencies with mock_outputs (later configs override earlier ones by label). Without
 * mock_outputs_allowed_terraform_commands Terragrunt lets every command use the mocks.
 */
function mockOutputsOf(order: Config[]): MockOutputs[] {
  const byLabel = new Map<string, MockOutputs>();
  for (const config of order) {
    for (const { label, body } of blockBodies<Value>(config.body.dependency)) {
      if (body.mock_outputs === undefined) continue;
      byLabel.set(label, { dependency: label, allowedCommands: allowedCommands(body) });
    }
  }
  return [...byLabel.values()];
}

function allowedCommands(body: Record<string, Value>): string[] | 'unknown' {
  const value = body.mock_outputs_allowed_terraform_commands;
  if (value === undefined || value === null) return ['*'];
  const items = listOf(value);
  if (isUnknown(value) || !items.every((item) => typeof item === 'string')) return 'unknown';
  return items as string[];
}

async function followDependencies(
  tools: UnitTools,
  dir: string,
  order: Config[],
  rec: Recorder,
  out: string[],
) {
  const named = new Map<string, { config: Config; path: Value }>();
  const listed: Array<{ config: Config; path: Value }> = [];
  for (const config of order) {
    for (const { label, body } of blockBodies<Value>(config.body.dependency)) {
      named.set(label, { config, path: body.config_path ?? null });
    }
    for (const { body } of blockBodies<Value>(config.body.dependencies)) {
      for (const path of listOf(body.paths)) listed.push({ config, path });
    }
  }
  for (const [label, { config, path }] of named) {
    await dependency(tools, dir, config, path, `dependency "${label}"`, rec, out);
  }
  for (const { config, path } of listed)
    await dependency(tools, dir, config, path, 'dependencies', rec, out);
}

async function dependency(
  tools: UnitTools,
  dir: string,
  config: Config,
  value: Value,
  what: string,
  rec: Recorder,
  out: string[],
) {
  const path = config.scope.requirePath(value, `${what} config_path`);
  if (path === undefined) return;
  let file = resolveRepo(dir, path);
  if (file === undefined)
    return config.scope.unresolved(`${what} "${path}"`, 'the path is outside the repository');
  if ((await tools.files.kind(file)) === 'dir') file = joinRepo(file, 'terragrunt.hcl');
  const hop = what === 'dependencies' ? `dependencies ${path}` : what;
  new Recorder(config.via, rec.trail).ref(file, hop);
  if ((await tools.files.kind(file)) !== 'file') {
    rec.issue(
      config.file,
      `${what} in ${config.file} points at ${path}, but there is no unit config at ${file}. Fix the path or remove the block.`,
    );
    return;
  }
  if (!out.includes(dirOf(file))) out.push(dirOf(file));
}

/** One reference per file, keeping the shortest chain (the clearest reason). */
function shortestPerFile(refs: Reference[]): Reference[] {
  const best = new Map<string, Reference>();
  for (const ref of refs) {
    const known = best.get(ref.file);
    if (!known || ref.via.length < known.via.length) best.set(ref.file, ref);
  }
  return [...best.values()];
}
