import type { GraphProblem, Reference } from '@infra-fleet/git';
import type { MockOutputs } from './unit.js';

export type { GraphProblem, MockOutputs, Reference };

export interface TerragruntUnit {
  /** Repository-relative unit dir, e.g. 'infrastructure/environments/staging/eks'. */
  dir: string;
  /** The environment name, or 'permanent' for units under <root>/permanent/. */
  target: string;
  /** Every file the unit depends on, its own terragrunt.hcl first (via: []). */
  references: Reference[];
  /** Unit dirs named by dependency / dependencies blocks. */
  dependencies: string[];
  /** Dependency blocks that declare mock_outputs. */
  mockOutputs: MockOutputs[];
}

export interface TerragruntGraph {
  root: string;
  units: TerragruntUnit[];
  problems: GraphProblem[];
}
