import { discoverFolders, isName } from '@infra-fleet/fleet';
import type { TreeReader } from '@infra-fleet/git';
import { buildKustomizeGraph, type NodeFolder } from '@infra-fleet/kustomize';
import { buildTerragruntGraph } from '@infra-fleet/terragrunt';
import { servedApps, type Layout } from './layout.js';
import type { DomainGraph, GraphNode, TreeGraphs } from './model.js';

/** A folder whose name would become a target but is not a valid name: never reported as one. */
export interface InvalidTarget {
  folder: string;
  message: string;
}

export interface TreeScan {
  graphs: TreeGraphs;
  invalid: InvalidTarget[];
  /** Units no environment pattern or shared folder claims. */
  outside: string[];
}

async function isDir(reader: TreeReader, dir: string): Promise<boolean> {
  return dir === '' || (await reader.listDir(dir)) !== undefined;
}

/** A graph that could not be built at all: every target of its domain is in doubt. */
function failedGraph(root: string, what: string, error: unknown): DomainGraph {
  const detail = error instanceof Error ? error.message : String(error);
  const message = `could not build the ${what} graph: ${detail}`;
  return { nodes: [], targets: [], problems: [{ file: root || '.', message, scope: 'all' }] };
}

const EMPTY: DomainGraph = { nodes: [], problems: [], targets: [] };

async function sharedTargets(reader: TreeReader, layout: Layout): Promise<string[]> {
  const root = layout.roots.infrastructure;
  const folders = (await reader.listDir(root)) ?? [];
  return layout.shared.filter((name) =>
    folders.some((entry) => entry.name === name && entry.kind === 'dir'),
  );
}

async function terragrunt(reader: TreeReader, layout: Layout, scan: TreeScan) {
  const root = layout.roots.infrastructure;
  if (!(await isDir(reader, root))) return EMPTY;
  try {
    const graph = await buildTerragruntGraph(reader, root);
    const nodes: GraphNode[] = [];
    for (const unit of graph.units) {
      const folder = layout.targetFolder('infrastructure', unit.dir, 'dir');
      if (!folder) scan.outside.push(unit.dir);
      else if (!isName(folder.target)) scan.invalid.push(invalidName(folder.folder));
      else nodes.push({ ...unit, target: folder.target });
    }
    const targets = [
      ...new Set([...nodes.map((n) => n.target), ...(await sharedTargets(reader, layout))]),
    ];
    return { nodes, problems: graph.problems, targets };
  } catch (error) {
    return failedGraph(root, 'Terragrunt', error);
  }
}

function invalidName(folder: string): InvalidTarget {
  const message = 'its name is not a valid environment name';
  return { folder, message };
}

/** The folders the overlay and cluster patterns match, with the app each serves. */
async function k8sFolders(reader: TreeReader, layout: Layout, scan: TreeScan) {
  const folders = new Map<string, NodeFolder>();
  const apps = new Map<string, string[]>();
  for (const rule of layout.k8sPatterns) {
    const found = await discoverFolders(reader, layout.roots.k8s, rule.pattern);
    scan.invalid.push(...found.invalid);
    for (const match of found.matches) {
      if (folders.has(match.folder)) continue;
      folders.set(match.folder, { dir: match.folder, target: match.env });
      const served = servedApps(rule, match.app);
      if (served) apps.set(match.folder, served);
    }
  }
  return { folders: [...folders.values()], apps };
}

async function kustomize(reader: TreeReader, layout: Layout, scan: TreeScan) {
  const root = layout.roots.k8s;
  if (!(await isDir(reader, root))) return EMPTY;
  try {
    const { folders, apps } = await k8sFolders(reader, layout, scan);
    const graph = await buildKustomizeGraph(reader, root, folders);
    const nodes = graph.nodes.map((node): GraphNode => {
      const served = apps.get(node.dir);
      return { ...node, dependencies: [], ...(served && { apps: served }) };
    });
    const targets = [...new Set(nodes.map((node) => node.target))];
    return { nodes, problems: graph.problems, targets };
  } catch (error) {
    return failedGraph(root, 'Kustomize', error);
  }
}

/** Both domains' graphs of the commit `reader` shows, mapped onto the user's layout. */
export async function scanTree(reader: TreeReader, layout: Layout): Promise<TreeScan> {
  const scan: TreeScan = {
    graphs: { infrastructure: EMPTY, k8s: EMPTY },
    invalid: [],
    outside: [],
  };
  const [infrastructure, k8s] = await Promise.all([
    terragrunt(reader, layout, scan),
    kustomize(reader, layout, scan),
  ]);
  scan.graphs = { infrastructure, k8s };
  return scan;
}
