import type { Expect, RefSpec } from './graph-model.js';

export type Obj = Record<string, unknown>;

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects the paths a parsed config names, and what is malformed about it. */
export class Scan {
  readonly refs: RefSpec[] = [];
  readonly problems: string[] = [];

  path(hop: string, value: unknown, expect: Expect): void {
    if (typeof value !== 'string' || value.trim() === '') {
      this.problems.push(`\`${hop}\` must be a non-empty path, got ${JSON.stringify(value)}`);
      return;
    }
    this.refs.push({ hop: `${hop} ${value}`, path: value.trim(), expect });
  }

  /** The items of a list field; null/absent is an empty list. */
  list(value: unknown, where: string): unknown[] {
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    this.problems.push(`\`${where}\` must be a list, got ${JSON.stringify(value)}`);
    return [];
  }

  /** The list items that are mappings; others are reported. */
  objects(value: unknown, where: string): Obj[] {
    return this.list(value, where).filter((item): item is Obj => {
      if (isObj(item)) return true;
      this.problems.push(`\`${where}\` entries must be mappings, got ${JSON.stringify(item)}`);
      return false;
    });
  }

  /** A mapping field; null/absent is undefined. */
  object(value: unknown, where: string): Obj | undefined {
    if (value === undefined || value === null) return undefined;
    if (isObj(value)) return value;
    this.problems.push(`\`${where}\` must be a mapping, got ${JSON.stringify(value)}`);
    return undefined;
  }

  /** Every string of a list field as a path. */
  paths(value: unknown, where: string, expect: Expect): void {
    for (const item of this.list(value, where)) this.path(where, item, expect);
  }

  /** `path:` of every mapping of a list field (entries without one are inline). */
  pathFields(value: unknown, where: string, expect: Expect): void {
    for (const item of this.objects(value, where)) {
      if (item.path !== undefined && item.path !== null) this.path(where, item.path, expect);
    }
  }
}

/** The name to show for a generator or chart entry in a hop. */
export function entryName(entry: Obj, ...keys: string[]): string {
  const value = keys.map((key) => entry[key]).find((v) => typeof v === 'string' && v !== '');
  return typeof value === 'string' ? value : '(unnamed)';
}
