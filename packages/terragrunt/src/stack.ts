import { LIMITS } from './budget.js';
import { blockBodies, type Config, type ValuesSource } from './config-context.js';
import { listFiles } from './file-functions.js';
import type { Json } from './files.js';
import { generatedDir, joinRepo, resolveRepo } from './paths.js';
import { isRemoteSource, localSourcePath } from './sources.js';
import { newTrail, Recorder, type Trail } from './trail.js';
import { sourceText, type UnitTools } from './unit.js';
import type { Value, ValueMap } from './values.js';

export const STACK_FILE = 'terragrunt.stack.hcl';

/** A unit a stack generates, to build like any unit from where it is generated. */
export interface GeneratedUnit {
  dir: string;
  /** Hops from the top stack file to the unit block. */
  via: string[];
  values?: ValuesSource;
  /** The unit block's autoinclude bodies, merged into the unit after its own config. */
  autoinclude: Config[];
}

/** What a terragrunt.stack.hcl (and the stacks it generates) adds up to, before its units are built. */
export interface StackPlan {
  dir: string;
  trail: Trail;
  units: GeneratedUnit[];
  /** Every dir it generates, nested stacks' included. */
  generated: string[];
}

interface Planning {
  tools: UnitTools;
  plan: StackPlan;
  /** Trails of the source dirs' files, shared by every stack copying them. */
  sources: Map<string, Trail>;
  /** Set once the plan has generated too much; nothing more is generated. */
  stopped?: boolean;
}

/**
 * Evaluates a stack file and, recursively, the local stacks it generates; mounts each generated
 * dir on its source dir so that the generated units can be built where Terragrunt puts them.
 */
export async function planStack(
  tools: UnitTools,
  dir: string,
  sources: Map<string, Trail>,
): Promise<StackPlan> {
  const plan: StackPlan = { dir, trail: newTrail(), units: [], generated: [] };
  const planning: Planning = { tools, plan, sources };
  await stackFile(planning, dir, new Recorder([], plan.trail), undefined, 0);
  if (planning.stopped) {
    const file = joinRepo(dir, STACK_FILE);
    const message = `${file} generates more than ${LIMITS.components} units and stacks, or nests stacks more than ${LIMITS.depth} deep; change detection stops generating there.`;
    new Recorder([], plan.trail).issue(file, message);
  }
  return plan;
}

async function stackFile(
  planning: Planning,
  dir: string,
  rec: Recorder,
  values: ValuesSource | undefined,
  depth: number,
): Promise<void> {
  const file = joinRepo(dir, STACK_FILE);
  rec.ref(file);
  const config = await planning.tools.configs.start({ dir, file, rec, values, stack: true });
  if (!config) return;
  const blocks = [...componentBlocks(config.body), ...(await fragments(planning, config))];
  for (const block of blocks) await component(planning, config, block, depth);
}

interface Block {
  kind: 'unit' | 'stack';
  name: string;
  body: Record<string, Value>;
}

function componentBlocks(body: ValueMap): Block[] {
  return (['unit', 'stack'] as const).flatMap((kind) =>
    blockBodies<Value>(body[kind]).map(({ label, body: block }) => ({
      kind,
      name: label,
      body: block,
    })),
  );
}

/** A stack file's `include` blocks name files of more unit/stack blocks, evaluated in its scope. */
async function fragments(planning: Planning, config: Config): Promise<Block[]> {
  const found: Block[] = [];
  for (const { label, body } of blockBodies<Json>(config.raw.include)) {
    const hop = `include "${label}"`;
    const path = config.scope.requirePath(await config.scope.json(body.path ?? null), hop);
    const file = path === undefined ? undefined : resolveRepo(config.scope.ctx.terragruntDir, path);
    if (file === undefined) continue;
    config.rec.ref(file, hop);
    const parsed = await planning.tools.files.hcl(file);
    if (!parsed.ok) {
      config.rec.issue(file, `cannot parse ${file}: ${parsed.error}`);
      continue;
    }
    const raw = { unit: parsed.body.unit ?? null, stack: parsed.body.stack ?? null };
    found.push(...componentBlocks((await config.scope.json(raw)) as ValueMap));
  }
  return found;
}

async function component(planning: Planning, config: Config, block: Block, depth: number) {
  const { tools, plan } = planning;
  const { scope, rec } = config;
  const what = `${block.kind} "${block.name}"`;
  if (block.body.enabled === false) return;
  const source = sourceText(block.body.source ?? null, config, `${what} source`);
  const path = scope.requirePath(block.body.path ?? null, `${what} path`);
  if (source === undefined || path === undefined || isRemoteSource(source)) return;
  const stackDir = scope.ctx.terragruntDir;
  const generated = generatedDir(stackDir, path, block.body.no_dot_terragrunt_stack === true);
  if (generated === undefined)
    return scope.unresolved(`${what} path "${path}"`, 'it leaves the stack dir');
  // With update_source_with_cas, a relative source names the catalog's own tree.
  const cas = block.body.update_source_with_cas === true;
  const base = cas ? tools.files.mounts.real(stackDir) : stackDir;
  const sourceDir = resolveRepo(base, localSourcePath(source));
  if (sourceDir === undefined)
    return scope.unresolved(`${what} source "${source}"`, 'it leaves the repository');
  const hop = `${what} (source ${source})`;
  if ((await tools.files.kind(sourceDir)) !== 'dir')
    return rec.issue(config.file, `${hop} is not a directory in this tree (${sourceDir}).`);
  if (plan.generated.length >= LIMITS.components || depth >= LIMITS.depth) planning.stopped = true;
  if (planning.stopped) return;
  rec.link(await sourceTrail(planning, tools.files.mounts.real(sourceDir)), hop);
  tools.files.mounts.add(generated, sourceDir);
  plan.generated.push(generated);
  const values = block.body.values === undefined ? undefined : constant(block.body.values);
  const via = [...rec.via, hop];
  if (block.kind === 'stack')
    return stackFile(planning, generated, new Recorder(via, rec.trail), values, depth + 1);
  const autoinclude = blockBodies<Value>(block.body.autoinclude).map((found): Config => ({
    ...config,
    rec: new Recorder([...via, 'autoinclude'], rec.trail),
    body: found.body,
    includes: [],
  }));
  plan.units.push({ dir: generated, via, values, autoinclude });
}

function constant(value: Value): ValuesSource {
  return () => Promise.resolve(value);
}

/** Every file of a source dir, which Terragrunt copies whole into the generated dir. */
async function sourceTrail({ tools, sources }: Planning, dir: string): Promise<Trail> {
  const known = sources.get(dir);
  if (known) return known;
  const trail = newTrail();
  sources.set(dir, trail);
  const rec = new Recorder([], trail);
  for (const file of await listFiles(tools.files, dir)) rec.ref(joinRepo(dir, file));
  return trail;
}
