import { DOMAINS, PERMANENT, type Domain, type TreeGraphs } from './model.js';

export interface Universe {
  /** Targets that may be reported, per domain, in report order. */
  byDomain: Record<Domain, string[]>;
  /** Every target once, in report order. */
  order: string[];
  /** Names given in the environments input that neither tree has. */
  unknown: string[];
}

/** Environments alphabetically, permanent last. */
function reportOrder(a: string, b: string): number {
  if (a === PERMANENT || b === PERMANENT) return Number(a === PERMANENT) - Number(b === PERMANENT);
  return a.localeCompare(b);
}

/**
 * The targets found at head and base (a target deleted by the change is still reported),
 * narrowed to the environments input when given, in its order.
 */
export function targetUniverse(trees: readonly TreeGraphs[], narrow?: readonly string[]): Universe {
  const discovered = (domain: Domain) =>
    [...new Set(trees.flatMap((tree) => tree[domain].targets))].sort(reportOrder);
  const found = { infrastructure: discovered('infrastructure'), k8s: discovered('k8s') };
  const everyone = [...new Set([...found.infrastructure, ...found.k8s])].sort(reportOrder);
  if (!narrow) return { byDomain: found, order: everyone, unknown: [] };
  const keep = (domain: Domain) => narrow.filter((name) => found[domain].includes(name));
  const byDomain = Object.fromEntries(DOMAINS.map((domain) => [domain, keep(domain)])) as Record<
    Domain,
    string[]
  >;
  const unknown = narrow.filter((name) => !everyone.includes(name));
  return { byDomain, order: narrow.filter((name) => everyone.includes(name)), unknown };
}
