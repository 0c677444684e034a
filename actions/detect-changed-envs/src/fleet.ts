import { ActionError } from '@infra-fleet/action-kit';
import {
  didYouMean,
  FleetConfigError,
  loadFleetConfig,
  type ExplicitKey,
  type FleetConfig,
} from '@infra-fleet/fleet';
import type { TreeReader } from '@infra-fleet/git';
import type { Settings } from './inputs.js';
import type { Layout } from './layout.js';
import type { Domain, TreeGraphs } from './model.js';

/** infra-fleet.yaml at head (the layout detection applies to both ends), with input overrides. */
export async function fleetAt(reader: TreeReader, settings: Settings): Promise<FleetConfig> {
  let fleet: FleetConfig;
  try {
    fleet = await loadFleetConfig({ ...settings.config, read: (path) => reader.readText(path) });
  } catch (error) {
    if (!(error instanceof FleetConfigError)) throw error;
    throw new ActionError(error.message, error.hint === undefined ? {} : { hint: error.hint });
  }
  const explicit = new Set<ExplicitKey>(fleet.explicit);
  const { infrastructure, k8s } = settings.roots;
  if (infrastructure !== undefined) explicit.add('infrastructure.root');
  if (k8s !== undefined) explicit.add('k8s.root');
  return {
    ...fleet,
    infrastructure: { ...fleet.infrastructure, root: infrastructure ?? fleet.infrastructure.root },
    k8s: { ...fleet.k8s, root: k8s ?? fleet.k8s.root },
    explicit,
  };
}

const KEYS: Record<Domain, { root: ExplicitKey; patterns: ExplicitKey[]; input: string }> = {
  infrastructure: {
    root: 'infrastructure.root',
    patterns: ['infrastructure.environments', 'infrastructure.shared'],
    input: 'infrastructure-root',
  },
  k8s: { root: 'k8s.root', patterns: ['k8s.overlays', 'k8s.clusters'], input: 'k8s-root' },
};

async function folders(reader: TreeReader, dir: string, depth: number): Promise<string[]> {
  const entries = (await reader.listDir(dir)) ?? [];
  const names = entries
    .filter((e) => e.kind === 'dir' && !e.name.startsWith('.'))
    .map((e) => e.name);
  if (depth <= 1) return names.sort();
  const nested = await Promise.all(
    names.map(async (name) => [
      name,
      ...(await folders(reader, dir ? `${dir}/${name}` : name, depth - 1)).map(
        (child) => `${name}/${child}`,
      ),
    ]),
  );
  return nested.flat().sort();
}

function listed(names: string[]): string {
  if (names.length === 0) return 'none';
  return names.length > 20 ? `${names.slice(0, 20).join(', ')}, ...` : names.join(', ');
}

/**
 * A root or pattern the user gave (in infra-fleet.yaml or an input) that finds nothing is a
 * mistake to report, naming what does exist; a default that finds nothing is skipped.
 */
export async function checkExplicitLayout(
  reader: TreeReader,
  layout: Layout,
  trees: readonly TreeGraphs[],
): Promise<void> {
  const explicit = layout.fleet.explicit;
  for (const domain of ['infrastructure', 'k8s'] as const) {
    const keys = KEYS[domain];
    const root = layout.roots[domain];
    const given = explicit.has(keys.root) || keys.patterns.some((key) => explicit.has(key));
    if (!given || trees.some((tree) => tree[domain].targets.length > 0)) continue;
    const source = layout.fleet.file
      ? `${layout.fleet.file} or the ${keys.input} input`
      : `the ${keys.input} input`;
    if (root !== '' && (await reader.listDir(root)) === undefined) {
      const top = await folders(reader, '', 1);
      const guess = didYouMean(root, top);
      throw new ActionError(
        `The ${domain} root ${JSON.stringify(root)} (from ${source}) does not exist. Folders at the repository root: ${listed(top)}.`,
        {
          hint: guess
            ? `Did you mean ${JSON.stringify(guess)}?`
            : `Set ${keys.root} to the folder that holds your ${domain} tree.`,
        },
      );
    }
    const patterns =
      domain === 'infrastructure'
        ? [layout.fleet.infrastructure.environments.text]
        : [layout.fleet.k8s.overlays.text, layout.fleet.k8s.clusters.text];
    throw new ActionError(
      `No ${domain} environment found under ${root || '.'} with ${patterns.join(' or ')} (from ${source}): no matching folder holds a ${domain === 'k8s' ? 'kustomization' : 'Terragrunt unit'}. Folders there: ${listed(await folders(reader, root, 3))}.`,
      {
        hint: `Set ${domain === 'k8s' ? 'k8s.overlays' : 'infrastructure.environments'} in infra-fleet.yaml to the pattern of one environment's folder, e.g. "*/*/{env}" for <account>/<region>/<env>.`,
      },
    );
  }
}
