import { firstUnknown, isUnknown, toText, typeName, Unknown, type Value } from './values.js';

/** A builtin's body, given arguments none of which is unknown (strict builtins). */
export type Builtin = (args: Value[]) => Value;

export function text(value: Value | undefined, apply: (s: string) => Value): Value {
  const s = toText(value ?? null);
  return isUnknown(s) ? s : apply(s);
}

export function texts<T extends string[]>(
  values: Array<Value | undefined>,
  apply: (...s: T) => Value,
): Value {
  const strings = values.map((value) => toText(value ?? null));
  const unknown = firstUnknown(strings);
  return unknown ?? apply(...(strings as T));
}

export function wrongType(name: string, args: Value[]): Unknown {
  return new Unknown(`${name}() cannot take ${args.map(typeName).join(', ')}`, 'error');
}

export function failed(name: string, why: string): Unknown {
  return new Unknown(`${name}(): ${why}`, 'error');
}

/** HCL's equality: same type and value. */
export function same(a: Value, b: Value): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function distinct(list: Value[]): Value[] {
  return list.filter((item, at) => list.findIndex((other) => same(other, item)) === at);
}

export function numberOf(value: Value): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))
    return Number(value);
  return undefined;
}
