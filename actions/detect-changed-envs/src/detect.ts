import { pathLabel, touchedPaths, type Change } from './changed-files.js';
import { indexDomain, type DomainIndex } from './graph-index.js';
import { DOMAINS, type Domain, type GraphProblem, type Roots, type TreeGraphs } from './model.js';
import { isDocs, parentDirs, targetFolder } from './paths.js';

export interface DetectInput {
  changes: readonly Change[];
  /** The head's graphs, then the base's when there is a base. */
  trees: readonly TreeGraphs[];
  roots: Roots;
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
}

export interface Finding {
  target: string;
  domain: Domain;
  files: string[];
  chains: string[];
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

function referenceHits(index: DomainIndex, path: string, label: string): Hit[] {
  return (index.byFile.get(path) ?? []).map(({ node, via }) => ({
    file: path,
    label,
    hops: [...[...via].reverse(), node.dir],
    node: node.dir,
    target: node.target,
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
    return { file: path, label, hops, node: node.dir, target: node.target };
  }
  const folder = targetFolder(domain, input.roots, path);
  if (!folder) return undefined;
  const hops = ['unreferenced file in the target folder', folder.folder];
  return { file: path, label, hops, node: folder.folder, target: folder.target };
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
      const next = {
        ...hit,
        hops: [...hit.hops, `dependency of ${dependent.dir}`],
        node: dependent.dir,
        target: dependent.target,
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
      targetFolder(domain, input.roots, `${problem.node}/x`)?.target;
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
      const node = problem.node ?? input.roots[domain];
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
    node: input.roots[domain],
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

function findings(domain: Domain, hits: readonly Hit[], universe: readonly string[]): Finding[] {
  const byTarget = new Map(
    universe.map((target) => [target, { files: new Set<string>(), chains: new Set<string>() }]),
  );
  for (const hit of hits) {
    const sets = byTarget.get(hit.target);
    if (hit.file) sets?.files.add(hit.file);
    sets?.chains.add(chainOf(hit));
  }
  return [...byTarget]
    .filter(([, sets]) => sets.chains.size > 0)
    .map(([target, sets]) => ({
      target,
      domain,
      files: [...sets.files],
      chains: [...sets.chains],
    }));
}

function leftovers(input: DetectInput, hits: readonly Hit[]) {
  const claimed = new Set(hits.map((hit) => hit.file));
  const paths = [...new Set(input.changes.flatMap(touchedPaths))].filter((p) => !claimed.has(p));
  return {
    ignored: paths.filter((path) => isDocs(path)),
    unattributed: input.everything === undefined ? paths.filter((path) => !isDocs(path)) : [],
  };
}

/** Which targets a change affects, per domain, and why. Pure: data in, data out. */
export function detect(input: DetectInput): Detection {
  const results = DOMAINS.map((domain) => ({ domain, ...domainHits(domain, input) }));
  const all = results.flatMap((result) => result.hits);
  const fallbackReasons = results.flatMap((result) =>
    result.fallbackReasons.map((reason) => `${result.domain}: ${reason}`),
  );
  if (input.everything !== undefined) fallbackReasons.unshift(input.everything);
  return {
    findings: results.flatMap((result) =>
      findings(result.domain, result.hits, input.universe[result.domain]),
    ),
    fallbackReasons,
    warnings: results.flatMap((result) => result.warnings),
    ...leftovers(input, all),
  };
}
