import { Budget, type Tally } from './budget.js';
import type { CallNode } from './expr-ast.js';
import { ExprSyntaxError } from './expr-ast.js';
import { evaluate, type Scope } from './expr-eval.js';
import { parseTemplate } from './expr-parse.js';
import { callFileFunction, FILE_FUNCTIONS } from './file-functions.js';
import type { FileCache, Json, JsonMap } from './files.js';
import { toVirtual } from './paths.js';
import type { Recorder } from './trail.js';
import { Unknown, type Value } from './values.js';

const READS_FILES = /\b(file\w*|templatefile)\s*\(/;

/** `module "x" {}` from hcl2json ({x: [body]}) or from Terraform's JSON syntax ({x: body}). */
export function moduleBlocks(raw: Json | undefined): Array<{ label: string; body: JsonMap }> {
  if (Array.isArray(raw)) return raw.flatMap(moduleBlocks);
  if (!isJsonMap(raw)) return [];
  return Object.entries(raw).flatMap(([label, value]) =>
    blockBodiesOf(value).map((body) => ({ label, body })),
  );
}

/** A block's bodies: hcl2json gives a list, Terraform's JSON syntax an object or a list. */
export function blockBodiesOf(raw: Json | undefined): JsonMap[] {
  if (Array.isArray(raw)) return raw.filter(isJsonMap);
  return isJsonMap(raw) ? [raw] : [];
}

function isJsonMap(raw: Json | undefined): raw is JsonMap {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

/**
 * Enough of a Terraform module's scope to resolve "${path.module}/templates/x.tpl". Paths built
 * from variables come from the caller and are not knowable here; they are skipped, not reported.
 */
export class ModuleScope implements Scope {
  /** Module code is untrusted like any config: its evaluation is bounded too. */
  readonly budget: Budget;
  private readonly values = new Map<string, Value>();
  private readonly evaluating = new Set<string>();

  constructor(
    private readonly dir: string,
    private readonly files: FileCache,
    private readonly locals: JsonMap,
    private readonly rec: Recorder,
    tally: Tally,
  ) {
    this.budget = new Budget(tally);
  }

  reportExhausted(): void {
    if (this.budget.exhausted)
      this.rec.issue(
        this.dir,
        `change detection stopped reading module ${this.dir}: ${this.budget.exhausted}.`,
      );
  }

  async walk(raw: Json): Promise<void> {
    if (typeof raw === 'string') {
      if (READS_FILES.test(raw)) await this.expression(raw);
    } else if (Array.isArray(raw)) {
      for (const item of raw) await this.walk(item);
    } else if (raw !== null && typeof raw === 'object') {
      for (const value of Object.values(raw)) await this.walk(value);
    }
  }

  async lookup(root: string, attr: string | undefined): Promise<Value> {
    if (root === 'path' && attr === 'module') return toVirtual(this.dir);
    if (root !== 'local' || attr === undefined || !Object.hasOwn(this.locals, attr)) {
      return new Unknown(`${root}.${attr ?? ''} is not known inside a module`);
    }
    if (this.values.has(attr)) return this.values.get(attr)!;
    if (this.evaluating.has(attr)) return new Unknown(`local "${attr}" refers to itself`, 'error');
    this.evaluating.add(attr);
    const raw = this.locals[attr]!;
    const value =
      typeof raw === 'string' ? await this.expression(raw) : new Unknown('a structured local');
    this.evaluating.delete(attr);
    this.values.set(attr, value);
    return value;
  }

  async call(name: string, args: Value[], _node: CallNode): Promise<Value | undefined> {
    if (!FILE_FUNCTIONS.has(name)) return undefined;
    return callFileFunction(name, args, {
      files: this.files,
      baseDir: this.dir,
      record: (file, hop) => this.rec.ref(file, hop),
      unresolved: () => undefined,
    });
  }

  private async expression(text: string): Promise<Value> {
    try {
      return await evaluate(parseTemplate(text), this);
    } catch (error) {
      if (!(error instanceof ExprSyntaxError)) throw error;
      const message = `cannot parse the expression ${JSON.stringify(text)} in module ${this.dir}: ${error.message}`;
      this.rec.issue(this.dir, message);
      return new Unknown('unparsable expression', 'error');
    }
  }
}
