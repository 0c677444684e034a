import {
  belowRoot,
  joinRoot,
  matchFolder,
  type FleetConfig,
  type FolderPattern,
} from '@infra-fleet/fleet';
import type { Domain } from './model.js';

/** Where a path's target folder is, and which target (and app) it serves. */
export interface TargetFolder {
  folder: string;
  target: string;
  app?: string;
}

/**
 * The user's layout as detection needs it: which folder is which environment (or shared
 * target), per domain. Built once from infra-fleet.yaml (or the defaults) and the inputs.
 */
export interface Layout {
  fleet: FleetConfig;
  /** Repository-relative roots; '' is the repository root. */
  roots: Record<Domain, string>;
  /** Shared infrastructure targets (folders under the root), e.g. permanent. */
  shared: readonly string[];
  /** The target folder a path (a file, or a node folder) lies in. */
  targetFolder(domain: Domain, path: string, kind?: 'file' | 'dir'): TargetFolder | undefined;
}

const normalRoot = (root: string) => (root === '.' ? '' : root);

function patternsOf(fleet: FleetConfig, domain: Domain): FolderPattern[] {
  if (domain === 'infrastructure') return [fleet.infrastructure.environments];
  return [fleet.k8s.overlays, fleet.k8s.clusters];
}

export function createLayout(fleet: FleetConfig): Layout {
  const roots = {
    infrastructure: normalRoot(fleet.infrastructure.root),
    k8s: normalRoot(fleet.k8s.root),
  };
  const shared = fleet.infrastructure.shared;
  const sharedFolder = (path: string, kind: 'file' | 'dir'): TargetFolder | undefined => {
    const rest = belowRoot(roots.infrastructure, path);
    const [first, ...more] = rest?.split('/') ?? [];
    if (!first || !shared.includes(first) || (kind === 'file' && more.length === 0)) return;
    return { folder: joinRoot(roots.infrastructure, first), target: first };
  };
  return {
    fleet,
    roots,
    shared,
    targetFolder(domain, path, kind = 'file') {
      if (domain === 'infrastructure') {
        const own = sharedFolder(path, kind);
        if (own) return own;
      }
      for (const pattern of patternsOf(fleet, domain)) {
        const match = matchFolder(pattern, roots[domain], path, kind);
        if (match) {
          const { folder, env, app } = match;
          return { folder, target: env, ...(app !== undefined && { app }) };
        }
      }
      return undefined;
    },
  };
}
