import {
  isMap,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Scalar,
  type YAMLMap,
} from 'yaml';

/** The text of a file and its line index: every node's line is computed from its offset. */
export interface Source {
  text: string;
  counter: LineCounter;
}

/** One `key: value` of a mapping, with the line of its key. */
export interface Entry {
  key: string;
  line: number;
  value: Node | null;
}

export function lineOf(source: Source, offset: number): number {
  return source.counter.linePos(offset).line;
}

/** The 1-based line where a node starts (its value, not its key). */
export function nodeLine(source: Source, node: Node | null | undefined, fallback = 1): number {
  return node?.range ? lineOf(source, node.range[0]) : fallback;
}

/** The 1-based line where a node's value ends. */
export function nodeEndLine(source: Source, node: Node): number {
  return node.range ? lineOf(source, Math.max(node.range[0], node.range[1] - 1)) : 1;
}

/** The entries of a mapping in source order; anything else has none. */
export function entries(source: Source, node: unknown): Entry[] {
  if (!isMap(node)) return [];
  return (node as YAMLMap<unknown, unknown>).items.flatMap((pair) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined) return [];
    const value = (pair.value ?? null) as Node | null;
    return [{ key, line: nodeLine(source, pair.key as Node), value }];
  });
}

export function entry(source: Source, node: unknown, key: string): Entry | undefined {
  return entries(source, node).find((item) => item.key === key);
}

/** A scalar as the string GitHub sees (numbers and booleans stringified); undefined otherwise. */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = (node as Scalar).value;
  return value === null || value === undefined ? '' : String(value);
}

/** The items of a sequence, or a lone scalar as a one-item list (`needs: build`). */
export function listItems(node: unknown): Node[] {
  if (isSeq(node)) return node.items.filter((item): item is Node => item !== null);
  return isScalar(node) ? [node] : [];
}

/** Every scalar (keys included) under a node, in source order. */
export function scalarsUnder(node: unknown, into: Scalar[] = []): Scalar[] {
  if (isScalar(node)) into.push(node);
  else if (isMap(node)) {
    for (const pair of node.items) {
      scalarsUnder(pair.key, into);
      scalarsUnder(pair.value, into);
    }
  } else if (isSeq(node)) for (const item of node.items) scalarsUnder(item, into);
  return into;
}
