import { ExprSyntaxError } from './expr-ast.js';
import { evaluate, type Scope } from './expr-eval.js';
import { parseTemplate } from './expr-parse.js';
import type { Json } from './files.js';
import type { Value, ValueMap } from './values.js';

/** What to make of an expression our parser rejects (hcl2json, HashiCorp's parser, accepted it). */
export type OnSyntaxError = (text: string, error: ExprSyntaxError) => Value;

/** Evaluates a value from hcl2json: strings are templates, collections recurse, keys may be templates. */
export async function evaluateJson(
  raw: Json,
  scope: Scope,
  onSyntaxError: OnSyntaxError,
): Promise<Value> {
  if (typeof raw === 'string')
    return raw.includes('{') ? expression(raw, scope, onSyntaxError) : raw;
  if (Array.isArray(raw)) {
    const items: Value[] = [];
    for (const item of raw) items.push(await evaluateJson(item, scope, onSyntaxError));
    return items;
  }
  if (raw === null || typeof raw !== 'object') return raw;
  const result: ValueMap = {};
  for (const [key, value] of Object.entries(raw)) {
    const name = key.includes('${') ? await expression(key, scope, onSyntaxError) : key;
    result[typeof name === 'string' ? name : key] = await evaluateJson(value, scope, onSyntaxError);
  }
  return result;
}

async function expression(
  text: string,
  scope: Scope,
  onSyntaxError: OnSyntaxError,
): Promise<Value> {
  try {
    return await evaluate(parseTemplate(text), scope);
  } catch (error) {
    if (error instanceof ExprSyntaxError) return onSyntaxError(text, error);
    throw error;
  }
}
