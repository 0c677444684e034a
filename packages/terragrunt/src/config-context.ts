import { Budget, type Tally } from './budget.js';
import type { ConfigScope } from './config-scope.js';
import type { JsonMap } from './files.js';
import type { Recorder, Trail } from './trail.js';
import { Unknown, type Value, type ValueMap } from './values.js';
import type { Json } from './files.js';

/** One evaluated Terragrunt config file and the files it includes, in block order. */
export interface Config {
  file: string;
  /** Records into this file's own trail, which its includer links to. */
  rec: Recorder;
  /** Every attribute and block, evaluated; `locals` is a map. */
  body: ValueMap;
  /** The parsed file, for what callers evaluate themselves (a stack file's includes). */
  raw: JsonMap;
  includes: Config[];
  scope: ConfigScope;
}

/**
 * One evaluation that starts from a unit, a stack file or a shared read: what it may still
 * spend, the includes it already evaluated, and whether its result depends on the unit.
 */
export interface EvaluationRoot {
  budget: Budget;
  includes: Map<string, { config?: Config; trail: Trail }>;
  /** Set when the evaluation used the unit's identity (get_original_terragrunt_dir, values...). */
  usesUnit: boolean;
}

export function newRoot(tally: Tally): EvaluationRoot {
  return { budget: new Budget(tally), includes: new Map(), usesUnit: false };
}

/** The values a unit or stack sees as `values.*`: given by its stack, or its terragrunt.values.hcl. */
export type ValuesSource = () => Promise<Value>;

/** How the file being evaluated was reached; Terragrunt resolves most paths against the unit. */
export interface ConfigContext {
  /** The config that started the evaluation (get_original_terragrunt_dir). */
  unitDir: string;
  /** The dir of Terragrunt's "current config": the unit, or a file read by read_terragrunt_config. */
  terragruntDir: string;
  /** Set when this file is evaluated as an include target: the include block that named it. */
  includedAs?: { name: string; file: string };
  /** Files being evaluated above this one, to stop include/read cycles and bound depth. */
  chain: string[];
  /** True inside read_terragrunt_config, whose results are cached unless they depend on the unit. */
  shared: boolean;
  root: EvaluationRoot;
  /** The scopes above this file, outermost first: a feature block there overrides ours. */
  outer: ConfigScope[];
  values?: ValuesSource;
  /** Evaluating a terragrunt.stack.hcl: unit.<name>.path and stack.<name>.path are known. */
  stack?: boolean;
}

/** The block bodies hcl2json gives for `name { }` (a list) or `name "label" { }` (a map of lists). */
export function blockBodies<T extends Value | Json>(
  raw: T | undefined,
): Array<{ label: string; body: Record<string, T> }> {
  if (Array.isArray(raw))
    return raw.filter(isBody).map((body) => ({ label: '', body: body as Record<string, T> }));
  if (!isBody(raw)) return [];
  return Object.entries(raw).flatMap(([label, inner]) =>
    blockBodies(inner as T).map((block) => ({
      label: block.label ? `${label}.${block.label}` : label,
      body: block.body,
    })),
  );
}

function isBody(raw: unknown): raw is Record<string, unknown> {
  return (
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) && !(raw instanceof Unknown)
  );
}
