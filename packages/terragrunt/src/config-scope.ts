import type { CallNode } from './expr-ast.js';
import type { Scope } from './expr-eval.js';
import { evaluateJson } from './json-eval.js';
import { callFileFunction, FILE_FUNCTIONS } from './file-functions.js';
import type { FileCache, Json } from './files.js';
import { dirOf, relativePath, toVirtual } from './paths.js';
import { FIX_HINT, type Recorder } from './trail.js';
import { isUnknown, Unknown, type Value, type ValueMap } from './values.js';

/** How the file being evaluated was reached; Terragrunt resolves most paths against the unit. */
export interface ConfigContext {
  /** The unit being built (get_original_terragrunt_dir). */
  unitDir: string;
  /** The dir of Terragrunt's "current config": the unit, or a file read by read_terragrunt_config. */
  terragruntDir: string;
  /** Set when this file is evaluated as an include target: the include block that named it. */
  includedAs?: { name: string; file: string };
  /** Files being evaluated above this one, to stop include/read cycles. */
  chain: string[];
  /** True inside read_terragrunt_config, whose results are shared by every unit. */
  shared: boolean;
}

/** The Terragrunt functions that need the evaluation context (everything path-related). */
export interface TerragruntFunctions {
  call(name: string, args: Value[], scope: ConfigScope): Promise<Value | undefined>;
}

const OPAQUE_ROOTS = new Set([
  'dependency',
  'feature',
  'values',
  'unit',
  'stack',
  'var',
  'terraform',
]);
const REFERENCE_CALL =
  /\b(file\w*|templatefile|fileset|read_\w+|sops_decrypt_file|mark_as_read|find_in_parent_folders)\s*\(/;

/** Variables and context functions of one Terragrunt config file. */
export class ConfigScope implements Scope {
  /** The file's child includes (label -> included file and its evaluated body). */
  readonly includes = new Map<string, { file: string; body?: ValueMap }>();
  private readonly locals = new Map<string, Value>();
  private readonly evaluating = new Set<string>();

  constructor(
    readonly file: string,
    readonly ctx: ConfigContext,
    readonly files: FileCache,
    readonly rec: Recorder,
    private readonly rawLocals: Record<string, Json>,
    private readonly functions: TerragruntFunctions,
  ) {}

  async lookup(root: string, attr: string | undefined): Promise<Value> {
    if (root === 'local' && attr !== undefined) return this.local(attr);
    if (root === 'include' && attr !== undefined) {
      const body = this.includes.get(attr)?.body;
      return body ?? new Unknown(`include "${attr}" is not available here`, 'error');
    }
    if (OPAQUE_ROOTS.has(root))
      return new Unknown(`${root}.${attr ?? ''} is only known at run time`);
    return new Unknown(`unknown variable ${root}${attr ? `.${attr}` : ''}`, 'error');
  }

  async local(name: string): Promise<Value> {
    if (this.locals.has(name)) return this.locals.get(name)!;
    if (!Object.hasOwn(this.rawLocals, name))
      return new Unknown(`no local "${name}" in ${this.file}`, 'error');
    if (this.evaluating.has(name)) return new Unknown(`local "${name}" refers to itself`, 'error');
    this.evaluating.add(name);
    const value = await this.json(this.rawLocals[name]!);
    this.evaluating.delete(name);
    this.locals.set(name, value);
    return value;
  }

  async allLocals(): Promise<ValueMap> {
    const result: ValueMap = {};
    for (const name of Object.keys(this.rawLocals)) result[name] = await this.local(name);
    return result;
  }

  async call(name: string, args: Value[], _node: CallNode): Promise<Value | undefined> {
    if (FILE_FUNCTIONS.has(name)) {
      return callFileFunction(name, args, {
        files: this.files,
        baseDir: dirOf(this.file),
        record: (file, hop) => this.rec.ref(file, hop),
        unresolved: (call, reason) => this.unresolved(call, reason),
      });
    }
    return this.functions.call(name, args, this);
  }

  /** Evaluates a value from hcl2json in this scope. */
  json(raw: Json): Promise<Value> {
    return evaluateJson(raw, this, (text, error) => {
      // Our parser is narrower than HashiCorp's: fail closed only where the text could read a file.
      if (REFERENCE_CALL.test(text)) {
        this.rec.issue(
          this.file,
          `cannot parse the expression ${JSON.stringify(text)} in ${this.file}: ${error.message}`,
        );
      }
      return new Unknown(`unparsable expression (${error.message})`, 'error');
    });
  }

  /** Reports a path that matters but could not be computed; the unit fails closed. */
  unresolved(what: string, reason: string): void {
    this.rec.issue(
      this.file,
      `${what} in ${this.file} could not be evaluated: ${reason}. ${FIX_HINT}`,
    );
  }

  /** A path-producing value, or undefined after reporting why it is not a string. */
  requirePath(value: Value, what: string): string | undefined {
    if (typeof value === 'string') return value;
    if (isUnknown(value)) this.unresolved(what, value.reason);
    else this.unresolved(what, `expected a string, got ${JSON.stringify(value)}`);
    return undefined;
  }

  /** The include a path_relative_*()/get_parent_terragrunt_dir() call refers to. */
  selectedInclude(args: Value[]): string | Unknown | undefined {
    if (this.ctx.includedAs) return this.ctx.includedAs.file;
    const name = args[0];
    if (isUnknown(name ?? null)) return name as Unknown;
    if (typeof name === 'string') {
      return (
        this.includes.get(name)?.file ??
        new Unknown(`no include "${name}" in ${this.file}`, 'error')
      );
    }
    const all = [...this.includes.values()];
    if (all.length > 1)
      return new Unknown(`${this.file} has several includes: name the one you mean`, 'error');
    return all[0]?.file;
  }

  virtualDir(): string {
    return toVirtual(this.ctx.terragruntDir);
  }

  relativeToInclude(args: Value[], reverse: boolean): Value {
    const include = this.selectedInclude(args);
    if (isUnknown(include ?? null)) return include as Unknown;
    if (include === undefined) return '.';
    const [from, to] = [dirOf(include as string), this.ctx.terragruntDir];
    return reverse ? relativePath(to, from) : relativePath(from, to);
  }
}
