import type { Layout } from './layout.js';
import { DOMAINS, type Domain, type TreeGraphs } from './model.js';

export interface Universe {
  /** Targets that may be reported, per domain, in report order. */
  byDomain: Record<Domain, string[]>;
  /** Every target once, in report order. */
  order: string[];
  /** Names given in the environments input that neither tree has. */
  unknown: string[];
  /** Environments infra-fleet.yaml declares that neither tree has. */
  undeclared: string[];
}

/** Declared environments in their order, then the others by name, shared targets last. */
function reportOrder(layout: Layout): (a: string, b: string) => number {
  const declared = layout.fleet.environments ?? [];
  const rank = (name: string) => {
    if (layout.shared.includes(name)) return [2, layout.shared.indexOf(name)] as const;
    if (declared.includes(name)) return [0, declared.indexOf(name)] as const;
    return [1, 0] as const;
  };
  return (a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0] - rb[0] || ra[1] - rb[1] || a.localeCompare(b);
  };
}

/**
 * The targets found at head and base (a target deleted by the change is still reported),
 * narrowed to the environments input when given, in its order.
 */
export function targetUniverse(
  trees: readonly TreeGraphs[],
  layout: Layout,
  narrow?: readonly string[],
): Universe {
  const order = reportOrder(layout);
  const discovered = (domain: Domain) =>
    [...new Set(trees.flatMap((tree) => tree[domain].targets))].sort(order);
  const found = { infrastructure: discovered('infrastructure'), k8s: discovered('k8s') };
  const everyone = [...new Set([...found.infrastructure, ...found.k8s])].sort(order);
  const undeclared = (layout.fleet.environments ?? []).filter((name) => !everyone.includes(name));
  if (!narrow) return { byDomain: found, order: everyone, unknown: [], undeclared };
  const keep = (domain: Domain) => narrow.filter((name) => found[domain].includes(name));
  const byDomain = Object.fromEntries(DOMAINS.map((domain) => [domain, keep(domain)])) as Record<
    Domain,
    string[]
  >;
  const unknown = narrow.filter((name) => !everyone.includes(name));
  return { byDomain, order: narrow.filter((name) => everyone.includes(name)), unknown, undeclared };
}
