/** The shapes detection works on; the graph packages' results are mapped onto them. */

export type Domain = 'infrastructure' | 'k8s';
export const DOMAINS: readonly Domain[] = ['infrastructure', 'k8s'];

/** The shared infrastructure target of the default layout (infrastructure/permanent/). */
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
  /** The apps an overlay serves (infra-fleet.yaml apps); absent for cluster folders. */
  apps?: string[];
}

export interface DomainGraph {
  nodes: GraphNode[];
  problems: GraphProblem[];
  /** Targets found in the tree: environments holding a node, and shared folders. */
  targets: string[];
}

/** Both domains' graphs of one commit. */
export type TreeGraphs = Record<Domain, DomainGraph>;
