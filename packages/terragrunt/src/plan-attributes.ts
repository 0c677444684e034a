/** What a plan changes inside one resource: its attributes, before -> after, never a sensitive value. */

export interface AttributeChange {
  /** `scaling_config[0].max_size`, `tags["team"]`. */
  path: string;
  /** Rendered value (JSON), `(sensitive)`, or absent when the attribute is new. */
  before?: string;
  /** Rendered value, `(sensitive)`, `(known after apply)`, or absent when it goes away. */
  after?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Leaves = Map<string, Json>;

export const SENSITIVE = '(sensitive)';
export const UNKNOWN = '(known after apply)';
/** More than this per resource is left out: the plan JSON has the rest. */
const MAX_ATTRIBUTES = 500;

const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/** Leaf values by path; empty lists and maps are leaves of their own. */
function leaves(value: unknown, path = '', into: Leaves = new Map()): Leaves {
  if (Array.isArray(value) && value.length > 0)
    value.forEach((item, i) => leaves(item, childPath(path, i), into));
  else if (isObject(value) && Object.keys(value).length > 0) {
    for (const [key, item] of Object.entries(value)) leaves(item, childPath(path, key), into);
  } else if (path !== '') into.set(path, value as Json);
  return into;
}

/** Whether a before_sensitive/after_sensitive/after_unknown mask marks `path` (or a parent). */
function marked(mask: unknown, path: string): boolean {
  if (mask === true) return true;
  if (mask === false || mask === undefined || mask === null || path === '') return false;
  const match = /^(?:\[(\d+|"(?:[^"\\]|\\.)*")\]|\.?([A-Za-z_][A-Za-z0-9_-]*))(.*)$/.exec(path);
  if (!match) return false;
  const key =
    match[2] ?? (match[1]?.startsWith('"') ? (JSON.parse(match[1]) as string) : Number(match[1]));
  const child = Array.isArray(mask)
    ? mask[Number(key)]
    : isObject(mask)
      ? mask[String(key)]
      : undefined;
  return marked(child, match[3] ?? '');
}

const render = (value: Json) => JSON.stringify(value);

function rendered(value: Json | undefined, sensitive: boolean): string | undefined {
  if (value === undefined) return undefined;
  return sensitive ? SENSITIVE : render(value);
}

/**
 * The attributes a resource change changes: for an update or replace the leaves that differ,
 * for a create the leaves it sets (and those known only after apply), for a delete none.
 * Sensitive values (either side marked) are never rendered.
 */
export function attributeChanges(change: Record<string, unknown>): AttributeChange[] {
  const actions = Array.isArray(change.actions) ? change.actions.join(',') : '';
  if (actions === 'delete' || actions === 'no-op' || actions === 'read' || actions === 'forget')
    return [];
  const before = leaves(change.before);
  const after = leaves(change.after);
  for (const path of leaves(change.after_unknown).keys())
    if (marked(change.after_unknown, path)) after.set(path, null);
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort(comparePaths);
  const changes: AttributeChange[] = [];
  for (const path of paths) {
    const unknown = marked(change.after_unknown, path);
    const sensitive = marked(change.before_sensitive, path) || marked(change.after_sensitive, path);
    const [old, now] = [before.get(path), after.get(path)];
    if (!unknown && old !== undefined && now !== undefined && render(old) === render(now)) continue;
    if (!unknown && old === undefined && now === null) continue;
    const entry: AttributeChange = { path };
    const was = rendered(old, sensitive);
    const becomes = unknown ? UNKNOWN : rendered(now, sensitive);
    if (was !== undefined) entry.before = was;
    if (becomes !== undefined) entry.after = becomes;
    changes.push(entry);
    if (changes.length >= MAX_ATTRIBUTES) break;
  }
  return changes;
}

const pathOrder = new Intl.Collator('en', { numeric: true }).compare;
function comparePaths(a: string, b: string): number {
  return pathOrder(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
