import { parseRegex, RegexUnsupported, type RegexNode } from './regex-parse.js';

export { RegexUnsupported };

type Assertion = Extract<RegexNode, { t: 'assert' }>['kind'];
type Inst =
  | { op: 'char'; test: (c: string) => boolean }
  | { op: 'split'; x: number; y: number }
  | { op: 'jmp'; x: number }
  | { op: 'save'; n: number }
  | { op: 'assert'; kind: Assertion }
  | { op: 'match' };

/** One match: where it is, and each capture group's text (null when the group did not take part). */
export interface RegexMatch {
  start: number;
  end: number;
  captures: Array<string | null>;
}

const MAX_PROGRAM = 4000;

/**
 * A compiled pattern run by a Pike VM: time linear in the input (RE2's guarantee, which Go's
 * regexp gives Terraform), so a hostile pattern cannot make evaluation backtrack for minutes.
 * Leftmost-first matching, as Go does.
 */
export class Regex {
  readonly groups: string[];
  private readonly program: Inst[] = [];

  constructor(readonly pattern: string) {
    const parsed = parseRegex(pattern);
    this.groups = parsed.groups;
    this.emit({ op: 'save', n: 0 });
    this.compile(parsed.node);
    this.emit({ op: 'save', n: 1 });
    this.emit({ op: 'match' });
  }

  /** Every non-overlapping match, as Go's FindAll does (an empty match right after one is skipped). */
  matchAll(text: string): RegexMatch[] {
    const input = [...text];
    const found: RegexMatch[] = [];
    let lastEnd = -1;
    for (let from = 0; from <= input.length;) {
      const match = this.search(input, from);
      if (!match) break;
      if (match.end === match.start && match.start === lastEnd) {
        from = match.start + 1;
        continue;
      }
      found.push(match);
      lastEnd = match.end;
      from = match.end > match.start ? match.end : match.end + 1;
    }
    return found;
  }

  private emit(inst: Inst): number {
    if (this.program.length >= MAX_PROGRAM) throw new RegexUnsupported('a pattern this large');
    return this.program.push(inst) - 1;
  }

  private compile(node: RegexNode): void {
    switch (node.t) {
      case 'char':
        this.emit({ op: 'char', test: node.test });
        return;
      case 'assert':
        this.emit({ op: 'assert', kind: node.kind });
        return;
      case 'cat':
        for (const item of node.items) this.compile(item);
        return;
      case 'group':
        if (node.index === undefined) return this.compile(node.node);
        this.emit({ op: 'save', n: node.index * 2 });
        this.compile(node.node);
        this.emit({ op: 'save', n: node.index * 2 + 1 });
        return;
      case 'alt':
        return this.alternatives(node.items);
      case 'rep':
        return this.repeat(node);
    }
  }

  private alternatives(items: RegexNode[]): void {
    const jumps: number[] = [];
    items.forEach((item, at) => {
      if (at === items.length - 1) return this.compile(item);
      const split = this.emit({ op: 'split', x: 0, y: 0 });
      this.compile(item);
      jumps.push(this.emit({ op: 'jmp', x: 0 }));
      this.program[split] = { op: 'split', x: split + 1, y: this.program.length };
    });
    for (const jump of jumps) this.program[jump] = { op: 'jmp', x: this.program.length };
  }

  private repeat({ node, min, max, greedy }: Extract<RegexNode, { t: 'rep' }>): void {
    for (let count = 0; count < min; count++) this.compile(node);
    if (max === Infinity) {
      const split = this.emit({ op: 'split', x: 0, y: 0 });
      this.compile(node);
      this.emit({ op: 'jmp', x: split });
      this.program[split] = this.branch(split + 1, this.program.length, greedy);
      return;
    }
    const splits: number[] = [];
    for (let count = min; count < max; count++) {
      splits.push(this.emit({ op: 'split', x: 0, y: 0 }));
      this.compile(node);
    }
    for (const split of splits)
      this.program[split] = this.branch(split + 1, this.program.length, greedy);
  }

  private branch(body: number, out: number, greedy: boolean): Inst {
    return greedy ? { op: 'split', x: body, y: out } : { op: 'split', x: out, y: body };
  }

  /** The leftmost-first match starting at or after `from`. */
  private search(input: string[], from: number): RegexMatch | undefined {
    const slots = (this.groups.length + 1) * 2;
    let threads: Array<{ pc: number; caps: number[] }> = [];
    let seen = new Set<number>();
    let matched: number[] | undefined;
    for (let at = from; at <= input.length; at++) {
      if (!matched) this.add(threads, seen, 0, at, input, new Array<number>(slots).fill(-1));
      if (matched && threads.length === 0) break;
      const next: typeof threads = [];
      const nextSeen = new Set<number>();
      for (const thread of threads) {
        const inst = this.program[thread.pc]!;
        if (inst.op === 'match') {
          matched = thread.caps;
          break;
        }
        if (inst.op === 'char' && at < input.length && inst.test(input[at]!))
          this.add(next, nextSeen, thread.pc + 1, at + 1, input, thread.caps);
      }
      [threads, seen] = [next, nextSeen];
    }
    return matched && this.result(input, matched);
  }

  /** Follows jumps, splits, saves and assertions from `pc` (in priority order) to char and match steps. */
  private add(
    list: Array<{ pc: number; caps: number[] }>,
    seen: Set<number>,
    pc: number,
    at: number,
    input: string[],
    caps: number[],
  ): void {
    const stack = [{ pc, caps }];
    for (let item = stack.pop(); item; item = stack.pop()) {
      if (seen.has(item.pc)) continue;
      seen.add(item.pc);
      const inst = this.program[item.pc]!;
      if (inst.op === 'jmp') stack.push({ pc: inst.x, caps: item.caps });
      else if (inst.op === 'split')
        stack.push({ pc: inst.y, caps: item.caps }, { pc: inst.x, caps: item.caps });
      else if (inst.op === 'save') {
        const copy = [...item.caps];
        copy[inst.n] = at;
        stack.push({ pc: item.pc + 1, caps: copy });
      } else if (inst.op === 'assert') {
        if (holds(inst.kind, input, at)) stack.push({ pc: item.pc + 1, caps: item.caps });
      } else list.push(item);
    }
  }

  private result(input: string[], caps: number[]): RegexMatch {
    const text = (start: number, end: number) =>
      start < 0 || end < 0 ? null : input.slice(start, end).join('');
    const captures = this.groups.map((_, at) => text(caps[at * 2 + 2]!, caps[at * 2 + 3]!));
    return { start: caps[0]!, end: caps[1]!, captures };
  }
}

function holds(kind: Assertion, input: string[], at: number): boolean {
  const word = (c: string | undefined) => c !== undefined && /^[0-9A-Za-z_]$/.test(c);
  switch (kind) {
    case 'begin':
      return at === 0;
    case 'end':
      return at === input.length;
    case 'bol':
      return at === 0 || input[at - 1] === '\n';
    case 'eol':
      return at === input.length || input[at] === '\n';
    case 'word':
      return word(input[at - 1]) !== word(input[at]);
    case 'nonword':
      return word(input[at - 1]) === word(input[at]);
  }
}
