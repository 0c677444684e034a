import { distinct, failed, numberOf, same, wrongType, type Builtin } from './functions-args.js';
import {
  firstUnknown,
  isMap,
  toText,
  typeName,
  Unknown,
  type Value,
  type ValueMap,
} from './values.js';

/** Deeper JSON is left unknown: walking it recurses, and hostile input must not overflow the stack. */
const MAX_JSON_NESTING = 100;
/** Terraform's range() refuses to build more elements than this. */
const RANGE_LIMIT = 1024;

export const COLLECTION_FUNCTIONS: Record<string, Builtin> = {
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
  sort: ([list]) => sort(list!),
  slice: ([list, start, end]) => slice(list!, start!, end!),
  index: ([list, item]) => indexOf(list!, item!),
  one: ([list]) => one(list!),
  zipmap: ([keys, values]) => zipmap(keys!, values!),
  coalescelist: (lists) =>
    lists.every(Array.isArray)
      ? (lists.find((list) => (list as Value[]).length > 0) ?? [])
      : wrongType('coalescelist', lists),
  range: (args) => range(args),
  alltrue: ([list]) => bools('alltrue', list!, (items) => items.every(Boolean)),
  anytrue: ([list]) => bools('anytrue', list!, (items) => items.some(Boolean)),
  setunion: (sets) =>
    sets.every(Array.isArray) ? distinct((sets as Value[][]).flat()) : wrongType('setunion', sets),
  setintersection: ([first, ...rest]) => setFilter('setintersection', first!, rest, true),
  setsubtract: ([first, second]) => setFilter('setsubtract', first!, [second!], false),
  sum: ([list]) =>
    numbers('sum', Array.isArray(list) ? list : [list!], (n) => n.reduce((a, b) => a + b, 0)),
  min: (args) => numbers('min', args, (n) => Math.min(...n)),
  max: (args) => numbers('max', args, (n) => Math.max(...n)),
  abs: ([n]) => numbers('abs', [n!], ([x]) => Math.abs(x!)),
  floor: ([n]) => numbers('floor', [n!], ([x]) => Math.floor(x!)),
  ceil: ([n]) => numbers('ceil', [n!], ([x]) => Math.ceil(x!)),
  parseint: ([s, base]) => parseInteger(s!, base!),
  jsondecode: ([s]) => jsondecode(s!),
  tostring: ([value]) => toText(value!),
  tonumber: ([value]) => numberOf(value!) ?? wrongType('tonumber', [value!]),
  tobool: ([value]) => tobool(value!),
  tolist: ([value]) => value!,
  toset: ([value]) => (Array.isArray(value) ? distinct(value) : value!),
  tomap: ([value]) => value!,
  jsonencode: ([value]) => JSON.stringify(value),
};

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

/** Terraform sorts strings (numbers converted) lexicographically. */
function sort(list: Value): Value {
  if (!Array.isArray(list)) return wrongType('sort', [list]);
  const strings = list.map(toText);
  return firstUnknown(strings) ?? (strings as string[]).sort();
}

function slice(list: Value, start: Value, end: Value): Value {
  if (!Array.isArray(list) || typeof start !== 'number' || typeof end !== 'number')
    return wrongType('slice', [list, start, end]);
  if (start < 0 || end > list.length || start > end)
    return failed('slice', `[${start}:${end}] is outside a list of ${list.length}`);
  return list.slice(start, end);
}

function indexOf(list: Value, item: Value): Value {
  if (!Array.isArray(list)) return wrongType('index', [list, item]);
  const at = list.findIndex((candidate) => same(candidate, item));
  return at < 0 ? failed('index', 'item not found') : at;
}

function one(list: Value): Value {
  if (!Array.isArray(list)) return wrongType('one', [list]);
  if (list.length > 1) return failed('one', `the list has ${list.length} elements`);
  return list[0] ?? null;
}

function zipmap(keys: Value, values: Value): Value {
  if (!Array.isArray(keys) || !Array.isArray(values) || keys.length !== values.length)
    return wrongType('zipmap', [keys, values]);
  const names = keys.map(toText);
  const unknown = firstUnknown(names);
  if (unknown) return unknown;
  return Object.fromEntries(names.map((name, at) => [name as string, values[at]!]));
}

function range(args: Value[]): Value {
  const numbers = args.map(numberOf);
  if (args.length < 1 || args.length > 3 || numbers.some((n) => n === undefined))
    return wrongType('range', args);
  const [start, limit, step] =
    numbers.length === 1
      ? [0, numbers[0]!, 1]
      : [numbers[0]!, numbers[1]!, numbers[2] ?? (numbers[0]! <= numbers[1]! ? 1 : -1)];
  if (step === 0 || Math.abs((limit - start) / step) > RANGE_LIMIT)
    return failed('range', `more than ${RANGE_LIMIT} elements, or a zero step`);
  const out: number[] = [];
  for (let n = start; step > 0 ? n < limit : n > limit; n += step) out.push(n);
  return out;
}

function bools(name: string, list: Value, apply: (items: boolean[]) => boolean): Value {
  if (!Array.isArray(list)) return wrongType(name, [list]);
  const items = list.map((item) => (item === 'true' ? true : item === 'false' ? false : item));
  if (!items.every((item) => typeof item === 'boolean')) return wrongType(name, [list]);
  return apply(items as boolean[]);
}

function setFilter(name: string, first: Value, others: Value[], keep: boolean): Value {
  if (!Array.isArray(first) || !others.every(Array.isArray))
    return wrongType(name, [first, ...others]);
  const inAll = (item: Value) =>
    (others as Value[][]).every((set) => set.some((x) => same(x, item)));
  const inAny = (item: Value) =>
    (others as Value[][]).some((set) => set.some((x) => same(x, item)));
  return distinct(first.filter((item) => (keep ? inAll(item) : !inAny(item))));
}

function numbers(name: string, args: Value[], apply: (n: number[]) => number): Value {
  const found = args.map(numberOf);
  if (found.length === 0 || found.some((n) => n === undefined)) return wrongType(name, args);
  return apply(found as number[]);
}

function parseInteger(s: Value, base: Value): Value {
  if (typeof s !== 'string' || typeof base !== 'number' || base < 2 || base > 62)
    return wrongType('parseint', [s, base]);
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, base);
  const body = s.replace(/^[-+]/, '').toLowerCase();
  if (base > 36 || body === '' || [...body].some((c) => !digits.includes(c)))
    return failed('parseint', `cannot parse "${s}" in base ${base}`);
  const value = parseInt(body, base);
  return s.startsWith('-') ? -value : value;
}

function jsondecode(s: Value): Value {
  if (typeof s !== 'string') return wrongType('jsondecode', [s]);
  if (bracketDepth(s) > MAX_JSON_NESTING)
    return new Unknown(`jsondecode() of JSON nested more than ${MAX_JSON_NESTING} deep`);
  try {
    return JSON.parse(s) as Value;
  } catch (error) {
    return failed('jsondecode', (error as Error).message);
  }
}

function tobool(value: Value): Value {
  if (typeof value === 'boolean' || value === null) return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return new Unknown(
    `tobool() cannot convert ${typeName(value)} ${JSON.stringify(value)}`,
    'error',
  );
}

/** The deepest bracket nesting, strings ignored (an overestimate is only more cautious). */
function bracketDepth(text: string): number {
  let [depth, deepest] = [0, 0];
  for (const c of text) {
    if (c === '[' || c === '{') deepest = Math.max(deepest, ++depth);
    else if (c === ']' || c === '}') depth--;
  }
  return deepest;
}
