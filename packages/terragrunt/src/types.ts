import type { GraphProblem, Reference } from '@infra-fleet/git';
import type { MockOutputs } from './unit.js';

export type { GraphProblem, MockOutputs, Reference };

/**
 * A node of the graph: a unit (a dir holding terragrunt.hcl), or a stack (a dir holding
 * terragrunt.stack.hcl) standing for every unit it generates under .terragrunt-stack/.
 */
export interface TerragruntUnit {
  kind: 'unit' | 'stack';
  /** Repository-relative unit or stack dir, e.g. 'infrastructure/environments/staging/eks'. */
  dir: string;
  /** The environment name, or 'permanent' for units under <root>/permanent/. */
  target: string;
  /**
   * Every file the node depends on, its own terragrunt.hcl (or terragrunt.stack.hcl) first
   * (via: []). A stack's include its units' local sources (every file) and what each generated
   * unit reads, evaluated from its generated dir, mapped back to the files it is copied from.
   */
  references: Reference[];
  /**
   * Node dirs named by dependency / dependencies blocks. A dependency on a unit a stack
   * generates is one on that stack; a stack's dependencies on its own units are left out.
   */
  dependencies: string[];
  /** Dependency blocks that declare mock_outputs (in a stack: "<generated unit path>/<label>"). */
  mockOutputs: MockOutputs[];
}

export interface TerragruntGraph {
  root: string;
  units: TerragruntUnit[];
  problems: GraphProblem[];
}
