import { attribute, type Scope } from './expr-eval.js';
import type { CallNode } from './expr-ast.js';
import { blockBodies, type Config, type ConfigContext } from './config-context.js';
import { evaluateJson } from './json-eval.js';
import { callFileFunction, FILE_FUNCTIONS } from './file-functions.js';
import type { FileCache, Json, JsonMap } from './files.js';
import { dirOf, generatedDir, relativePath, toVirtual } from './paths.js';
import { FIX_HINT, type Recorder } from './trail.js';
import { isUnknown, toText, Unknown, type Value, type ValueMap } from './values.js';

/** The Terragrunt functions that need the evaluation context (everything path-related). */
export interface TerragruntFunctions {
  call(name: string, args: Value[], scope: ConfigScope): Promise<Value | undefined>;
}

const OPAQUE_ROOTS = new Set(['dependency', 'unit', 'stack', 'var', 'terraform']);
const REFERENCE_CALL =
  /\b(file\w*|templatefile|fileset|read_\w+|sops_decrypt_file|mark_(glob_)?as_read|find_in_parent_folders)\s*\(/;

/** Variables and context functions of one Terragrunt config file. */
export class ConfigScope implements Scope {
  /** The file's child includes (label -> included file and its evaluated body). */
  readonly includes = new Map<string, { file: string; body?: ValueMap }>();
  /** The configs it includes, once evaluated (their feature blocks count here). */
  included: Config[] = [];
  private readonly locals = new Map<string, Value>();
  private readonly features = new Map<string, Value>();
  private readonly evaluating = new Set<string>();
  private localBodies?: JsonMap;

  constructor(
    readonly file: string,
    readonly ctx: ConfigContext,
    readonly files: FileCache,
    readonly rec: Recorder,
    readonly raw: JsonMap,
    private readonly functions: TerragruntFunctions,
  ) {}

  get budget() {
    return this.ctx.root.budget;
  }

  async lookup(root: string, attr: string | undefined): Promise<Value> {
    if (root === 'local' && attr !== undefined) return this.local(attr);
    if (root === 'include' && attr !== undefined) return this.include(attr);
    if (root === 'feature' && attr !== undefined) return this.feature(attr);
    if (root === 'values') return this.values(attr);
    if ((root === 'unit' || root === 'stack') && this.ctx.stack && attr !== undefined)
      return this.component(root, attr);
    if (OPAQUE_ROOTS.has(root))
      return new Unknown(`${root}.${attr ?? ''} is only known at run time`);
    return new Unknown(`unknown variable ${root}${attr ? `.${attr}` : ''}`, 'error');
  }

  async local(name: string): Promise<Value> {
    if (this.locals.has(name)) return this.locals.get(name)!;
    const raw = this.rawLocals();
    if (!Object.hasOwn(raw, name))
      return new Unknown(`no local "${name}" in ${this.file}`, 'error');
    if (this.evaluating.has(name)) return new Unknown(`local "${name}" refers to itself`, 'error');
    this.evaluating.add(name);
    const value = await this.json(raw[name]!);
    this.evaluating.delete(name);
    this.locals.set(name, value);
    return value;
  }

  async allLocals(): Promise<ValueMap> {
    const result: ValueMap = {};
    for (const name of Object.keys(this.rawLocals())) result[name] = await this.local(name);
    return result;
  }

  private rawLocals(): JsonMap {
    this.localBodies ??= Object.assign(
      {},
      ...blockBodies<Json>(this.raw.locals).map((block) => block.body),
    ) as JsonMap;
    return this.localBodies;
  }

  /** `include.<name>`; a lone bare include is exposed as `include` itself, as Terragrunt does. */
  private include(attr: string): Value {
    const bare = this.includes.size === 1 ? this.includes.get('') : undefined;
    if (bare) return bare.body ? attribute(bare.body, attr) : unavailable('the bare include');
    return this.includes.get(attr)?.body ?? unavailable(`include "${attr}"`);
  }

  /**
   * `feature.<name>`: the default of the outermost feature block with that name (a unit's
   * block overrides its includes'). A --feature flag at run time is not visible here.
   */
  async feature(name: string): Promise<Value> {
    for (const scope of [...this.ctx.outer, this]) {
      if (!scope.ownFeature(name)) continue;
      if (scope.ctx.root !== this.ctx.root) this.ctx.root.usesUnit = true;
      return { name, value: await scope.featureDefault(name) };
    }
    const inherited = includedFeature(this.included, name);
    if (inherited !== undefined) return { name, value: inherited };
    return new Unknown(`no feature "${name}" block for ${this.file}`, 'error');
  }

  private ownFeature(name: string): JsonMap | undefined {
    return blockBodies<Json>(this.raw.feature).find((block) => block.label === name)?.body;
  }

  private async featureDefault(name: string): Promise<Value> {
    if (!this.features.has(name))
      this.features.set(name, await this.json(this.ownFeature(name)!.default ?? null));
    return this.features.get(name)!;
  }

  private async values(attr: string | undefined): Promise<Value> {
    if (!this.ctx.values)
      return new Unknown(`values are only set for units and stacks a stack generates`, 'error');
    if (this.ctx.shared) this.ctx.root.usesUnit = true;
    const all = await this.ctx.values();
    return attr === undefined ? all : attribute(all, attr);
  }

  /** In a stack file, `unit.<name>.path` is where that unit is generated. */
  private async component(kind: 'unit' | 'stack', name: string): Promise<Value> {
    const block = blockBodies<Json>(this.raw[kind]).find((found) => found.label === name)?.body;
    if (!block) return new Unknown(`no ${kind} "${name}" in ${this.file}`, 'error');
    const path = toText(await this.json(block.path ?? null));
    if (isUnknown(path)) return path;
    const noStack = (await this.json(block.no_dot_terragrunt_stack ?? false)) === true;
    const dir = generatedDir(this.ctx.terragruntDir, path, noStack);
    if (dir === undefined)
      return new Unknown(`${kind} "${name}" path ${path} leaves the stack`, 'error');
    return { name, path: toVirtual(dir) };
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

function unavailable(what: string): Unknown {
  return new Unknown(`${what} is not available here`, 'error');
}

/** A feature default from included configs, the last include (and its own includes) first. */
function includedFeature(
  configs: Config[],
  name: string,
  seen = new Set<Config>(),
): Value | undefined {
  for (const config of [...configs].reverse()) {
    if (seen.has(config)) continue;
    seen.add(config);
    const own = blockBodies<Value>(config.body.feature).find((block) => block.label === name);
    if (own) return own.body.default ?? null;
    const deeper = includedFeature(config.includes, name, seen);
    if (deeper !== undefined) return deeper;
  }
  return undefined;
}
