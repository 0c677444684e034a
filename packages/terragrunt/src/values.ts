/**
 * A value we could not compute. 'error' means Terragrunt itself would fail (a missing local,
 * a missing file); 'opaque' means the value exists but is not knowable from the tree alone
 * (an environment variable, a dependency output, an unsupported function). `prefix` is the
 * known start of a string whose tail is unknown, so "git::...?ref=${x}" is still remote.
 */
export class Unknown {
  constructor(
    readonly reason: string,
    readonly kind: 'error' | 'opaque' = 'opaque',
    readonly prefix = '',
  ) {}
}

export type Value = string | number | boolean | null | Unknown | Value[] | ValueMap;
export interface ValueMap {
  [key: string]: Value;
}

export function isUnknown(value: Value): value is Unknown {
  return value instanceof Unknown;
}

export function isMap(value: Value): value is ValueMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnknown(value);
}

/** The first unknown among `values`, so a function of unknown arguments reports why. */
export function firstUnknown(values: Value[]): Unknown | undefined {
  for (const value of values) if (isUnknown(value)) return value;
  return undefined;
}

export function typeName(value: Value): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (isUnknown(value)) return 'unknown';
  return isMap(value) ? 'object' : typeof value;
}

/** HCL's string conversion of a primitive; collections have none. */
export function toText(value: Value): string | Unknown {
  if (isUnknown(value)) return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return new Unknown(`cannot use a ${typeName(value)} as a string`, 'error');
}

export function describe(value: Value): string {
  if (isUnknown(value)) return `(unknown: ${value.reason})`;
  return JSON.stringify(value) ?? String(value);
}
