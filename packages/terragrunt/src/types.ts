/** One dependency of a node: the file, and the hops from the node's own config to it. */
export interface Reference {
  file: string;
  via: string[];
}

/**
 * Something the graph could not parse or follow. 'node' affects only that node (fail closed
 * for it); 'all' means the graph cannot tell which nodes are affected.
 */
export interface GraphProblem {
  file: string;
  message: string;
  scope: 'node' | 'all';
  node?: string;
}

export interface TerragruntUnit {
  /** Repository-relative unit dir, e.g. 'infrastructure/environments/staging/eks'. */
  dir: string;
  /** The environment name, or 'permanent' for units under <root>/permanent/. */
  target: string;
  /** Every file the unit depends on, its own terragrunt.hcl first (via: []). */
  references: Reference[];
  /** Unit dirs named by dependency / dependencies blocks. */
  dependencies: string[];
}

export interface TerragruntGraph {
  root: string;
  units: TerragruntUnit[];
  problems: GraphProblem[];
}
