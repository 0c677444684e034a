/** The shapes detection works on; the graph packages' results are mapped onto them. */

export type Domain = 'infrastructure' | 'k8s';
export const DOMAINS: readonly Domain[] = ['infrastructure', 'k8s'];

/** Infrastructure changes under <infrastructure-root>/permanent/ go to this target. */
export const PERMANENT = 'permanent';

import type { GraphProblem, Reference } from '@infra-fleet/git';

export type { GraphProblem, Reference };

/** A Terragrunt unit or a Kustomize overlay/cluster dir. */
export interface GraphNode {
  dir: string;
  target: string;
  references: Reference[];
  /** Node dirs this node depends on (Terragrunt dependency blocks). */
  dependencies: string[];
}

export interface DomainGraph {
  nodes: GraphNode[];
  problems: GraphProblem[];
  /** Targets found in the tree: environment folders, permanent/, and the nodes' targets. */
  targets: string[];
}

/** Both domains' graphs of one commit. */
export type TreeGraphs = Record<Domain, DomainGraph>;

export interface Roots {
  infrastructure: string;
  k8s: string;
}
