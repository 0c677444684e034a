import { createHash } from 'node:crypto';
import { attributeChanges, type AttributeChange } from './plan-attributes.js';
import { describeValue, PlanResultError } from './plan-errors.js';

/** What a plan does to one resource instance; `import` and `move` combine with the others. */
export type ResourceAction =
  'create' | 'update' | 'replace' | 'delete' | 'import' | 'move' | 'forget' | 'read' | 'no-op';

export interface ChangeCounts {
  add: number;
  change: number;
  replace: number;
  destroy: number;
  import: number;
  move: number;
  forget: number;
}

export interface ResourceChangeSummary {
  address: string;
  /** Set when the resource moves (`moved` block): its address in the prior state. */
  previousAddress?: string;
  /** Set for a deposed object (left over from a create-before-destroy replace). */
  deposed?: string;
  actions: ResourceAction[];
  /** OpenTofu's `action_reason`, e.g. `replace_because_tainted`. */
  reason?: string;
  /** What changes inside it, before -> after; sensitive values are never here. Not hashed. */
  attributes?: AttributeChange[];
}

export interface UnitChanges extends ChangeCounts {
  /** Only the resources that change, deletes and replaces first, then by address. */
  resources: ResourceChangeSummary[];
  /** Root outputs that change (these alone make a plan "have changes"). */
  outputs: number;
}

export const CHANGE_KINDS = [
  'add',
  'change',
  'replace',
  'destroy',
  'import',
  'move',
  'forget',
] as const satisfies readonly (keyof ChangeCounts)[];

/** `change.actions` of the JSON plan format, joined with commas. */
const PLAN_ACTIONS: Record<string, ResourceAction> = {
  'no-op': 'no-op',
  create: 'create',
  read: 'read',
  update: 'update',
  delete: 'delete',
  forget: 'forget',
  'delete,create': 'replace',
  'create,delete': 'replace',
  'create,forget': 'replace',
  'forget,create': 'replace',
};

const COUNTED: Partial<Record<ResourceAction, keyof ChangeCounts>> = {
  create: 'add',
  update: 'change',
  replace: 'replace',
  delete: 'destroy',
  import: 'import',
  move: 'move',
  forget: 'forget',
};

const PLAN_HINT =
  'Pass the file Terragrunt writes with --json-out-dir (tofu show -json of a saved plan).';

type JsonObject = Record<string, unknown>;

interface PlannedChange {
  address: string;
  previous_address?: string;
  deposed?: string;
  action_reason?: string;
  change: JsonObject & { actions: string[] };
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function notAPlan(source: string, problem: string): PlanResultError {
  return new PlanResultError(
    `${source} is not an OpenTofu/Terraform plan JSON: ${problem}.`,
    PLAN_HINT,
  );
}

function checkFormat(plan: unknown, source: string): JsonObject {
  if (!isObject(plan)) throw notAPlan(source, `expected an object, found ${describeValue(plan)}`);
  const version = plan.format_version;
  if (typeof version !== 'string') throw notAPlan(source, 'it has no format_version');
  if (!/^1\./.test(version)) {
    throw new PlanResultError(
      `${source} has plan format_version ${describeValue(version)}; only 1.x is understood.`,
      'Use an OpenTofu or Terraform version whose plan JSON format is 1.x.',
    );
  }
  if (!('planned_values' in plan) && !('resource_changes' in plan)) {
    const state = 'values' in plan ? ' (it looks like a state file)' : '';
    throw notAPlan(source, `it has neither planned_values nor resource_changes${state}`);
  }
  return plan;
}

function checkChange(entry: unknown, index: number, source: string): PlannedChange {
  const where = `${source}: resource_changes[${index}]`;
  if (!isObject(entry) || typeof entry.address !== 'string' || entry.address === '') {
    throw notAPlan(source, `resource_changes[${index}] has no address`);
  }
  const actions = isObject(entry.change) ? entry.change.actions : undefined;
  const key = Array.isArray(actions) ? actions.join(',') : '';
  if (!Array.isArray(actions) || PLAN_ACTIONS[key] === undefined) {
    throw new PlanResultError(
      `${where} (${entry.address}) has change.actions ${describeValue(actions)}, which is not a known plan action.`,
      `Known actions: ${Object.keys(PLAN_ACTIONS)
        .map((name) => `[${name}]`)
        .join(', ')}. A newer OpenTofu may need a newer terragrunt-run.`,
    );
  }
  return entry as unknown as PlannedChange;
}

/** The validated `resource_changes` of a plan JSON; `source` names the file in errors. */
function plannedChanges(plan: unknown, source: string): PlannedChange[] {
  const checked = checkFormat(plan, source);
  const changes = checked.resource_changes ?? [];
  if (!Array.isArray(changes)) throw notAPlan(source, 'resource_changes is not an array');
  return changes.map((entry, index) => checkChange(entry, index, source));
}

function classify(planned: PlannedChange): ResourceAction[] {
  const base = PLAN_ACTIONS[planned.change.actions.join(',')] ?? 'no-op';
  const actions: ResourceAction[] = base === 'no-op' ? [] : [base];
  if (isObject(planned.change.importing)) actions.push('import');
  const previous = planned.previous_address;
  if (previous !== undefined && previous !== planned.address) actions.push('move');
  return actions.length > 0 ? actions : ['no-op'];
}

/** True when the actions change anything: reads and no-ops do not. */
export function isChange(actions: readonly ResourceAction[]): boolean {
  return actions.some((action) => action !== 'read' && action !== 'no-op');
}

/** True for actions that destroy a real object: deletes and replaces. */
export function isDestructive(actions: readonly ResourceAction[]): boolean {
  return actions.includes('delete') || actions.includes('replace');
}

function summary(planned: PlannedChange, actions: ResourceAction[]): ResourceChangeSummary {
  const resource: ResourceChangeSummary = { address: planned.address, actions };
  if (actions.includes('move')) resource.previousAddress = planned.previous_address;
  if (typeof planned.deposed === 'string') resource.deposed = planned.deposed;
  if (typeof planned.action_reason === 'string') resource.reason = planned.action_reason;
  const attributes = attributeChanges(planned.change);
  if (attributes.length > 0) resource.attributes = attributes;
  return resource;
}

/** Reading order: `node[2]` before `node[10]`. The hash sorts by code units instead. */
const readingOrder = new Intl.Collator('en', { numeric: true }).compare;

function byImpact(a: ResourceChangeSummary, b: ResourceChangeSummary): number {
  const rank = (resource: ResourceChangeSummary) => (isDestructive(resource.actions) ? 0 : 1);
  return (
    rank(a) - rank(b) ||
    readingOrder(a.address, b.address) ||
    compareText(a.address, b.address) ||
    compareText(a.deposed ?? '', b.deposed ?? '')
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function emptyCounts(): ChangeCounts {
  return { add: 0, change: 0, replace: 0, destroy: 0, import: 0, move: 0, forget: 0 };
}

function countOutputs(plan: JsonObject): number {
  const outputs = isObject(plan.output_changes) ? Object.values(plan.output_changes) : [];
  return outputs.filter((output) => {
    const actions = isObject(output) ? output.actions : undefined;
    return Array.isArray(actions) && actions.join(',') !== 'no-op';
  }).length;
}

function summariseChanges(plan: JsonObject, changes: PlannedChange[]): UnitChanges {
  const counts = emptyCounts();
  const resources: ResourceChangeSummary[] = [];
  for (const planned of changes) {
    const actions = classify(planned);
    if (!isChange(actions)) continue;
    for (const action of actions) {
      const counted = COUNTED[action];
      if (counted) counts[counted] += 1;
    }
    resources.push(summary(planned, actions));
  }
  return { ...counts, resources: resources.sort(byImpact), outputs: countOutputs(plan) };
}

/** JSON with object keys sorted at every level, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const object = value as JsonObject;
  const fields = Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`);
  return `{${fields.join(',')}}`;
}

/** The parts of a change that decide what apply does; timestamps and prior state stay out. */
function normalised(planned: PlannedChange): JsonObject {
  const { change } = planned;
  return {
    address: planned.address,
    previous_address: planned.previous_address ?? null,
    deposed: planned.deposed ?? null,
    actions: change.actions,
    before: change.before ?? null,
    after: change.after ?? null,
    after_unknown: change.after_unknown ?? null,
    importing: change.importing ?? null,
    replace_paths: change.replace_paths ?? null,
  };
}

const HASH_VERSION = 'infra-fleet/resource-changes/v2\n';

/** Root outputs that change, by name: dependent units read them, so they are part of the plan. */
function changingOutputs(plan: JsonObject): string[] {
  const outputs = isObject(plan.output_changes) ? plan.output_changes : {};
  return Object.keys(outputs)
    .sort(compareText)
    .flatMap((name) => {
      const output = outputs[name];
      if (!isObject(output) || !Array.isArray(output.actions)) return [];
      if (output.actions.join(',') === 'no-op') return [];
      const { actions, before, after, after_unknown } = output;
      const normal = { name, actions, before: before ?? null, after: after ?? null };
      return [canonicalJson({ ...normal, after_unknown: after_unknown ?? null })];
    });
}

function hashChanges(plan: JsonObject, changes: PlannedChange[]): string {
  const hash = createHash('sha256').update(HASH_VERSION);
  const changing = changes
    .filter((planned) => isChange(classify(planned)))
    .sort(
      (a, b) => compareText(a.address, b.address) || compareText(a.deposed ?? '', b.deposed ?? ''),
    );
  for (const planned of changing) hash.update(`${canonicalJson(normalised(planned))}\n`);
  for (const output of changingOutputs(plan)) hash.update(`output ${output}\n`);
  return `sha256:${hash.digest('hex')}`;
}

/** Per-resource actions and counts of one unit's plan JSON. */
export function summarisePlan(plan: unknown, source = 'plan JSON'): UnitChanges {
  return summariseChanges(checkFormat(plan, source), plannedChanges(plan, source));
}

/**
 * `sha256:<hex>` over the resource and root output changes that change something, canonicalised and sorted by
 * address: equal for two plans that would do the same thing, whenever they were made.
 */
export function normalisedChangesHash(plan: unknown, source = 'plan JSON'): string {
  const changes = plannedChanges(plan, source);
  return hashChanges(plan as JsonObject, changes);
}

/** Summary and hash of one plan JSON, validating it once. */
export function analysePlan(
  plan: unknown,
  source = 'plan JSON',
): { changes: UnitChanges; hash: string } {
  const changes = plannedChanges(plan, source);
  return {
    changes: summariseChanges(plan as JsonObject, changes),
    hash: hashChanges(plan as JsonObject, changes),
  };
}

/** Parses plan JSON text; `path` names the file in errors. */
export function parsePlanJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new PlanResultError(`${path} is not valid JSON: ${(error as Error).message}`, PLAN_HINT);
  }
}

/** The counts alone, e.g. for the manifest and the `summary` output. */
export function countsOf(changes: ChangeCounts): ChangeCounts {
  const counts = emptyCounts();
  for (const kind of CHANGE_KINDS) counts[kind] = changes[kind];
  return counts;
}

/** True when the unit changes any resource or output. */
export function hasChanges(changes: UnitChanges): boolean {
  return changes.resources.length > 0 || changes.outputs > 0;
}
