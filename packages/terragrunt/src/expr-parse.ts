import type { ForNode, Node } from './expr-ast.js';
import { Cursor } from './expr-cursor.js';
import { dedentHeredoc, readQuotedEscape } from './expr-text.js';

type TemplateEnd = 'eof' | 'quote';

const MAX_NESTING = 100;

const BINARY_LEVELS: string[][] = [
  ['||'],
  ['&&'],
  ['==', '!='],
  ['<=', '>=', '<', '>'],
  ['+', '-'],
  ['*', '/', '%'],
];

/**
 * A recursive-descent parser over hcl2json's output: attribute values arrive as JSON-form
 * templates ("text ${expr} text", only $${ and %%{ escaped) whose interpolations hold native
 * HCL expression source (quoted strings with escapes, heredocs, comments, newlines).
 */
class Parser extends Cursor {
  template(end: TemplateEnd): Node {
    const parts: Array<string | Node> = [];
    let text = '';
    let directive = false;
    const flush = () => {
      if (text) parts.push(text);
      text = '';
    };
    for (;;) {
      if (this.pos >= this.src.length) {
        if (end === 'quote') this.fail('unterminated string');
        break;
      }
      if (end === 'quote' && this.eat('"')) break;
      if (this.at('$${') || this.at('%%{')) {
        text += this.src[this.pos] + '{';
        this.pos += 3;
      } else if (this.eat('${')) {
        flush();
        parts.push(this.interpolation());
      } else if (this.eat('%{')) {
        flush();
        parts.push(this.directive());
        directive = true;
      } else if (end === 'quote' && this.src[this.pos] === '\\') {
        const escape = readQuotedEscape(this.src, this.pos);
        if (!escape) this.fail('invalid escape sequence');
        text += escape.text;
        this.pos = escape.next;
      } else {
        text += this.src[this.pos];
        this.pos += 1;
      }
    }
    flush();
    return { t: 'tpl', parts, directive };
  }

  interpolation(): Node {
    this.eat('~');
    const expr = this.expression();
    this.space();
    this.eat('~');
    this.expect('}');
    return expr;
  }

  directive(): Node {
    this.space();
    this.eat('~');
    this.space();
    const word = this.identifier();
    const node: Node = { t: 'directive', exprs: [], names: [] };
    if (word === 'if') node.exprs.push(this.expression());
    if (word === 'for') {
      node.names.push(...this.forVariables());
      node.exprs.push(this.expression());
    }
    if (!['if', 'else', 'endif', 'for', 'endfor'].includes(word)) this.fail(`unknown %{${word}}`);
    this.space();
    this.eat('~');
    this.expect('}');
    return node;
  }

  /** Nesting is bounded: parsing and evaluating recurse, and hostile input must not overflow the stack. */
  private depth = 0;

  expression(): Node {
    if (++this.depth > MAX_NESTING) this.fail(`expression nested more than ${MAX_NESTING} deep`);
    try {
      return this.conditional();
    } finally {
      this.depth--;
    }
  }

  conditional(): Node {
    const test = this.binary(0);
    this.space();
    if (!this.eat('?')) return test;
    const yes = this.expression();
    this.space();
    this.expect(':');
    return { t: 'cond', test, yes, no: this.expression() };
  }

  binary(level: number): Node {
    if (level === BINARY_LEVELS.length) return this.unary();
    let left = this.binary(level + 1);
    for (;;) {
      this.space();
      const op = BINARY_LEVELS[level]!.find((candidate) => this.isOperator(candidate));
      if (!op) return left;
      this.pos += op.length;
      left = { t: 'op', op, args: [left, this.binary(level + 1)] };
    }
  }

  isOperator(op: string): boolean {
    if (!this.at(op)) return false;
    const next = this.src[this.pos + op.length];
    if ((op === '<' || op === '>') && next === '=') return false;
    if (op === '<' && next === '<') return false;
    return !(op === '/' && (next === '/' || next === '*'));
  }

  unary(): Node {
    this.space();
    const op = this.src[this.pos];
    if (op === '!' || op === '-') {
      this.pos += 1;
      if (++this.depth > MAX_NESTING) this.fail(`expression nested more than ${MAX_NESTING} deep`);
      const node: Node = { t: 'op', op: op === '-' ? 'neg' : '!', args: [this.unary()] };
      this.depth--;
      return node;
    }
    return this.postfix(this.primary());
  }

  postfix(start: Node): Node {
    let node = start;
    for (;;) {
      this.space();
      if (this.at('[*]') || this.at('.*')) {
        this.pos += this.src[this.pos] === '[' ? 3 : 2;
        return { t: 'splat', of: node, steps: this.splatSteps() };
      }
      const step = this.step();
      if (step === undefined) return node;
      node =
        typeof step === 'string'
          ? { t: 'attr', of: node, name: step }
          : { t: 'index', of: node, key: step };
    }
  }

  /** One `.name`, `.0` or `[key]` traversal step, or undefined. */
  step(): string | Node | undefined {
    if (this.at('...')) return undefined;
    if (this.eat('.')) {
      const digits = this.match(/\d+/y);
      return digits === undefined ? this.identifier() : { t: 'lit', value: Number(digits) };
    }
    if (!this.eat('[')) return undefined;
    const key = this.expression();
    this.space();
    this.expect(']');
    return key;
  }

  splatSteps(): Array<string | Node> {
    const steps: Array<string | Node> = [];
    for (let step = this.step(); step !== undefined; step = this.step()) steps.push(step);
    return steps;
  }

  primary(): Node {
    this.space();
    const c = this.src[this.pos];
    if (c === undefined) this.fail('expected an expression');
    if (c === '"') {
      this.pos += 1;
      return this.template('quote');
    }
    if (c === '(') {
      this.pos += 1;
      const inner = this.expression();
      this.space();
      this.expect(')');
      return inner;
    }
    if (c === '[') return this.tupleOrFor();
    if (c === '{') return this.objectOrFor();
    if (this.at('<<')) return this.heredoc();
    if (/[0-9]/.test(c)) return this.number();
    return this.identOrCall();
  }

  number(): Node {
    return { t: 'lit', value: Number(this.match(/\d+(\.\d+)?([eE][+-]?\d+)?/y)) };
  }

  identOrCall(): Node {
    let name = this.identifier();
    while (this.eat('::')) name += `::${this.identifier()}`;
    if (name === 'true' || name === 'false') return { t: 'lit', value: name === 'true' };
    if (name === 'null') return { t: 'lit', value: null };
    if (this.src[this.pos] !== '(') return { t: 'var', name };
    this.pos += 1;
    const args: Node[] = [];
    let expand = false;
    for (this.space(); !this.eat(')'); this.space()) {
      args.push(this.expression());
      this.space();
      if (this.eat('...')) expand = true;
      this.space();
      if (!this.eat(',') && this.src[this.pos] !== ')') this.fail('expected , or )');
    }
    return { t: 'call', name, args, expand };
  }

  tupleOrFor(): Node {
    this.pos += 1;
    if (this.atKeyword('for')) return this.forExpr(']');
    const items: Node[] = [];
    for (this.space(); !this.eat(']'); this.space()) {
      items.push(this.expression());
      this.space();
      this.eat(',');
    }
    return { t: 'tuple', items };
  }

  objectOrFor(): Node {
    this.pos += 1;
    if (this.atKeyword('for')) return this.forExpr('}');
    const entries: Array<{ key: Node; value: Node }> = [];
    for (this.space(); !this.eat('}'); this.space()) {
      const raw = this.expression();
      const key: Node = raw.t === 'var' ? { t: 'lit', value: raw.name } : raw;
      this.space();
      if (!this.eat('=') && !this.eat(':')) this.fail('expected = or : in object');
      entries.push({ key, value: this.expression() });
      this.space();
      this.eat(',');
    }
    return { t: 'object', entries };
  }

  forExpr(close: ']' | '}'): Node {
    this.pos += 3;
    const [first, second] = this.forVariables();
    const node: ForNode = {
      t: 'for',
      valueVar: second ?? first!,
      collection: this.expression(),
      valueExpr: { t: 'lit', value: null },
      grouped: false,
    };
    if (second !== undefined) node.keyVar = first;
    this.space();
    this.expect(':');
    node.valueExpr = this.expression();
    if (close === '}') {
      this.space();
      this.expect('=>');
      [node.keyExpr, node.valueExpr] = [node.valueExpr, this.expression()];
      this.space();
      node.grouped = this.eat('...');
    }
    if (this.atKeyword('if')) {
      this.pos += 2;
      node.condition = this.expression();
    }
    this.space();
    this.expect(close);
    return node;
  }

  /** `a in` or `k, v in`, consuming the `in`. */
  forVariables(): string[] {
    this.space();
    const names = [this.identifier()];
    this.space();
    if (this.eat(',')) {
      this.space();
      names.push(this.identifier());
    }
    if (!this.atKeyword('in')) this.fail('expected "in"');
    this.pos += 2;
    return names;
  }

  heredoc(): Node {
    const head = /<<(-?)([A-Za-z_][A-Za-z0-9_-]*)\r?\n/y;
    head.lastIndex = this.pos;
    const [opener, indent, word] = head.exec(this.src) ?? this.fail('invalid heredoc');
    const bodyStart = this.pos + opener.length;
    const closer = new RegExp(`^[ \\t]*${word}[ \\t]*$`, 'gm');
    closer.lastIndex = bodyStart;
    const close = closer.exec(this.src) ?? this.fail(`heredoc ${word} is not closed`);
    const raw = this.src.slice(bodyStart, close.index);
    this.pos = close.index + close[0].length;
    return new Parser(indent ? dedentHeredoc(raw) : raw).template('eof');
  }
}

const cache = new Map<string, Node>();

/** Parses an attribute value string from hcl2json (a JSON-form template). Throws ExprSyntaxError. */
export function parseTemplate(text: string): Node {
  let node = cache.get(text);
  if (!node) {
    node = new Parser(text).template('eof');
    if (cache.size > 50_000) cache.clear();
    cache.set(text, node);
  }
  return node;
}
