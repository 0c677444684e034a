import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { PLAN_DIR_LAYOUT } from './plan-results.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Loose = Record<string, unknown>;

/** Enough for any real plan; a plan marking more is cut here rather than slowing redaction. */
const MAX_VALUES = 10_000;

/**
 * The values a plan JSON marks sensitive: in resource changes and drift (before/after with
 * before_sensitive/after_sensitive), output changes, sensitive outputs, and the values of
 * root variables declared `sensitive`. Strings and numbers; booleans and null say nothing.
 */
export function sensitiveValues(plan: unknown): string[] {
  const root = (plan ?? {}) as Loose;
  const values: string[] = [];
  const changes = [root.resource_changes, root.resource_drift]
    .flatMap((list) => (Array.isArray(list) ? (list as Loose[]) : []))
    .map((entry) => entry.change as Loose | undefined);
  const outputs = Object.values((root.output_changes ?? {}) as Record<string, Loose>);
  for (const change of [...changes, ...outputs]) {
    if (!change) continue;
    collect(change.before as Json, change.before_sensitive as Json, values);
    collect(change.after as Json, change.after_sensitive as Json, values);
  }
  for (const output of stateOutputs(root)) {
    if (output.sensitive === true) collect(output.value as Json, true, values);
  }
  for (const [name, variable] of Object.entries((root.variables ?? {}) as Record<string, Loose>)) {
    if (sensitiveVariable(root, name)) collect(variable.value as Json, true, values);
  }
  return [...new Set(values)].slice(0, MAX_VALUES);
}

function stateOutputs(root: Loose): Loose[] {
  const planned = (root.planned_values as Loose | undefined)?.outputs;
  const prior = ((root.prior_state as Loose | undefined)?.values as Loose | undefined)?.outputs;
  return [planned, prior].flatMap((outputs) =>
    Object.values((outputs ?? {}) as Record<string, Loose>),
  );
}

function sensitiveVariable(root: Loose, name: string): boolean {
  const module = (root.configuration as Loose | undefined)?.root_module as Loose | undefined;
  const variables = (module?.variables ?? {}) as Record<string, Loose>;
  return variables[name]?.sensitive === true;
}

/** Adds the leaves of `value` that `mask` marks (true marks a whole subtree). */
function collect(value: Json | undefined, mask: Json | undefined, into: string[]): void {
  if (value === undefined || value === null || into.length >= MAX_VALUES) return;
  if (mask === true) {
    leaves(value, into);
    return;
  }
  if (typeof mask !== 'object' || mask === null || typeof value !== 'object') return;
  for (const [key, sub] of Object.entries(mask)) {
    collect((value as Record<string, Json>)[key], sub, into);
  }
}

function leaves(value: Json, into: string[]): void {
  if (into.length >= MAX_VALUES) return;
  if (typeof value === 'string') into.push(value);
  else if (typeof value === 'number') into.push(String(value));
  else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) leaves(item, into);
  }
}

/** Every sensitive value of every unit's plan JSON under `plan-dir` (unreadable plans are skipped). */
export async function planSecrets(planDir: string): Promise<string[]> {
  const jsonDir = join(planDir, PLAN_DIR_LAYOUT.json);
  const entries = await readdir(jsonDir, { recursive: true }).catch(() => [] as string[]);
  const values: string[] = [];
  for (const entry of entries.filter((e) => e.split(sep).pop() === PLAN_DIR_LAYOUT.jsonFile)) {
    try {
      values.push(...sensitiveValues(JSON.parse(await readFile(join(jsonDir, entry), 'utf8'))));
    } catch {
      // The verdict reports an unreadable plan; its values are not needed for that.
    }
  }
  return [...new Set(values)];
}
