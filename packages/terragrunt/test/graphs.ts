import { afterEach } from '@jest/globals';
import { fsTreeReader } from '@infra-fleet/git';
import {
  buildTerragruntGraph,
  Tally,
  type TerragruntGraph,
  type TerragruntUnit,
} from '../src/index.js';
import { tempTree } from './tree.js';

type Tree = Awaited<ReturnType<typeof tempTree>>;
let tree: Tree | undefined;
afterEach(async () => {
  await tree?.remove();
  tree = undefined;
});

/** The graph of `files` (rooted at infra/), with the work it took. */
export async function graphOf(
  files: Record<string, string>,
  tally = new Tally(),
  setup?: (tree: Tree) => Promise<void>,
): Promise<TerragruntGraph> {
  tree = await tempTree(files);
  await setup?.(tree);
  return buildTerragruntGraph(fsTreeReader(tree.root), 'infra', tally);
}

export function unit(graph: TerragruntGraph, dir: string): TerragruntUnit {
  const found = graph.units.find((candidate) => candidate.dir === `infra/${dir}`);
  if (!found) throw new Error(`no node ${dir} in ${graph.units.map((u) => u.dir).join(', ')}`);
  return found;
}

/** file -> via, with the infra/ prefix dropped for readability. */
export function refs(graph: TerragruntGraph, dir: string): Record<string, string[]> {
  return Object.fromEntries(
    unit(graph, dir).references.map((ref) => [ref.file.replace(/^infra\//, ''), ref.via]),
  );
}

/** "node: message" per problem, infra/ dropped. */
export function problems(graph: TerragruntGraph): string[] {
  return graph.problems.map(
    (p) => `${p.scope === 'all' ? 'ALL' : p.node!.replace(/^infra\//, '')}: ${p.message}`,
  );
}

export const ROOT_INCLUDE = 'include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\n';
