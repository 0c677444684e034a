import type { Config } from './config.js';
import { blockBodies } from './config-context.js';
import { dirOf, joinRepo, resolveRepo } from './paths.js';
import type { UnitTools } from './unit.js';
import { isUnknown, type Value } from './values.js';

/** A dependency block's mock outputs and the commands allowed to use them. */
export interface MockOutputs {
  dependency: string;
  /** Commands from mock_outputs_allowed_terraform_commands; 'unknown' when not evaluable. */
  allowedCommands: string[] | 'unknown';
}

export function listOf(value: Value | undefined): Value[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Dependencies with mock_outputs (later configs override earlier ones by label). Without
 * mock_outputs_allowed_terraform_commands Terragrunt lets every command use the mocks.
 */
export function mockOutputsOf(order: Config[]): MockOutputs[] {
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

export async function followDependencies(
  tools: UnitTools,
  dir: string,
  order: Config[],
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
    await dependency(tools, dir, config, path, `dependency "${label}"`, out);
  }
  for (const { config, path } of listed)
    await dependency(tools, dir, config, path, 'dependencies', out);
}

async function dependency(
  tools: UnitTools,
  dir: string,
  config: Config,
  value: Value,
  what: string,
  out: string[],
) {
  const path = config.scope.requirePath(value, `${what} config_path`);
  if (path === undefined) return;
  let file = resolveRepo(dir, path);
  if (file === undefined)
    return config.scope.unresolved(`${what} "${path}"`, 'the path is outside the repository');
  if ((await tools.files.kind(file)) === 'dir') file = await configIn(tools, file);
  const hop = what === 'dependencies' ? `dependencies ${path}` : what;
  config.rec.ref(file, hop);
  if ((await tools.files.kind(file)) !== 'file') {
    config.rec.issue(
      config.file,
      `${what} in ${config.file} points at ${path}, but there is no unit config at ${file}. Fix the path or remove the block.`,
    );
    return;
  }
  if (!out.includes(dirOf(file))) out.push(dirOf(file));
}

/** A dependency dir's config: its terragrunt.hcl, or (a stack, as autoinclude allows) its stack file. */
async function configIn(tools: UnitTools, dir: string): Promise<string> {
  const unit = joinRepo(dir, 'terragrunt.hcl');
  const stack = joinRepo(dir, 'terragrunt.stack.hcl');
  if ((await tools.files.kind(unit)) !== 'file' && (await tools.files.kind(stack)) === 'file')
    return stack;
  return unit;
}
