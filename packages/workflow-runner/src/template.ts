import { data } from '@actions/expressions';
import type {
  BasicExpressionToken,
  BooleanToken,
  MappingToken,
  NumberToken,
  SequenceToken,
  StringToken,
  TemplateToken,
} from '@actions/workflow-parser/templates/tokens/index';
import { TokenType } from '@actions/workflow-parser/templates/tokens/types';
import {
  asString,
  evaluate,
  fromData,
  type ExpressionData,
  type ExtraFunctions,
  type Json,
} from './expressions.js';

/** Evaluates the parser's template tokens (literals, `${{ }}`, mappings, sequences) to values. */

export type Token = TemplateToken;

export interface Scope {
  contexts: Record<string, unknown>;
  functions?: ExtraFunctions;
}

export function evaluateData(token: Token, scope: Scope): ExpressionData {
  switch (token.templateTokenType) {
    case TokenType.String:
      return new data.StringData((token as StringToken).value);
    case TokenType.Number:
      return new data.NumberData((token as NumberToken).value);
    case TokenType.Boolean:
      return new data.BooleanData((token as BooleanToken).value);
    case TokenType.Null:
      return new data.Null();
    case TokenType.BasicExpression:
      return evaluate((token as BasicExpressionToken).expression, scope.contexts, scope.functions);
    case TokenType.Sequence: {
      const items = [...(token as SequenceToken)].map((item) => evaluateData(item, scope));
      return new data.Array(...items);
    }
    case TokenType.Mapping: {
      const result = new data.Dictionary();
      for (const pair of token as MappingToken) {
        result.add(asString(evaluateData(pair.key, scope)), evaluateData(pair.value, scope));
      }
      return result;
    }
    default:
      throw new Error(`\${{ insert }} is not supported (line ${token.line ?? '?'})`);
  }
}

export function evaluateValue(token: Token | undefined, scope: Scope): Json {
  return token === undefined ? null : fromData(evaluateData(token, scope));
}

export function evaluateString(token: Token | undefined, scope: Scope): string {
  return token === undefined ? '' : asString(evaluateData(token, scope));
}

/** A mapping's values as strings (env:, with:, outputs:), in file order. */
export function evaluateStringMap(token: Token | undefined, scope: Scope): Record<string, string> {
  const result: Record<string, string> = {};
  if (token === undefined || token.templateTokenType === TokenType.Null) return result;
  const mapping = evaluateData(token, scope);
  if (!(mapping instanceof data.Dictionary)) {
    throw new Error(`Expected a mapping at line ${token.line ?? '?'}, got ${asString(mapping)}`);
  }
  for (const pair of mapping.pairs()) result[pair.key] = asString(pair.value);
  return result;
}

/** Each key of a literal mapping with its (unevaluated) value token. */
export function entries(token: Token | undefined): Array<[string, Token]> {
  if (token === undefined || token.templateTokenType !== TokenType.Mapping) return [];
  return [...(token as MappingToken)].map((pair) => [(pair.key as StringToken).value, pair.value]);
}

export function find(token: Token | undefined, key: string): Token | undefined {
  return entries(token).find(([name]) => name === key)?.[1];
}

/** A literal scalar as written (no expression), else undefined. */
export function literal(token: Token | undefined): string | number | boolean | undefined {
  if (token === undefined) return undefined;
  switch (token.templateTokenType) {
    case TokenType.String:
      return (token as StringToken).value;
    case TokenType.Number:
      return (token as NumberToken).value;
    case TokenType.Boolean:
      return (token as BooleanToken).value;
    default:
      return undefined;
  }
}

export function isExpression(token: Token | undefined): boolean {
  return token?.templateTokenType === TokenType.BasicExpression;
}

export function where(token: Token | undefined): string {
  return token?.line === undefined ? '' : ` (line ${token.line}, col ${token.col ?? 1})`;
}
