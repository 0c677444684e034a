/**
 * Go's RE2 syntax, the subset that appears in configs: literals, escapes, classes, `.`, groups
 * (capturing, non-capturing, named), alternation, greedy and lazy quantifiers, anchors, and the
 * i/m/s flags. Anything else throws RegexUnsupported, so the caller can say so instead of guessing.
 */
export type RegexNode =
  | { t: 'char'; test: (c: string) => boolean }
  | { t: 'cat'; items: RegexNode[] }
  | { t: 'alt'; items: RegexNode[] }
  | { t: 'rep'; node: RegexNode; min: number; max: number; greedy: boolean }
  | { t: 'group'; node: RegexNode; index?: number }
  | { t: 'assert'; kind: 'bol' | 'eol' | 'begin' | 'end' | 'word' | 'nonword' };

export interface ParsedRegex {
  node: RegexNode;
  /** Capture group names in order ('' for unnamed ones). */
  groups: string[];
}

export class RegexUnsupported extends Error {}

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
}

const MAX_REPEAT = 1000;
const CLASSES: Record<string, (c: string) => boolean> = {
  d: (c) => c >= '0' && c <= '9',
  w: (c) => /^[0-9A-Za-z_]$/.test(c),
  s: (c) => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r' || c === '\v',
};
const SIMPLE_ESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' };

export function parseRegex(pattern: string): ParsedRegex {
  const parser = new Parser([...pattern]);
  const node = parser.alternation({ i: false, m: false, s: false });
  if (parser.at < parser.chars.length) throw new RegexUnsupported(`unexpected ")" in ${pattern}`);
  return { node, groups: parser.groups };
}

class Parser {
  at = 0;
  readonly groups: string[] = [];

  constructor(readonly chars: string[]) {}

  private peek(): string | undefined {
    return this.chars[this.at];
  }

  private eat(text: string): boolean {
    const found = this.chars.slice(this.at, this.at + text.length).join('') === text;
    if (found) this.at += text.length;
    return found;
  }

  alternation(flags: Flags): RegexNode {
    const items = [this.sequence(flags)];
    while (this.eat('|')) items.push(this.sequence(flags));
    return items.length === 1 ? items[0]! : { t: 'alt', items };
  }

  private sequence(flags: Flags): RegexNode {
    const items: RegexNode[] = [];
    while (this.at < this.chars.length && this.peek() !== '|' && this.peek() !== ')') {
      const directive = this.flagSyntax();
      if (directive?.end === ')') {
        this.at += directive.length;
        Object.assign(flags, applyFlags(flags, directive.flags));
      } else items.push(this.quantified(this.atom(flags)));
    }
    return { t: 'cat', items };
  }

  /** `(?flags)` or `(?flags:` at the cursor. */
  private flagSyntax(): { flags: string; end: string; length: number } | undefined {
    const match = /^\(\?([ims-]+)([):])/.exec(this.chars.slice(this.at, this.at + 12).join(''));
    return match ? { flags: match[1]!, end: match[2]!, length: match[0].length } : undefined;
  }

  private quantified(node: RegexNode): RegexNode {
    const bounds = this.bounds();
    if (!bounds) return node;
    const greedy = !this.eat('?');
    if (this.peek() && '*+?'.includes(this.peek()!))
      throw new RegexUnsupported('a nested repetition operator');
    return { t: 'rep', node, greedy, ...bounds };
  }

  private bounds(): { min: number; max: number } | undefined {
    if (this.eat('*')) return { min: 0, max: Infinity };
    if (this.eat('+')) return { min: 1, max: Infinity };
    if (this.eat('?')) return { min: 0, max: 1 };
    const match = /^\{(\d+)(,(\d*))?\}/.exec(this.chars.slice(this.at, this.at + 12).join(''));
    if (!match) return undefined;
    this.at += match[0].length;
    const min = Number(match[1]);
    const max = match[2] === undefined ? min : match[3] ? Number(match[3]) : Infinity;
    if (min > MAX_REPEAT || (max !== Infinity && (max > MAX_REPEAT || max < min)))
      throw new RegexUnsupported(`invalid repeat count ${match[0]}`);
    return { min, max };
  }

  private atom(flags: Flags): RegexNode {
    const c = this.chars[this.at++];
    switch (c) {
      case undefined:
        throw new RegexUnsupported('the pattern ends too early');
      case '(':
        return this.group(flags);
      case '[':
        return char(this.characterClass(), flags);
      case '.':
        return { t: 'char', test: (x) => flags.s || x !== '\n' };
      case '^':
        return { t: 'assert', kind: flags.m ? 'bol' : 'begin' };
      case '$':
        return { t: 'assert', kind: flags.m ? 'eol' : 'end' };
      case '\\':
        return this.escapeAtom(flags);
      case '*':
      case '+':
      case '?':
        throw new RegexUnsupported(`missing argument to repetition operator ${c}`);
      default:
        return char((x) => x === c, flags);
    }
  }

  /** After "(": a capturing, named, non-capturing or flag-scoped group. */
  private group(flags: Flags): RegexNode {
    this.at--;
    const scoped = this.flagSyntax();
    this.at++;
    let name: string | undefined;
    let inner = { ...flags };
    let capture = true;
    if (scoped) {
      this.at += scoped.length - 1;
      inner = applyFlags(flags, scoped.flags);
      capture = false;
    } else if (this.eat('?:')) capture = false;
    else if (this.eat('?P<') || this.eat('?<')) name = this.groupName();
    else if (this.peek() === '?') throw new RegexUnsupported('an unsupported group syntax');
    const index = capture ? this.groups.push(name ?? '') : undefined;
    const node = this.alternation(inner);
    this.close();
    return { t: 'group', node, index };
  }

  private groupName(): string {
    const end = this.chars.indexOf('>', this.at);
    const name = this.chars.slice(this.at, end).join('');
    if (end < 0 || !/^[A-Za-z_]\w*$/.test(name))
      throw new RegexUnsupported('an invalid group name');
    this.at = end + 1;
    return name;
  }

  private close(): void {
    if (!this.eat(')')) throw new RegexUnsupported('a missing ")"');
  }

  private escapeAtom(flags: Flags): RegexNode {
    const c = this.chars[this.at];
    const kinds = { b: 'word', B: 'nonword', A: 'begin', z: 'end' } as const;
    if (c && c in kinds) {
      this.at++;
      return { t: 'assert', kind: kinds[c as keyof typeof kinds] };
    }
    return char(this.escape(), flags);
  }

  /** An escape inside or outside a class, after the backslash. */
  private escape(): (c: string) => boolean {
    const c = this.chars[this.at++];
    if (c === undefined) throw new RegexUnsupported('a trailing backslash');
    const lower = c.toLowerCase();
    if (lower in CLASSES) {
      const test = CLASSES[lower]!;
      return c === lower ? test : (x) => !test(x);
    }
    if (c in SIMPLE_ESCAPES) return (x) => x === SIMPLE_ESCAPES[c];
    if (c === 'x') return this.hexEscape();
    if (/[^0-9A-Za-z]/.test(c)) return (x) => x === c;
    throw new RegexUnsupported(`the escape \\${c}`);
  }

  private hexEscape(): (c: string) => boolean {
    const rest = this.chars.slice(this.at, this.at + 10).join('');
    const match = /^\{([0-9A-Fa-f]{1,6})\}|^([0-9A-Fa-f]{2})/.exec(rest);
    if (!match) throw new RegexUnsupported('an invalid \\x escape');
    this.at += match[0].length;
    const target = String.fromCodePoint(parseInt(match[1] ?? match[2]!, 16));
    return (x) => x === target;
  }

  private characterClass(): (c: string) => boolean {
    const negated = this.eat('^');
    const tests: Array<(c: string) => boolean> = [];
    let first = true;
    while (first || this.peek() !== ']') {
      first = false;
      if (this.at >= this.chars.length) throw new RegexUnsupported('a missing "]"');
      if (this.eat('[:')) throw new RegexUnsupported('POSIX character classes');
      tests.push(this.classItem());
    }
    this.at++;
    return (c) => tests.some((test) => test(c)) !== negated;
  }

  private classItem(): (c: string) => boolean {
    const low = this.classChar();
    if (typeof low !== 'string' || this.peek() !== '-' || this.chars[this.at + 1] === ']')
      return typeof low === 'string' ? (c) => c === low : low;
    this.at++;
    const high = this.classChar();
    if (typeof high !== 'string' || high < low) throw new RegexUnsupported('an invalid range');
    return (c) => c >= low && c <= high;
  }

  private classChar(): string | ((c: string) => boolean) {
    const c = this.chars[this.at++]!;
    if (c !== '\\') return c;
    const next = this.chars[this.at];
    if (next && /[^0-9A-Za-z]/.test(next)) return this.chars[this.at++]!;
    if (next && next in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[this.chars[this.at++]!]!;
    return this.escape();
  }
}

function applyFlags(flags: Flags, text: string): Flags {
  const next = { ...flags };
  let on = true;
  for (const c of text) {
    if (c === '-') on = false;
    else next[c as keyof Flags] = on;
  }
  return next;
}

function char(test: (c: string) => boolean, flags: Flags): RegexNode {
  if (!flags.i) return { t: 'char', test };
  return { t: 'char', test: (c) => test(c) || test(c.toLowerCase()) || test(c.toUpperCase()) };
}
