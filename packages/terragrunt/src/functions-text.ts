import { posix } from 'node:path';
import { failed, text, texts, wrongType, type Builtin } from './functions-args.js';
import { Regex, RegexUnsupported, type RegexMatch } from './regex.js';
import { firstUnknown, isUnknown, toText, Unknown, type Value, type ValueMap } from './values.js';

/** Longer patterns or inputs are left unevaluated: paths are short, hostile input need not be. */
const REGEX_LIMITS = { pattern: 1_000, input: 20_000 };

export const TEXT_FUNCTIONS: Record<string, Builtin> = {
  dirname: ([path]) => text(path, (p) => (p.includes('/') ? posix.dirname(p) : '.')),
  basename: ([path]) => text(path, (p) => posix.basename(p)),
  abspath: ([path]) => text(path, (p) => (posix.isAbsolute(p) ? posix.normalize(p) : unknownCwd())),
  lower: ([s]) => text(s, (v) => v.toLowerCase()),
  upper: ([s]) => text(s, (v) => v.toUpperCase()),
  title: ([s]) =>
    text(s, (v) => v.replace(/(^|[^\p{L}\p{N}])(\p{L})/gu, (_, a, b) => a + b.toUpperCase())),
  strrev: ([s]) => text(s, (v) => [...v].reverse().join('')),
  trimspace: ([s]) => text(s, (v) => v.trim()),
  chomp: ([s]) => text(s, (v) => v.replace(/(\r?\n)+$/, '')),
  trim: ([s, cutset]) => texts([s, cutset], trim),
  trimprefix: ([s, prefix]) =>
    texts([s, prefix], (v, p) => (v.startsWith(p) ? v.slice(p.length) : v)),
  trimsuffix: ([s, suffix]) =>
    texts([s, suffix], (v, x) => (x && v.endsWith(x) ? v.slice(0, -x.length) : v)),
  startswith: ([s, prefix]) => texts([s, prefix], (v, p) => v.startsWith(p)),
  endswith: ([s, suffix]) => texts([s, suffix], (v, x) => v.endsWith(x)),
  strcontains: ([s, part]) => texts([s, part], (v, p) => v.includes(p)),
  replace: ([s, search, by]) => texts([s, search, by], replace),
  regex: ([pattern, s]) => texts([pattern, s], regex),
  regexall: ([pattern, s]) => texts([pattern, s], regexall),
  split: ([separator, s]) => texts([separator, s], (sep, v) => v.split(sep)),
  substr: ([s, offset, length]) => substr(s!, offset!, length!),
  join: ([separator, ...lists]) => join(separator!, lists),
  format: ([spec, ...args]) => format(spec!, args),
  formatlist: ([spec, ...args]) => formatlist(spec!, args),
};

/** What the regex functions cost, in evaluation steps (a Pike VM: pattern times input). */
export function regexCost(name: string, args: Value[]): number {
  const [a, b] = name === 'replace' ? [args[1], args[0]] : [args[0], args[1]];
  const size = (value: Value | undefined) => (typeof value === 'string' ? value.length : 0);
  return Math.ceil(((size(a) + 1) * (size(b) + 1)) / 64);
}

function unknownCwd(): Unknown {
  return new Unknown('abspath() of a relative path depends on the working directory');
}

function trim(s: string, cutset: string): string {
  const cut = new Set(cutset);
  const chars = [...s];
  let [start, end] = [0, chars.length];
  while (start < end && cut.has(chars[start]!)) start++;
  while (end > start && cut.has(chars[end - 1]!)) end--;
  return chars.slice(start, end).join('');
}

function compiled(name: string, pattern: string, input: string): Regex | Unknown {
  if (pattern.length > REGEX_LIMITS.pattern || input.length > REGEX_LIMITS.input)
    return new Unknown(`${name}() on a pattern or string this long is not evaluated`);
  try {
    return new Regex(pattern);
  } catch (error) {
    if (!(error instanceof RegexUnsupported)) throw error;
    return new Unknown(`${name}() with ${error.message} is not evaluated by change detection`);
  }
}

/** Terraform's result shape: the match, a list of captures, or a map of named captures. */
function shaped(re: Regex, match: RegexMatch, input: string): Value {
  const named = re.groups.filter((name) => name !== '');
  if (re.groups.length === 0) return [...input].slice(match.start, match.end).join('');
  if (named.length === 0) return match.captures;
  if (named.length !== re.groups.length)
    return failed('regex', 'cannot mix both named and unnamed capture groups');
  const result: ValueMap = {};
  re.groups.forEach((name, at) => (result[name] = match.captures[at]!));
  return result;
}

function regex(pattern: string, input: string): Value {
  const re = compiled('regex', pattern, input);
  if (re instanceof Unknown) return re;
  const [match] = re.matchAll(input);
  return match
    ? shaped(re, match, input)
    : failed('regex', 'pattern did not match any part of the given string');
}

function regexall(pattern: string, input: string): Value {
  const re = compiled('regexall', pattern, input);
  if (re instanceof Unknown) return re;
  const results = re.matchAll(input).map((match) => shaped(re, match, input));
  return firstUnknown(results) ?? results;
}

/** A /regex/ search replaces with Go's template ($1, ${name}); a plain one literally. */
function replace(s: string, search: string, by: string): Value {
  if (!(search.length > 1 && search.startsWith('/') && search.endsWith('/')))
    return s.split(search).join(by);
  const re = compiled('replace', search.slice(1, -1), s);
  if (re instanceof Unknown) return re;
  const chars = [...s];
  let out = '';
  let last = 0;
  for (const match of re.matchAll(s)) {
    out += chars.slice(last, match.start).join('') + expand(re, match, chars, by);
    last = match.end;
  }
  return out + chars.slice(last).join('');
}

/** Go's Regexp.Expand: $1, ${1}, $name, ${name}, $$; an unknown group is empty. */
function expand(re: Regex, match: RegexMatch, chars: string[], template: string): string {
  return template.replace(/\$(\$|\{(\w+)\}|(\w+))/g, (whole, _all, braced, bare) => {
    if (whole === '$$') return '$';
    const name = (braced ?? bare) as string;
    if (/^\d+$/.test(name)) {
      const at = Number(name);
      if (at === 0) return chars.slice(match.start, match.end).join('');
      return match.captures[at - 1] ?? '';
    }
    const at = re.groups.indexOf(name);
    return at < 0 ? '' : (match.captures[at] ?? '');
  });
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

/** format() per element; list arguments must share a length, others repeat. */
function formatlist(spec: Value, args: Value[]): Value {
  const lengths = new Set(args.filter(Array.isArray).map((list) => list.length));
  if (lengths.size > 1) return failed('formatlist', 'the lists differ in length');
  const count = lengths.size ? [...lengths][0]! : 1;
  const rows = Array.from({ length: count }, (_, at) =>
    format(
      spec,
      args.map((arg) => (Array.isArray(arg) ? arg[at]! : arg)),
    ),
  );
  return firstUnknown(rows) ?? rows;
}
