import { describe, expect, it } from '@jest/globals';
import { parseHcl } from '../src/hcl-wasm.js';
import { ExprSyntaxError } from '../src/expr-ast.js';
import { evaluate, type Scope } from '../src/expr-eval.js';
import { parseTemplate } from '../src/expr-parse.js';
import type { Json } from '../src/files.js';
import { evaluateJson } from '../src/json-eval.js';
import { isUnknown, Unknown, type Value } from '../src/values.js';

const LOCALS: Record<string, Value> = {
  n: 3,
  s: 'str',
  b: true,
  l: ['a', 'b', 'c'],
  ll: [['x'], ['y']],
  m: { k: 'v', 'two words': 2 },
  objs: [{ name: 'one' }, { name: 'two' }],
  dir: '/__repo__/infra/environments/staging/eks',
};

const scope: Scope = {
  async lookup(root, attr) {
    if (root === 'local' && attr !== undefined && attr in LOCALS) return LOCALS[attr]!;
    return new Unknown(`${root}.${attr} is unknown`, root === 'local' ? 'error' : 'opaque');
  },
  async call() {
    return undefined;
  },
};

/** Parses `a = <expr>` with the real hcl2json, then evaluates what it produced for `a`. */
async function evalHcl(expression: string): Promise<Value> {
  const body = (await parseHcl('test.hcl', `a = ${expression}\n`)) as Record<string, Json>;
  return evaluateJson(body.a as Json, scope, (_text, error) => {
    throw error;
  });
}

describe('evaluating hcl2json output', () => {
  it.each<[string, string, Value]>([
    ['a plain string', '"plain"', 'plain'],
    ['a number', '42', 42],
    ['a bool', 'true', true],
    ['a bare local keeps its type', 'local.n', 3],
    ['a template over locals', '"pre-${local.s}-${local.n}"', 'pre-str-3'],
    ['escaped interpolation', '"$${not} %%{this}"', '${not} %{this}'],
    ['quoted escapes inside an interpolation', '"${"a\\"b\\\\c\\u00e9\\t"}"', 'a"b\\cé\t'],
    ['a nested template', '"x${"-${local.s}-"}y"', 'x-str-y'],
    ['a backslash before an interpolation', '"\\\\${local.s}"', '\\str'],
    ['attribute and index access', '"${local.m.k}${local.l[1]}${local.m["two words"]}"', 'vb2'],
    ['numeric attribute access', 'local.l.0', 'a'],
    ['dirname and basename', 'basename(dirname(local.dir))', 'staging'],
    ['dirname of a bare name', 'dirname("file.txt")', '.'],
    ['format', 'format("%s-%d-%q-%%", "a", 2, "b")', 'a-2-"b"-%'],
    ['join and split', 'join(",", split("/", "a/b/c"))', 'a,b,c'],
    [
      'replace, trimprefix, trimsuffix',
      'trimsuffix(trimprefix(replace("x-a-y", "-", "_"), "x"), "y")',
      '_a_',
    ],
    ['lower, upper, trimspace', 'upper(trimspace(lower("  Ab ")))', 'AB'],
    ['merge and lookup', 'lookup(merge(local.m, { k = "w" }), "k", "none")', 'w'],
    ['lookup with a default', 'lookup(local.m, "missing", "none")', 'none'],
    ['element, length, concat', 'element(concat(local.l, ["d"]), length(local.l))', 'd'],
    ['expanding a list argument', 'concat(local.ll...)', ['x', 'y']],
    ['a conditional', 'local.b ? "yes" : "no"', 'yes'],
    ['arithmetic precedence', '1 + 2 * 3 - 4 % 3', 6],
    ['comparison and logic', '!(local.n > 2) || local.n == 3 && local.s != "x"', true],
    ['unary minus', '-local.n + 1', -2],
    ['a tuple for with a condition', '[for x in local.l : upper(x) if x != "b"]', ['A', 'C']],
    ['an object for', '{ for i, x in local.l : x => i }', { a: 0, b: 1, c: 2 }],
    [
      'a grouped object for',
      '{ for x in ["a", "b", "a"] : x => x... }',
      { a: ['a', 'a'], b: ['b'] },
    ],
    ['a splat', 'local.objs[*].name', ['one', 'two']],
    ['a legacy splat', 'local.objs.*.name', ['one', 'two']],
    [
      'an object with computed keys',
      '{ (local.s) = 1, "k" = local.n, plain: true }',
      { str: 1, k: 3, plain: true },
    ],
    [
      'comments and newlines',
      'merge(\n  local.m, # comment\n  { k = 1 } // other\n  /* c */\n)',
      { k: 1, 'two words': 2 },
    ],
    ['a heredoc inside an expression', 'trimspace(<<-EOT\n    hi ${local.s}\n  EOT\n)', 'hi str'],
    ['try skips errors', 'try(local.missing, "fallback")', 'fallback'],
    ['can of an error', 'can(local.missing)', false],
    ['coalesce', 'coalesce("", local.s)', 'str'],
    ['jsonencode', 'jsonencode({ a = [1, "b"] })', '{"a":[1,"b"]}'],
    ['startswith', 'startswith(local.dir, "/__repo__")', true],
  ])('%s', async (_name, expression, expected) => {
    expect(await evalHcl(expression)).toEqual(expected);
  });
});

describe('values change detection cannot know', () => {
  it.each<[string, string, string, string]>([
    ['an unknown function', 'run_cmd("ls")', 'function run_cmd() is not evaluated', ''],
    ['a provider function', 'provider::aws::arn_parse("x")', 'provider::aws::arn_parse()', ''],
    ['a dependency output', '"${dependency.vpc.outputs.id}"', 'dependency.vpc is unknown', ''],
    [
      'the tail of a remote source',
      '"git::https://x/y.git//m?ref=${get_env("REF")}"',
      'get_env',
      'git::https://x/y.git//m?ref=',
    ],
    ['a template directive', '"%{ if local.b }x%{ endif }"', 'template directive', ''],
    ['a missing attribute', 'local.m.nope', 'no attribute "nope"', ''],
    ['a regex feature RE2 lacks', 'regex("(a)\\\\1", "aa")', 'is not evaluated', ''],
  ])('%s', async (_name, expression, reason, prefix) => {
    const value = await evalHcl(expression);
    expect(isUnknown(value)).toBe(true);
    expect((value as Unknown).reason).toContain(reason);
    expect((value as Unknown).prefix).toBe(prefix);
  });

  it('still evaluates both arms of a conditional and the body of a for over an unknown list', async () => {
    const calls: string[] = [];
    const recording: Scope = {
      lookup: scope.lookup,
      async call(name, args) {
        calls.push(`${name}(${args.map((arg) => (isUnknown(arg) ? '?' : String(arg))).join(',')})`);
        return name === 'file' ? new Unknown('contents') : undefined;
      },
    };
    const text = '${local.b ? file("a") : file("b")}${[for f in local.unknown : file(f)]}';
    await evaluate(parseTemplate(text), recording);
    expect(calls).toEqual(['file(a)', 'file(b)', 'file(?)']);
  });
});

describe('parseTemplate', () => {
  it.each([
    ['${local.'],
    ['${foo(1'],
    ['${"unterminated}'],
    ['${[for x local.l : x]}'],
    ['${1 +}'],
  ])('rejects %s with a syntax error naming the place', (text) => {
    expect(() => parseTemplate(text)).toThrow(ExprSyntaxError);
    expect(() => parseTemplate(text)).toThrow(/at offset \d+/);
  });

  it('treats text outside interpolations literally, braces included', async () => {
    expect(await evaluate(parseTemplate('{ "json": 1 } $x }'), scope)).toBe('{ "json": 1 } $x }');
  });
});
