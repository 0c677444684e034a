import type { Domain, DomainGraph, GraphNode, TreeGraphs } from './model.js';

export interface ReferenceHit {
  node: GraphNode;
  via: string[];
}

/** One domain's graphs at base and head, merged for lookups by file and by node dir. */
export interface DomainIndex {
  byFile: Map<string, ReferenceHit[]>;
  byDir: Map<string, GraphNode>;
  dependents: Map<string, GraphNode[]>;
  problems: DomainGraph['problems'];
}

function addUnique<T>(map: Map<string, T[]>, key: string, value: T, seen: Set<string>, id: string) {
  if (seen.has(id)) return;
  seen.add(id);
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function indexNode(index: DomainIndex, node: GraphNode, seen: Set<string>): void {
  if (!index.byDir.has(node.dir)) index.byDir.set(node.dir, node);
  for (const reference of node.references) {
    const id = `ref\0${node.dir}\0${reference.file}\0${reference.via.join('\0')}`;
    addUnique(index.byFile, reference.file, { node, via: reference.via }, seen, id);
  }
  for (const dependency of node.dependencies) {
    addUnique(index.dependents, dependency, node, seen, `dep\0${node.dir}\0${dependency}`);
  }
}

/** Indexes a domain across trees (head first): references, nodes, dependents, problems. */
export function indexDomain(trees: readonly TreeGraphs[], domain: Domain): DomainIndex {
  const index: DomainIndex = {
    byFile: new Map(),
    byDir: new Map(),
    dependents: new Map(),
    problems: [],
  };
  const seen = new Set<string>();
  for (const tree of trees) {
    for (const node of tree[domain].nodes) indexNode(index, node, seen);
    for (const problem of tree[domain].problems) {
      const id = `problem\0${problem.file}\0${problem.message}\0${problem.scope}\0${problem.node}`;
      if (!seen.has(id)) index.problems.push(problem);
      seen.add(id);
    }
  }
  return index;
}
