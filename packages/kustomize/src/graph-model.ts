import type { GraphProblem, Reference } from '@infra-fleet/git';

export type { GraphProblem, Reference };

export interface KustomizeNode {
  /** Repository-relative dir, e.g. 'k8s/overlays/staging' or 'k8s/clusters/staging'. */
  dir: string;
  /** The environment: the dir name under overlays/ or clusters/. */
  target: string;
  /** Every local file the node includes, recursively, its own kustomization file first. */
  references: Reference[];
  /** Remote references (URLs, git::, github.com/...), which are not followed. */
  remote: string[];
}

export interface KustomizeGraph {
  root: string;
  nodes: KustomizeNode[];
  problems: GraphProblem[];
}

/** How a referenced path is followed. */
export type Expect =
  | 'resource' // a manifest file, or a dir holding a kustomization
  | 'plugin' // a generator/transformer/validator config file, or a kustomization dir
  | 'file' // a file read as is (patch, env file, values file...)
  | 'tree' // every file under a dir (helm chart home)
  | 'optional-tree' // the same, but absence is fine (charts pulled from a repo)
  | 'flux'; // a Flux Kustomization spec.path: a kustomization dir, or manifests to generate one from

/** One path a kustomization (or a config it loads) names; `hop` is how it was named. */
export interface RefSpec {
  hop: string;
  path: string;
  expect: Expect;
}
