import { reportExhausted, type Tally } from './budget.js';
import { newRoot, type ConfigContext } from './config-context.js';
import type { ConfigScope } from './config-scope.js';
import { exposedBody } from './expose.js';
import { dirOf } from './paths.js';
import { newTrail, Recorder, type Trail } from './trail.js';
import { Unknown, type Value, type ValueMap } from './values.js';

/** Evaluates a config file; undefined when it cannot be parsed (the trail says why). */
export type Evaluate = (
  file: string,
  ctx: ConfigContext,
  rec: Recorder,
) => Promise<{ body: ValueMap } | undefined>;

interface ReadResult {
  value: Value;
  trail: Trail;
  usesUnit: boolean;
}

/**
 * read_terragrunt_config results, evaluated once per file in the read file's own context and
 * shared by every reader: unless the file uses the unit's identity (get_original_terragrunt_dir,
 * values, the unit's feature flags), then once per unit. Only finished results are shared, so
 * concurrent units never wait on one another.
 */
export class ReadCache {
  private readonly shared = new Map<string, ReadResult>();
  private readonly perUnit = new Map<string, ReadResult>();

  constructor(
    private readonly tally: Tally,
    private readonly evaluate: Evaluate,
  ) {}

  async read(file: string, scope: ConfigScope, hop: string): Promise<Value> {
    const key = `${file}\u0000${scope.ctx.unitDir}`;
    const found =
      this.shared.get(file) ?? this.perUnit.get(key) ?? (await this.evaluated(file, scope));
    if (found.usesUnit) scope.ctx.root.usesUnit = true;
    scope.rec.link(found.trail, hop);
    return found.value;
  }

  private async evaluated(file: string, scope: ConfigScope): Promise<ReadResult> {
    const trail = newTrail();
    const rec = new Recorder([], trail);
    const ctx: ConfigContext = {
      unitDir: scope.ctx.unitDir,
      terragruntDir: dirOf(file),
      // A cycle found below this file is one through it, whoever reads it first.
      chain: [...scope.ctx.chain, scope.file],
      shared: true,
      root: newRoot(this.tally),
      outer: [...scope.ctx.outer, scope],
      values: scope.ctx.values,
    };
    const config = await this.evaluate(file, ctx, rec);
    reportExhausted(ctx.root, file, rec);
    const value = config
      ? exposedBody(config.body)
      : new Unknown(`${file} could not be parsed`, 'error');
    const found = { value, trail, usesUnit: ctx.root.usesUnit };
    if (found.usesUnit) this.perUnit.set(`${file}\u0000${scope.ctx.unitDir}`, found);
    else this.shared.set(file, found);
    return found;
  }
}
