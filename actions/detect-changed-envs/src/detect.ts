import { pathLabel, touchedPaths, type Change } from './changed-files.js';
import { indexDomain, type DomainIndex } from './graph-index.js';
import type { Layout } from './layout.js';
import { DOMAINS, type Domain, type GraphProblem, type TreeGraphs } from './model.js';
import { isDocs, parentDirs } from './paths.js';

export interface DetectInput {
  changes: readonly Change[];
  /** The head's graphs, then the base's when there is a base. */
  trees: readonly TreeGraphs[];
  layout: Layout;
  /** The targets that may be reported, per domain, in report order. */
  universe: Record<Domain, string[]>;
  /** Set when there is nothing to compare with: every target is reported, for this reason. */
  everything?: string;
  failClosed: boolean;
}

/** Why one target is affected: `file -> hops... -> target`. */
export interface Hit {
  file: string;
  label: string;
  /** From the file towards the target, ending with the node (unit, overlay or folder). */
  hops: string[];
  node: string;
  target: string;
  /** The apps of the overlay reached; absent when the hit concerns the whole environment. */
  apps?: string[];
}

export interface Finding {
  target: string;
  domain: Domain;
  files: string[];
  chains: string[];
  /** k8s with {app} overlays: the apps affected in this environment. */
  apps?: string[];
  /** infrastructure: the environment's folders the change reaches (one run each). */
  paths?: string[];
}

export interface Detection {
  findings: Finding[];
  /** Non-empty when something was reported because it could not be ruled out. */
  fallbackReasons: string[];
  warnings: string[];
  /** Documentation-only paths that affect nothing. */
  ignored: string[];
  /** Paths no graph, node folder or target folder claims. */
  unattributed: string[];
}

export const chainOf = (hit: Hit): string => [hit.label, ...hit.hops, hit.target].join(' -> ');

const appsOf = (apps: string[] | undefined) => (apps === undefined ? {} : { apps });

function referenceHits(index: DomainIndex, path: string, label: string): Hit[] {
  return (index.byFile.get(path) ?? []).map(({ node, via }) => ({
    file: path,
    label,
    hops: [...[...via].reverse(), node.dir],
    node: node.dir,
    target: node.target,
    ...appsOf(node.apps),
  }));
}

/** Fail closed for files nobody references but that sit in a node's or a target's folder. */
function folderHit(domain: Domain, input: DetectInput, index: DomainIndex, path: string) {
  const node = parentDirs(path)
    .map((dir) => index.byDir.get(dir))
    .find(Boolean);
  const label = path;
  if (node) {
    const hops = ['unreferenced file in its folder', node.dir];
    return { file: path, label, hops, node: node.dir, target: node.target, ...appsOf(node.apps) };
  }
  const folder = input.layout.targetFolder(domain, path);
  if (!folder) return undefined;
  const hops = ['unreferenced file in the target folder', folder.folder];
  const { target, apps } = folder;
  return { file: path, label, hops, node: folder.folder, target, ...appsOf(apps) };
}

function pathHits(domain: Domain, input: DetectInput, index: DomainIndex, change: Change): Hit[] {
  return touchedPaths(change).flatMap((path) => {
    const hits = referenceHits(index, path, pathLabel(change, path));
    if (hits.length > 0 || isDocs(path)) return hits;
    const folder = folderHit(domain, input, index, path);
    return folder ? [{ ...folder, label: pathLabel(change, path) }] : [];
  });
}

/** Units that depend on an affected unit are affected too, transitively. */
function dependentHits(index: DomainIndex, direct: readonly Hit[]): Hit[] {
  const reached = new Map<string, Hit>();
  for (const hit of direct) if (!reached.has(hit.node)) reached.set(hit.node, hit);
  const queue = [...reached.values()];
  const added: Hit[] = [];
  for (let hit = queue.shift(); hit; hit = queue.shift()) {
    for (const dependent of index.dependents.get(hit.node) ?? []) {
      if (reached.has(dependent.dir)) continue;
      const next: Hit = {
        file: hit.file,
        label: hit.label,
        hops: [...hit.hops, `dependency of ${dependent.dir}`],
        node: dependent.dir,
        target: dependent.target,
        ...appsOf(dependent.apps),
      };
      reached.set(dependent.dir, next);
      queue.push(next);
      added.push(next);
    }
  }
  return added;
}

function problemTargets(
  problem: GraphProblem,
  domain: Domain,
  input: DetectInput,
  index: DomainIndex,
): string[] {
  if (problem.scope === 'node' && problem.node !== undefined) {
    const target =
      index.byDir.get(problem.node)?.target ??
      input.layout.targetFolder(domain, problem.node, 'dir')?.target;
    if (target !== undefined) return [target];
  }
  return input.universe[domain];
}

interface DomainResult {
  hits: Hit[];
  fallbackReasons: string[];
  warnings: string[];
}

function problemHits(domain: Domain, input: DetectInput, index: DomainIndex): DomainResult {
  const result: DomainResult = { hits: [], fallbackReasons: [], warnings: [] };
  const relevant = input.changes.some((change) => touchedPaths(change).some((p) => !isDocs(p)));
  for (const problem of index.problems) {
    const text = `${problem.file}: ${problem.message}`;
    if (!input.failClosed || !relevant) {
      result.warnings.push(
        `${domain} graph problem (${input.failClosed ? 'no code changed' : 'fail-closed is off'}): ${text}`,
      );
      continue;
    }
    result.fallbackReasons.push(text);
    for (const target of problemTargets(problem, domain, input, index)) {
      const node = problem.node ?? (input.layout.roots[domain] || '.');
      const hops = [`${problem.message} (failing closed)`, node];
      result.hits.push({ file: problem.file, label: problem.file, hops, node, target });
    }
  }
  return result;
}

function everythingHits(domain: Domain, input: DetectInput, reason: string): Hit[] {
  return input.universe[domain].map((target) => ({
    file: '',
    label: `no base (${reason})`,
    hops: [],
    node: input.layout.roots[domain] || '.',
    target,
  }));
}

function domainHits(domain: Domain, input: DetectInput): DomainResult {
  if (input.everything !== undefined) {
    const hits = everythingHits(domain, input, input.everything);
    return { hits, fallbackReasons: [], warnings: [] };
  }
  const index = indexDomain(input.trees, domain);
  const direct = input.changes.flatMap((change) => pathHits(domain, input, index, change));
  const problems = problemHits(domain, input, index);
  const reached = [...direct, ...problems.hits];
  const hits = [...reached, ...dependentHits(index, reached)];
  return { ...problems, hits };
}

/** The apps of each environment's overlays, at base or head. */
function appsByTarget(trees: readonly TreeGraphs[]): Map<string, Set<string>> {
  const apps = new Map<string, Set<string>>();
  for (const node of trees.flatMap((tree) => tree.k8s.nodes)) {
    if (node.apps === undefined) continue;
    const set = apps.get(node.target) ?? new Set<string>();
    node.apps.forEach((app) => set.add(app));
    apps.set(node.target, set);
  }
  return apps;
}

/**
 * A hit names its app when it reached one overlay. A file reached only without an app (a
 * cluster folder's own file, a problem, no base) concerns every app of the environment; one a
 * cluster reaches through an app's overlay (Flux spec.path) concerns that app.
 */
function affectedApps(hits: readonly Hit[], all: ReadonlySet<string> | undefined) {
  if (!all) return undefined;
  const viaApp = new Set(hits.filter((hit) => hit.apps !== undefined).map((hit) => hit.file));
  if (hits.some((hit) => hit.apps === undefined && (hit.file === '' || !viaApp.has(hit.file))))
    return [...all].sort();
  return [...new Set(hits.flatMap((hit) => hit.apps ?? []))].sort();
}

/** The target's folders the hits reach; every folder of the target when one hit is not in one. */
function targetPaths(domain: Domain, target: string, hits: readonly Hit[], input: DetectInput) {
  const folderOf = (dir: string) => input.layout.targetFolder(domain, dir, 'dir')?.folder;
  const reached = hits.map((hit) => folderOf(hit.node));
  if (reached.every((folder) => folder !== undefined)) return [...new Set(reached)].sort();
  const nodes = input.trees
    .flatMap((tree) => tree[domain].nodes)
    .filter((n) => n.target === target);
  return [...new Set(nodes.flatMap((node) => folderOf(node.dir) ?? []))].sort();
}

function findings(domain: Domain, hits: readonly Hit[], input: DetectInput): Finding[] {
  const apps = domain === 'k8s' ? appsByTarget(input.trees) : new Map<string, Set<string>>();
  return input.universe[domain].flatMap((target) => {
    const own = hits.filter((hit) => hit.target === target);
    if (own.length === 0) return [];
    const files = [...new Set(own.map((hit) => hit.file).filter(Boolean))];
    const chains = [...new Set(own.map(chainOf))];
    const affected = affectedApps(own, apps.get(target));
    const paths = domain === 'infrastructure' ? targetPaths(domain, target, own, input) : [];
    return [
      {
        target,
        domain,
        files,
        chains,
        ...(affected && { apps: affected }),
        ...(paths.length > 0 && { paths }),
      },
    ];
  });
}

function leftovers(input: DetectInput, hits: readonly Hit[]) {
  const claimed = new Set(hits.map((hit) => hit.file));
  const paths = [...new Set(input.changes.flatMap(touchedPaths))].filter((p) => !claimed.has(p));
  return {
    ignored: paths.filter((path) => isDocs(path)),
    unattributed: input.everything === undefined ? paths.filter((path) => !isDocs(path)) : [],
  };
}

/** Terragrunt and Kustomize files, whose change matters wherever they are. */
const CONFIG_FILE =
  /(^|\/)(terragrunt(\.stack)?\.hcl|[^/]+\.(tf|tofu|tfvars)|kustomization\.ya?ml|Kustomization)$/;

const under = (root: string, path: string) => root === '' || path.startsWith(`${root}/`);

/**
 * Fail closed when the layout cannot account for a change: files changed under a root where no
 * environment was found, or Terragrunt/Kustomize files changed outside both roots.
 */
function layoutReasons(input: DetectInput, unattributed: readonly string[]): string[] {
  if (input.everything !== undefined || !input.failClosed) return [];
  const paths = [...new Set(input.changes.flatMap(touchedPaths))].filter((p) => !isDocs(p));
  const reasons: string[] = [];
  for (const domain of DOMAINS) {
    const root = input.layout.roots[domain];
    const changed = paths.find((path) => under(root, path));
    if (input.universe[domain].length > 0 || changed === undefined) continue;
    reasons.push(
      `${domain}: no environment was found under ${root || '.'}, yet ${changed} changed there; describe the layout in infra-fleet.yaml`,
    );
  }
  const { infrastructure, k8s } = input.layout.roots;
  const outside = (path: string) => !under(infrastructure, path) && !under(k8s, path);
  const stray = unattributed.find((path) => CONFIG_FILE.test(path) && outside(path));
  if (stray) {
    reasons.push(
      `${stray} changed outside the infrastructure root (${infrastructure || '.'}) and the k8s root (${k8s || '.'}); describe the layout in infra-fleet.yaml`,
    );
  }
  return reasons;
}

/** Which targets a change affects, per domain, and why. Pure: data in, data out. */
export function detect(input: DetectInput): Detection {
  const results = DOMAINS.map((domain) => ({ domain, ...domainHits(domain, input) }));
  const all = results.flatMap((result) => result.hits);
  const fallbackReasons = results.flatMap((result) =>
    result.fallbackReasons.map((reason) => `${result.domain}: ${reason}`),
  );
  if (input.everything !== undefined) fallbackReasons.unshift(input.everything);
  const rest = leftovers(input, all);
  fallbackReasons.push(...layoutReasons(input, rest.unattributed));
  return {
    findings: results.flatMap((result) => findings(result.domain, result.hits, input)),
    fallbackReasons,
    warnings: results.flatMap((result) => result.warnings),
    ...rest,
  };
}
