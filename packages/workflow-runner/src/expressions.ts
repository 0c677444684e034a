import { Evaluator, Lexer, Parser, data } from '@actions/expressions';

/** GitHub's expression language, through @actions/expressions: contexts in, JSON values out. */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type ExpressionData = data.ExpressionData;

/** The functions GitHub adds to the built-in ones, by where they may be called. */
export interface ExtraFunctions {
  success?: () => boolean;
  failure?: () => boolean;
  cancelled?: () => boolean;
  always?: () => boolean;
  hashFiles?: (...patterns: string[]) => string;
}

export const CONTEXT_NAMES = [
  'github',
  'env',
  'vars',
  'secrets',
  'inputs',
  'needs',
  'strategy',
  'matrix',
  'job',
  'jobs',
  'steps',
  'runner',
];

export function toData(value: unknown): ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as ExpressionData;
}

export function fromData(value: ExpressionData): Json {
  return JSON.parse(JSON.stringify(value, data.replacer)) as Json;
}

/** A value as GitHub turns it into a string (with:, env:, run:): null is empty, objects are named. */
export function asString(value: ExpressionData): string {
  return value.kind === data.Kind.Null ? '' : value.coerceString();
}

export function truthy(value: ExpressionData): boolean {
  switch (value.kind) {
    case data.Kind.Null:
      return false;
    case data.Kind.Boolean:
      return (value as data.BooleanData).value;
    case data.Kind.Number:
      return value.number() !== 0 && !Number.isNaN(value.number());
    case data.Kind.String:
      return value.coerceString() !== '';
    default:
      return true;
  }
}

function functionTable(extra: ExtraFunctions) {
  const table = new Map<
    string,
    {
      name: string;
      minArgs: number;
      maxArgs: number;
      call: (...args: ExpressionData[]) => ExpressionData;
    }
  >();
  const status = ['success', 'failure', 'cancelled', 'always'] as const;
  for (const name of status) {
    const fn = extra[name];
    if (fn)
      table.set(name.toLowerCase(), {
        name,
        minArgs: 0,
        maxArgs: 0,
        call: () => new data.BooleanData(fn()),
      });
  }
  const hash = extra.hashFiles;
  if (hash) {
    table.set('hashfiles', {
      name: 'hashFiles',
      minArgs: 1,
      maxArgs: 255,
      call: (...args) => new data.StringData(hash(...args.map(asString))),
    });
  }
  return table;
}

export class ExpressionFailure extends Error {}

/** Evaluates one expression (without `${{ }}`) with the contexts given. */
export function evaluate(
  expression: string,
  contexts: Record<string, unknown>,
  extra: ExtraFunctions = {},
): ExpressionData {
  const functions = functionTable(extra);
  try {
    const lexed = new Lexer(expression).lex();
    const tree = new Parser(lexed.tokens, CONTEXT_NAMES, [...functions.values()]).parse();
    const context = new data.Dictionary();
    for (const name of CONTEXT_NAMES) context.add(name, toData(contexts[name] ?? {}));
    return new Evaluator(tree, context, functions).evaluate();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ExpressionFailure(
      `The expression \`${expression}\` could not be evaluated: ${message}`,
    );
  }
}
