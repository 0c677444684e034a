import type { Budget } from './budget.js';
import type { CallNode, ForNode, Node } from './expr-ast.js';
import { builtinCost, callBuiltin } from './functions.js';
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

/** What an expression can see besides its own for-variables. */
export interface Scope {
  /** The value of `root.attr` (or of `root` alone when attr is undefined). */
  lookup(root: string, attr: string | undefined): Promise<Value>;
  /** Functions with side effects or context (Terragrunt's); undefined defers to the builtins. */
  call(name: string, args: Value[], node: CallNode): Promise<Value | undefined>;
  /** What this evaluation may still spend; without one, work is unbounded (trusted input). */
  budget?: Budget;
}

type Bindings = ReadonlyMap<string, Value>;
type Run = (node: Node, inner?: Bindings) => Promise<Value>;
const NONE: Bindings = new Map();

/**
 * Evaluates an expression. Every sub-expression is evaluated, both arms of a conditional and
 * the body of a for over an unknown collection included, so that every call that reads a file
 * runs (and is recorded or reported) even when its result is not needed.
 */
export async function evaluate(
  node: Node,
  scope: Scope,
  bindings: Bindings = NONE,
): Promise<Value> {
  const refused = scope.budget?.spend();
  if (refused) return refused;
  const value = await evaluateNode(node, scope, bindings);
  return scope.budget?.tooLarge(value) ?? value;
}

async function evaluateNode(node: Node, scope: Scope, bindings: Bindings): Promise<Value> {
  const run: Run = (child, inner = bindings) => evaluate(child, scope, inner);
  switch (node.t) {
    case 'lit':
      return node.value;
    case 'tpl':
      return template(node, scope, bindings);
    case 'var':
      return bindings.has(node.name)
        ? bindings.get(node.name)!
        : scope.lookup(node.name, undefined);
    case 'attr':
      if (node.of.t === 'var' && !bindings.has(node.of.name))
        return scope.lookup(node.of.name, node.name);
      return attribute(await run(node.of), node.name);
    case 'index':
      return index(await run(node.of), await run(node.key));
    case 'splat':
      return splat(await run(node.of), node.steps, run);
    case 'call':
      return call(node, scope, await evaluateAll(node.args, run));
    case 'tuple':
      return evaluateAll(node.items, run);
    case 'object':
      return object(node.entries, run);
    case 'for':
      return forExpression(node, run, bindings, scope.budget);
    case 'cond':
      return conditional(await run(node.test), await run(node.yes), await run(node.no));
    case 'op':
      return operate(node.op, await evaluateAll(node.args, run));
    case 'directive':
      await evaluateAll(node.exprs, run);
      return new Unknown('template directive');
  }
}

async function evaluateAll(nodes: Node[], run: Run): Promise<Value[]> {
  const values: Value[] = [];
  for (const node of nodes) values.push(await run(node));
  return values;
}

async function template(node: Extract<Node, { t: 'tpl' }>, scope: Scope, bindings: Bindings) {
  const inner = new Map(bindings);
  for (const part of node.parts) {
    if (typeof part !== 'string' && part.t === 'directive') {
      for (const name of part.names) inner.set(name, new Unknown('template loop variable'));
    }
  }
  const values: Value[] = [];
  for (const part of node.parts) {
    values.push(typeof part === 'string' ? part : await evaluate(part, scope, inner));
  }
  if (node.directive) return new Unknown('template directive (%{...})');
  if (values.length === 1 && typeof node.parts[0] !== 'string') return values[0]!;
  let text = '';
  for (const value of values) {
    const piece = toText(value);
    if (isUnknown(piece)) return new Unknown(piece.reason, piece.kind, text + piece.prefix);
    text += piece;
  }
  return text;
}

export function attribute(value: Value, name: string): Value {
  if (isUnknown(value)) return value;
  if (isMap(value) && Object.hasOwn(value, name)) return value[name]!;
  return new Unknown(`a ${typeName(value)} has no attribute "${name}"`, 'error');
}

function index(collection: Value, key: Value): Value {
  if (isUnknown(collection)) return collection;
  if (isUnknown(key)) return key;
  if (Array.isArray(collection) && typeof key === 'number' && key in collection)
    return collection[key]!;
  if (isMap(collection) && typeof key === 'string') return attribute(collection, key);
  return new Unknown(`cannot index a ${typeName(collection)} with ${JSON.stringify(key)}`, 'error');
}

async function splat(value: Value, steps: Array<string | Node>, run: Run): Promise<Value> {
  const keys: Value[] = [];
  for (const step of steps) keys.push(typeof step === 'string' ? step : await run(step));
  if (isUnknown(value)) return value;
  const items = Array.isArray(value) ? value : value === null ? [] : [value];
  return items.map((item) => keys.reduce<Value>((current, key) => index(current, key), item));
}

async function call(node: CallNode, scope: Scope, given: Value[]): Promise<Value> {
  let args = given;
  if (node.expand) {
    const last = args[args.length - 1];
    if (last === undefined || isUnknown(last))
      return last ?? new Unknown('nothing to expand', 'error');
    if (!Array.isArray(last))
      return new Unknown(`cannot expand a ${typeName(last)} with ...`, 'error');
    args = [...args.slice(0, -1), ...last];
  }
  const contextual = await scope.call(node.name, args, node);
  if (contextual !== undefined) return contextual;
  const refused = scope.budget?.spend(builtinCost(node.name, args));
  if (refused) return refused;
  return (
    callBuiltin(node.name, args) ??
    new Unknown(`function ${node.name}() is not evaluated by change detection`)
  );
}

async function object(entries: Array<{ key: Node; value: Node }>, run: Run): Promise<Value> {
  const result: ValueMap = {};
  let unknown: Unknown | undefined;
  for (const entry of entries) {
    const key = toText(await run(entry.key));
    const value = await run(entry.value);
    if (isUnknown(key)) unknown ??= key;
    else result[key] = value;
  }
  return unknown ?? result;
}

async function forExpression(
  node: ForNode,
  run: Run,
  outer: Bindings,
  budget?: Budget,
): Promise<Value> {
  const collection = await run(node.collection);
  if (isUnknown(collection)) {
    await forBody(node, run, bind(outer, node, collection, collection));
    return collection;
  }
  if (!Array.isArray(collection) && !isMap(collection)) {
    return new Unknown(`cannot iterate over a ${typeName(collection)}`, 'error');
  }
  const pairs: Array<[Value, Value]> = Array.isArray(collection)
    ? collection.map((item, position) => [position, item])
    : Object.entries(collection);
  const results: Array<{ key?: Value; value: Value }> = [];
  for (const [key, value] of pairs) {
    const refused = budget?.exhausted && budget.spend();
    if (refused) return refused;
    const body = await forBody(node, run, bind(outer, node, key, value));
    if (body) results.push(body);
  }
  return node.keyExpr ? collect(results, node.grouped) : results.map((result) => result.value);
}

function bind(outer: Bindings, node: ForNode, key: Value, value: Value): Bindings {
  const inner = new Map(outer);
  if (node.keyVar) inner.set(node.keyVar, key);
  inner.set(node.valueVar, value);
  return inner;
}

async function forBody(node: ForNode, run: Run, inner: Bindings) {
  const keep = node.condition ? await run(node.condition, inner) : true;
  const key = node.keyExpr ? await run(node.keyExpr, inner) : undefined;
  const value = await run(node.valueExpr, inner);
  if (keep === false) return undefined;
  return { key: isUnknown(keep) ? keep : key, value };
}

function collect(results: Array<{ key?: Value; value: Value }>, grouped: boolean): Value {
  const map: Record<string, Value> = {};
  for (const { key, value } of results) {
    const name = toText(key ?? null);
    if (isUnknown(name)) return name;
    map[name] = grouped ? [...((map[name] as Value[] | undefined) ?? []), value] : value;
  }
  return map;
}

function conditional(test: Value, yes: Value, no: Value): Value {
  if (test === true) return yes;
  if (test === false) return no;
  if (isUnknown(test))
    return JSON.stringify(yes) === JSON.stringify(no) && !isUnknown(yes) ? yes : test;
  return new Unknown(`a condition must be a bool, not a ${typeName(test)}`, 'error');
}

function operate(op: string, args: Value[]): Value {
  const [left, right] = args as [Value, Value];
  if (op === '&&' && (left === false || right === false)) return false;
  if (op === '||' && (left === true || right === true)) return true;
  const unknown = firstUnknown(args);
  if (unknown) return unknown;
  if (op === '==') return JSON.stringify(left) === JSON.stringify(right);
  if (op === '!=') return JSON.stringify(left) !== JSON.stringify(right);
  if (op === '!' || op === '&&' || op === '||') return logic(op, left, right);
  const numbers = args.map((arg) =>
    typeof arg === 'string' && arg.trim() !== '' ? Number(arg) : arg,
  );
  if (numbers.some((arg) => typeof arg !== 'number' || Number.isNaN(arg))) {
    return new Unknown(`operator ${op} needs numbers`, 'error');
  }
  const [a, b] = numbers as [number, number];
  const results: Record<string, () => Value> = {
    neg: () => -a,
    '+': () => a + b,
    '-': () => a - b,
    '*': () => a * b,
    '/': () => a / b,
    '%': () => a % b,
    '<': () => a < b,
    '>': () => a > b,
    '<=': () => a <= b,
    '>=': () => a >= b,
  };
  return results[op]?.() ?? new Unknown(`unknown operator ${op}`, 'error');
}

function logic(op: string, left: Value, right: Value): Value {
  if (typeof left !== 'boolean' || (op !== '!' && typeof right !== 'boolean')) {
    return new Unknown(`operator ${op} needs bools`, 'error');
  }
  if (op === '!') return !left;
  return op === '&&' ? left && (right as boolean) : left || (right as boolean);
}
