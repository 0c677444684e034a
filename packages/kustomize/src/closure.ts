import type { TreeReader } from '@infra-fleet/git';
import { buildKustomizeGraph } from './graph.js';

export type OverlayClosure =
  { complete: true; files: string[] } | { complete: false; reason: string };

/**
 * Every file `kubectl kustomize <overlayDir>` reads, from the file-reference graph: its
 * kustomization, resources, bases (`../../base`, siblings), components, patches, generator
 * files. Incomplete (with the reason) when the graph could not follow something or the overlay
 * names remote bases: then render with the whole tree.
 */
export async function overlayClosure(reader: TreeReader, overlay: string): Promise<OverlayClosure> {
  const overlayDir = overlay === '.' ? '' : overlay;
  const graph = await buildKustomizeGraph(reader, '', [{ dir: overlayDir, target: 'overlay' }]);
  const node = graph.nodes.find((candidate) => candidate.dir === overlayDir);
  if (!node) return { complete: false, reason: `${overlayDir || '.'} holds no kustomization` };
  const problem = graph.problems.find((p) => p.scope === 'all' || p.node === overlayDir);
  if (problem) return { complete: false, reason: `${problem.file}: ${problem.message}` };
  if (node.remote.length > 0)
    return { complete: false, reason: `remote bases: ${node.remote.join(', ')}` };
  return { complete: true, files: [...new Set(node.references.map((ref) => ref.file))].sort() };
}
