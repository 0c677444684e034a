import { ExprSyntaxError } from './expr-ast.js';

/** The scanning primitives of the expression parser: a position over the source text. */
export class Cursor {
  pos = 0;
  constructor(readonly src: string) {}

  fail(message: string): never {
    throw new ExprSyntaxError(message, this.src, this.pos);
  }

  identifier(): string {
    return this.match(/[A-Za-z_][A-Za-z0-9_-]*/y) ?? this.fail('expected an identifier');
  }

  atKeyword(word: string): boolean {
    this.space();
    return this.at(word) && !/[A-Za-z0-9_-]/.test(this.src[this.pos + word.length] ?? '');
  }

  space(): void {
    this.match(/(?:\s+|#[^\n]*|\/\/[^\n]*|\/\*[\s\S]*?\*\/)+/y);
  }

  /** Consumes and returns the text the sticky `pattern` matches at the cursor. */
  match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.pos;
    const found = pattern.exec(this.src)?.[0];
    if (found !== undefined) this.pos += found.length;
    return found;
  }

  at(token: string): boolean {
    return this.src.startsWith(token, this.pos);
  }

  eat(token: string): boolean {
    if (!this.at(token)) return false;
    if (token === '=' && /[=>]/.test(this.src[this.pos + 1] ?? '')) return false;
    this.pos += token.length;
    return true;
  }

  expect(token: string): void {
    if (!this.eat(token)) this.fail(`expected ${token}`);
  }
}
