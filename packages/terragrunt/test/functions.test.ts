import { describe, expect, it } from '@jest/globals';
import { Budget, Tally } from '../src/budget.js';
import type { Scope } from '../src/expr-eval.js';
import type { Json } from '../src/files.js';
import { parseHcl } from '../src/hcl-wasm.js';
import { evaluateJson } from '../src/json-eval.js';
import { Regex } from '../src/regex.js';
import { isUnknown, Unknown, type Value } from '../src/values.js';

function scopeWith(budget?: Budget): Scope {
  return {
    lookup: async (root, attr) => new Unknown(`${root}.${attr} is unknown`),
    call: async () => undefined,
    budget,
  };
}

async function evalHcl(expression: string, scope = scopeWith()): Promise<Value> {
  const body = (await parseHcl('test.hcl', `a = ${expression}\n`)) as Record<string, Json>;
  return evaluateJson(body.a as Json, scope, (_text, error) => {
    throw error;
  });
}

describe('pure functions that build paths', () => {
  it.each<[string, string, Value]>([
    ['regex without groups: the match', 'regex("[a-z]+/[0-9]+", "x: abc/123!")', 'abc/123'],
    ['regex with groups: a list', 'regex("^(\\\\w+)-(\\\\d+)?$", "app-")', ['app', null]],
    [
      'regex with named groups: a map',
      'regex("environments/(?P<env>[^/]+)/(?<unit>.+)", "/r/environments/staging/eks/x")',
      { env: 'staging', unit: 'eks/x' },
    ],
    ['regex is leftmost-first, lazy when asked', 'regex("a(b+?)(b*)", "abbb")', ['b', 'bb']],
    ['regex alternation prefers the first branch', 'regex("(a|ab)(c|bcd)", "abcd")', ['a', 'bcd']],
    ['regex flags', 'regex("(?i)STAGING|(?s:x.y)", "Staging")', 'Staging'],
    [
      'regex anchors and word boundaries',
      'regexall("\\\\bv\\\\d\\\\b", "v1 xv2 v3")',
      ['v1', 'v3'],
    ],
    ['regex classes and repetition counts', 'regex("[^-_]{2,3}", "_-abcd")', 'abc'],
    ['regexall of nothing', 'regexall("z", "abc")', []],
    ['regexall skips an empty match after a match', 'regexall("a*", "baaab")', ['', 'aaa', '']],
    [
      'replace with a pattern and $1 / ${name}',
      'replace("a-1 b-2", "/(?P<l>[a-z])-(\\\\d)/", "$2$${l}")',
      '1a 2b',
    ],
    ['sort', 'sort(["b", "a", "c10", "c9"])', ['a', 'b', 'c10', 'c9']],
    [
      'slice, index, one',
      '[slice(["a", "b", "c"], 1, 3), index(["a", "b"], "b"), one(["x"])]',
      [['b', 'c'], 1, 'x'],
    ],
    [
      'zipmap, coalescelist',
      '[zipmap(["k"], ["v"]), coalescelist([], ["x"])]',
      [{ k: 'v' }, ['x']],
    ],
    ['range, formatlist', 'formatlist("../%s-%d", "u", range(2))', ['../u-0', '../u-1']],
    [
      'trim, strrev, title',
      '[trim("?!hi!?", "!?"), strrev("ab"), title("eu west")]',
      ['hi', 'ba', 'Eu West'],
    ],
    [
      'set functions',
      '[setunion(["a"], ["b", "a"]), setsubtract(["a", "b"], ["a"]), setintersection(["a", "b"], ["b"])]',
      [['a', 'b'], ['b'], ['b']],
    ],
    [
      'numbers',
      '[min(3, 1), max(1, 4), abs(-2), floor(1.5), ceil(1.2), sum([1, 2]), parseint("ff", 16)]',
      [1, 4, 2, 1, 2, 3, 255],
    ],
    [
      'booleans',
      '[alltrue([true, "true"]), anytrue([false]), tobool("true")]',
      [true, false, true],
    ],
    ['jsondecode of a known string', 'jsondecode("{\\"a\\": [1]}")', { a: [1] }],
  ])('%s', async (_name, expression, expected) => {
    expect(await evalHcl(expression)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['a pattern that does not match', 'regex("z", "abc")', 'did not match'],
    ['mixed named and unnamed groups', 'regex("(a)(?P<n>b)", "ab")', 'cannot mix'],
    ['a backreference, which RE2 lacks', 'regex("(a)\\\\1", "aa")', 'is not evaluated'],
    ['range beyond 1024 elements', 'range(5000)', 'more than 1024'],
    ['slice out of range', 'slice(["a"], 0, 2)', 'outside a list'],
  ])('%s is unknown', async (_name, expression, reason) => {
    const value = await evalHcl(expression);
    expect(isUnknown(value)).toBe(true);
    expect((value as Unknown).reason).toContain(reason);
  });
});

describe('the regex engine', () => {
  it('matches a catastrophic-backtracking pattern in time linear in the input, charged to the budget', async () => {
    const input = `${'a'.repeat(5000)}!`;
    expect(new Regex('(a+)+$').matchAll(input)).toEqual([]);
    expect(new Regex('(a|aa)*b').matchAll(input)).toEqual([]);
    const tally = new Tally();
    const value = await evalHcl(`regex("(a+)+$", "${input}")`, scopeWith(new Budget(tally)));
    expect((value as Unknown).reason).toContain('did not match');
    expect(tally.steps).toBeGreaterThan(5000 / 64);
  });

  it('finds captures the way Go does', () => {
    expect(new Regex('x(y)?z').matchAll('xz xyz')).toEqual([
      { start: 0, end: 2, captures: [null] },
      { start: 3, end: 6, captures: ['y'] },
    ]);
  });
});
