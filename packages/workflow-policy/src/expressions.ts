import type { Scalar } from 'yaml';
import { lineOf, scalarsUnder, type Source } from './yaml-nodes.js';

/** A `${{ ... }}` found in the file (or a bare `if:` condition), with the line it starts on. */
export interface Expression {
  /** The inside of the braces, trimmed. */
  body: string;
  line: number;
}

/** A reference `steps.<id>.outputs.<name>`, `needs.<id>.result`, ... inside an expression. */
export interface ContextReference {
  context: 'steps' | 'needs' | 'jobs';
  id: string;
  /** `outputs`, `outcome`, `result`, ...; undefined for `steps.<id>` alone. */
  property: string | undefined;
  /** The output name after `outputs.`; undefined for other properties or `outputs.*`. */
  name: string | undefined;
}

const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;

/** Expressions in a scalar, located by their offset in the raw source (so block scalars map). */
export function expressionsInScalar(source: Source, scalar: Scalar): Expression[] {
  if (!scalar.range) return [];
  const [start, end] = scalar.range;
  const raw = source.text.slice(start, end);
  return [...raw.matchAll(EXPRESSION)].map((match) => ({
    body: (match[1] ?? '').trim(),
    line: lineOf(source, start + (match.index ?? 0)),
  }));
}

export function expressionsUnder(source: Source, node: unknown): Expression[] {
  return scalarsUnder(node).flatMap((scalar) => expressionsInScalar(source, scalar));
}

/** `if:` takes an expression with or without braces; a bare one is still an expression. */
export function conditionExpressions(source: Source, node: unknown): Expression[] {
  const found = expressionsUnder(source, node);
  const scalar = scalarsUnder(node)[0];
  if (found.length > 0 || !scalar?.range || typeof scalar.value !== 'string') return found;
  return [{ body: scalar.value.trim(), line: lineOf(source, scalar.range[0]) }];
}

const NAME = String.raw`(?:\.([A-Za-z_][\w-]*|\*)|\[\s*'([^']*)'\s*\])`;
const REFERENCE = new RegExp(
  String.raw`(?<![\w.\]-])(steps|needs|jobs)${NAME}${NAME}?${NAME}?`,
  'g',
);

/** The `steps`/`needs`/`jobs` references of an expression; string literals are ignored. */
export function contextReferences(body: string): ContextReference[] {
  return [...withoutStringLiterals(body).matchAll(REFERENCE)].flatMap((match) => {
    const id = match[2] ?? match[3];
    if (id === undefined || id === '*') return [];
    const property = match[4] ?? match[5];
    const name = property === 'outputs' ? (match[6] ?? match[7]) : undefined;
    const context = match[1] as ContextReference['context'];
    return [{ context, id, property, name: name === '*' ? undefined : name }];
  });
}

/** Blanks string literals except index keys (`x['name']`), keeping offsets. */
function withoutStringLiterals(body: string): string {
  return body.replace(/'(?:[^']|'')*'/g, (literal, offset: number) =>
    /\[\s*$/.test(body.slice(0, offset)) ? literal : ' '.repeat(literal.length),
  );
}

/** Replaces every `${{ ... }}` with underscores of the same length, keeping line breaks. */
export function blankExpressions(text: string): string {
  return text.replace(EXPRESSION, (match) => match.replace(/[^\n]/g, '_'));
}

export function hasExpression(text: string): boolean {
  return /\$\{\{[\s\S]*?\}\}/.test(text);
}

/** The property paths (`inputs.environment`, `matrix.env`) read by the expressions in a text. */
export function contextPaths(text: string): string[] {
  const bodies = [...text.matchAll(EXPRESSION)].map((match) => match[1] ?? '');
  return bodies.flatMap((body) =>
    [
      ...withoutStringLiterals(body).matchAll(/(?<![\w.-])[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+/g),
    ].map((match) => match[0].toLowerCase()),
  );
}
