import { reportExhausted, Tally } from './budget.js';
import {
  blockBodies,
  newRoot,
  type Config,
  type ConfigContext,
  type ValuesSource,
} from './config-context.js';
import { ContextFunctions, nestingProblem } from './config-functions.js';
import { ReadCache } from './config-reads.js';
import { ConfigScope } from './config-scope.js';
import { exposedBody } from './expose.js';
import type { FileCache, Json, JsonMap } from './files.js';
import { joinRepo, resolveRepo } from './paths.js';
import { newTrail, Recorder } from './trail.js';
import { Unknown, type Value, type ValueMap } from './values.js';

export { blockBodies, type Config, type ConfigContext } from './config-context.js';

/** Where an evaluation starts: a unit's terragrunt.hcl or a terragrunt.stack.hcl. */
export interface Start {
  dir: string;
  file: string;
  rec: Recorder;
  values?: ValuesSource;
  stack?: boolean;
}

/**
 * Evaluates Terragrunt configs: includes (evaluated in the unit's context, as Terragrunt does,
 * once per unit each), read_terragrunt_config (in the read file's own context, cached), and the
 * path functions.
 */
export class ConfigEvaluator {
  private readonly functions: ContextFunctions;

  constructor(
    readonly files: FileCache,
    private readonly tally = new Tally(),
  ) {
    const reads = new ReadCache(tally, (file, ctx, rec) => this.evaluate(file, ctx, rec));
    this.functions = new ContextFunctions(files, reads);
  }

  /** Evaluates the config a unit or stack starts from, within a fresh budget. */
  async start({ dir, file, rec, values, stack }: Start): Promise<Config | undefined> {
    const root = newRoot(this.tally);
    const ctx: ConfigContext = {
      unitDir: dir,
      terragruntDir: dir,
      chain: [],
      shared: false,
      root,
      outer: [],
      values: values ?? this.valuesFile(dir, rec),
      stack,
    };
    const config = await this.evaluate(file, ctx, rec);
    reportExhausted(root, file, rec);
    return config;
  }

  /** Evaluates `file`; undefined (with a 'parse' issue) when it cannot be parsed. */
  async evaluate(file: string, ctx: ConfigContext, rec: Recorder): Promise<Config | undefined> {
    if (ctx.root.budget.evaluation()) return undefined;
    const parsed = await this.files.hcl(file);
    if (!parsed.ok) {
      rec.issue(file, `cannot parse ${file}: ${parsed.error}`, 'parse');
      return undefined;
    }
    const scope = new ConfigScope(file, ctx, this.files, rec, parsed.body, this.functions);
    const includes = ctx.stack ? [] : await this.includes(parsed.body, scope);
    scope.included = includes;
    const body: ValueMap = { locals: await scope.allLocals() };
    for (const [key, raw] of Object.entries(parsed.body)) {
      if (key !== 'locals' && key !== 'include') body[key] = await scope.json(raw);
    }
    return { file, rec, body, raw: parsed.body, includes, scope };
  }

  private async includes(raw: JsonMap, scope: ConfigScope): Promise<Config[]> {
    const blocks = blockBodies<Json>(raw.include);
    const bare = blocks.filter((block) => block.label === '').length;
    if (bare > 1)
      scope.rec.issue(
        scope.file,
        `${scope.file} has ${bare} include blocks without a label, which Terragrunt refuses; give each a label (include "root" { ... }).`,
      );
    const configs: Config[] = [];
    for (const { label, body } of blocks) {
      const hop = label ? `include "${label}"` : 'include';
      const path = scope.requirePath(await scope.json(body.path ?? null), `${hop} path`);
      const file = path === undefined ? undefined : this.target(scope, path, hop);
      if (file === undefined) continue;
      scope.rec.ref(file, hop);
      scope.includes.set(label, { file });
      const included = await this.included(file, label, scope, hop);
      if (!included) continue;
      scope.includes.set(label, { file, body: exposedBody(included.body) });
      configs.push(included);
    }
    return configs;
  }

  /** An included config, evaluated once per unit however many paths include it. */
  private async included(file: string, label: string, scope: ConfigScope, hop: string) {
    const key = `${file}\u0000${label}`;
    const known = scope.ctx.root.includes.get(key);
    if (known) {
      scope.rec.link(known.trail, hop);
      return known.config;
    }
    const stop = nestingProblem(scope, file, hop);
    if (stop) return void scope.rec.issue(scope.file, stop);
    const trail = newTrail();
    scope.rec.link(trail, hop);
    const ctx: ConfigContext = {
      ...scope.ctx,
      includedAs: { name: label, file },
      chain: [...scope.ctx.chain, scope.file],
      outer: [...scope.ctx.outer, scope],
    };
    const config = await this.evaluate(file, ctx, new Recorder([], trail));
    scope.ctx.root.includes.set(key, { config, trail });
    return config;
  }

  /** A repository path for a config path, reporting ones outside the repository. */
  private target(scope: ConfigScope, path: string, what: string): string | undefined {
    const file = resolveRepo(scope.ctx.terragruntDir, path);
    if (file === undefined)
      scope.unresolved(`${what} "${path}"`, 'the path is outside the repository');
    return file;
  }

  /** `values` read from the unit's terragrunt.values.hcl, when it has one, on first use. */
  private valuesFile(dir: string, rec: Recorder): ValuesSource {
    let values: Promise<Value> | undefined;
    const file = joinRepo(dir, 'terragrunt.values.hcl');
    return () =>
      (values ??= (async () => {
        if ((await this.files.kind(file)) !== 'file')
          return new Unknown(`values: there is no ${file}`, 'error');
        rec.ref(file, 'values');
        const ctx = { unitDir: dir, terragruntDir: dir, chain: [], shared: false };
        const config = await this.evaluate(
          file,
          { ...ctx, root: newRoot(this.tally), outer: [] },
          rec,
        );
        if (!config) return new Unknown(`${file} could not be parsed`, 'error');
        const attributes = { ...config.body };
        delete attributes.locals;
        return attributes;
      })());
  }
}
