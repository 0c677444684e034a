import { posix } from 'node:path';
import {
  firstUnknown,
  isMap,
  isUnknown,
  toText,
  typeName,
  Unknown,
  type Value,
  type ValueMap,
} from './values.js';

type Builtin = (args: Value[]) => Value;

/** Functions whose result we compute when every argument is known. */
const STRICT: Record<string, Builtin> = {
  dirname: ([path]) => text(path, (p) => (p.includes('/') ? posix.dirname(p) : '.')),
  basename: ([path]) => text(path, (p) => posix.basename(p)),
  abspath: ([path]) => text(path, (p) => (posix.isAbsolute(p) ? posix.normalize(p) : unknownCwd())),
  lower: ([s]) => text(s, (v) => v.toLowerCase()),
  upper: ([s]) => text(s, (v) => v.toUpperCase()),
  trimspace: ([s]) => text(s, (v) => v.trim()),
  chomp: ([s]) => text(s, (v) => v.replace(/(\r?\n)+$/, '')),
  trimprefix: ([s, prefix]) =>
    texts([s, prefix], (v, p) => (v.startsWith(p) ? v.slice(p.length) : v)),
  trimsuffix: ([s, suffix]) =>
    texts([s, suffix], (v, x) => (x && v.endsWith(x) ? v.slice(0, -x.length) : v)),
  startswith: ([s, prefix]) => texts([s, prefix], (v, p) => v.startsWith(p)),
  endswith: ([s, suffix]) => texts([s, suffix], (v, x) => v.endsWith(x)),
  strcontains: ([s, part]) => texts([s, part], (v, p) => v.includes(p)),
  replace: ([s, search, by]) => texts([s, search, by], replacePlain),
  split: ([separator, s]) => texts([separator, s], (sep, v) => v.split(sep)),
  substr: ([s, offset, length]) => substr(s!, offset!, length!),
  join: ([separator, ...lists]) => join(separator!, lists),
  format: ([spec, ...args]) => format(spec!, args),
  concat: (lists) =>
    lists.every(Array.isArray) ? (lists as Value[][]).flat() : wrongType('concat', lists),
  flatten: ([list]) => (Array.isArray(list) ? flatten(list) : wrongType('flatten', [list!])),
  merge: (maps) => mergeMaps(maps),
  length: ([value]) => length(value!),
  element: ([list, at]) => element(list!, at!),
  lookup: ([map, key, fallback]) => lookup(map!, key!, fallback),
  keys: ([map]) => (isMap(map!) ? Object.keys(map).sort() : wrongType('keys', [map!])),
  values: ([map]) =>
    isMap(map!)
      ? Object.keys(map)
          .sort()
          .map((key) => map[key]!)
      : wrongType('values', [map!]),
  contains: ([list, item]) =>
    Array.isArray(list) ? list.some((x) => same(x, item!)) : wrongType('contains', [list!]),
  distinct: ([list]) => (Array.isArray(list) ? distinct(list) : wrongType('distinct', [list!])),
  compact: ([list]) =>
    Array.isArray(list)
      ? list.filter((x) => x !== null && x !== '')
      : wrongType('compact', [list!]),
  reverse: ([list]) => (Array.isArray(list) ? [...list].reverse() : wrongType('reverse', [list!])),
  tostring: ([value]) => toText(value!),
  tonumber: ([value]) =>
    Number.isNaN(Number(value)) ? wrongType('tonumber', [value!]) : Number(value),
  tolist: ([value]) => value!,
  toset: ([value]) => (Array.isArray(value) ? distinct(value) : value!),
  tomap: ([value]) => value!,
  jsonencode: ([value]) => JSON.stringify(value),
  get_terraform_commands_that_need_vars: () => [
    'apply',
    'console',
    'destroy',
    'import',
    'plan',
    'push',
    'refresh',
  ],
  get_terraform_commands_that_need_locking: () => [
    'apply',
    'destroy',
    'import',
    'plan',
    'refresh',
    'taint',
    'untaint',
  ],
  get_terraform_commands_that_need_input: () => ['apply', 'import', 'init', 'plan', 'refresh'],
  get_terraform_commands_that_need_parallelism: () => ['apply', 'plan', 'destroy'],
};

/** Functions that decide for themselves what an unknown argument means. */
const LENIENT: Record<string, Builtin> = {
  try: (args) =>
    args.find((arg) => !(isUnknown(arg) && arg.kind === 'error')) ?? args[args.length - 1]!,
  can: ([value]) => (isUnknown(value!) ? (value.kind === 'error' ? false : value) : true),
  coalesce: (args) =>
    args.find((arg) => arg !== null && arg !== '') ?? new Unknown('coalesce: no value', 'error'),
};

/** The builtin's result, or undefined when the function is not one we evaluate. */
export function callBuiltin(name: string, args: Value[]): Value | undefined {
  const lenient = LENIENT[name];
  if (lenient)
    return args.length ? lenient(args) : new Unknown(`${name}() needs arguments`, 'error');
  const strict = STRICT[name];
  if (!strict) return undefined;
  return firstUnknown(args) ?? strict(args);
}

function text(value: Value | undefined, apply: (s: string) => Value): Value {
  const s = toText(value ?? null);
  return isUnknown(s) ? s : apply(s);
}

function texts<T extends string[]>(
  values: Array<Value | undefined>,
  apply: (...s: T) => Value,
): Value {
  const strings = values.map((value) => toText(value ?? null));
  const unknown = firstUnknown(strings);
  return unknown ?? apply(...(strings as T));
}

function wrongType(name: string, args: Value[]): Unknown {
  return new Unknown(`${name}() cannot take ${args.map(typeName).join(', ')}`, 'error');
}

function unknownCwd(): Unknown {
  return new Unknown('abspath() of a relative path depends on the working directory');
}

function replacePlain(s: string, search: string, by: string): Value {
  if (search.length > 1 && search.startsWith('/') && search.endsWith('/')) {
    return new Unknown('replace() with a regular expression is not evaluated by change detection');
  }
  return s.split(search).join(by);
}

function substr(s: Value, offset: Value, length: Value): Value {
  if (typeof s !== 'string' || typeof offset !== 'number' || typeof length !== 'number') {
    return wrongType('substr', [s, offset, length]);
  }
  const chars = [...s];
  const start = offset < 0 ? chars.length + offset : offset;
  return chars.slice(start, length < 0 ? undefined : start + length).join('');
}

function join(separator: Value, lists: Value[]): Value {
  const items = lists.every(Array.isArray) ? (lists as Value[][]).flat() : undefined;
  if (typeof separator !== 'string' || !items) return wrongType('join', [separator, ...lists]);
  const strings = items.map(toText);
  return firstUnknown(strings) ?? strings.join(separator);
}

function format(spec: Value, args: Value[]): Value {
  if (typeof spec !== 'string') return wrongType('format', [spec]);
  let next = 0;
  let failure: Unknown | undefined;
  const out = spec.replace(/%(%|[sdvq])/g, (_, verb: string) => {
    if (verb === '%') return '%';
    const arg = args[next++] ?? null;
    const shown = verb === 'v' && typeof arg !== 'string' ? JSON.stringify(arg) : toText(arg);
    if (isUnknown(shown)) failure ??= shown;
    return isUnknown(shown) ? '' : verb === 'q' ? JSON.stringify(shown) : shown;
  });
  if (/%[^%sdvq]/.test(spec.replace(/%%/g, '')))
    return new Unknown(`format("${spec}") uses an unsupported verb`);
  return failure ?? out;
}

function flatten(list: Value[]): Value[] {
  return list.flatMap((item) => (Array.isArray(item) ? flatten(item) : [item]));
}

function mergeMaps(maps: Value[]): Value {
  const present = maps.filter((map) => map !== null);
  if (!present.every(isMap)) return wrongType('merge', maps);
  return Object.assign({}, ...(present as ValueMap[])) as ValueMap;
}

function length(value: Value): Value {
  if (typeof value === 'string') return [...value].length;
  if (Array.isArray(value)) return value.length;
  return isMap(value) ? Object.keys(value).length : wrongType('length', [value]);
}

function element(list: Value, at: Value): Value {
  if (!Array.isArray(list) || typeof at !== 'number' || list.length === 0)
    return wrongType('element', [list, at]);
  return list[at % list.length]!;
}

function lookup(map: Value, key: Value, fallback: Value | undefined): Value {
  if (!isMap(map) || typeof key !== 'string') return wrongType('lookup', [map, key]);
  if (Object.hasOwn(map, key)) return map[key]!;
  return fallback ?? new Unknown(`lookup(): no key "${key}"`, 'error');
}

function same(a: Value, b: Value): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function distinct(list: Value[]): Value[] {
  return list.filter((item, at) => list.findIndex((other) => same(other, item)) === at);
}
