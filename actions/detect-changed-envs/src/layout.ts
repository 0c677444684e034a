import {
  belowRoot,
  hasApp,
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
  /** The apps an overlay folder serves. */
  apps?: string[];
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
  /** k8s folder patterns and the apps their folders serve (from {app} when undefined). */
  k8sPatterns: readonly FolderRule[];
  /** The target folder a path (a file, or a node folder) lies in. */
  targetFolder(domain: Domain, path: string, kind?: 'file' | 'dir'): TargetFolder | undefined;
}

const normalRoot = (root: string) => (root === '.' ? '' : root);

/** A folder pattern and the apps its folders serve: fixed, from {app} (undefined), or none. */
export interface FolderRule {
  pattern: FolderPattern;
  apps?: string[];
  /** Cluster folders serve the whole environment, no app in particular. */
  cluster?: boolean;
}

/**
 * Apps with their own overlays serve those; k8s.overlays serves the apps without their own
 * (or the app in {app}); cluster folders serve no app in particular.
 */
function k8sPatternsOf(fleet: FleetConfig): FolderRule[] {
  const own = fleet.apps.flatMap((app) =>
    app.overlays ? [{ pattern: app.overlays, apps: [app.name] }] : [],
  );
  const shared = fleet.apps.filter((app) => !app.overlays).map((app) => app.name);
  const overlays: FolderRule =
    hasApp(fleet.k8s.overlays) || shared.length === 0
      ? { pattern: fleet.k8s.overlays }
      : { pattern: fleet.k8s.overlays, apps: shared };
  return [...own, overlays, { pattern: fleet.k8s.clusters, cluster: true }];
}

/** The apps a matched folder serves under `rule`; undefined for the whole environment. */
export function servedApps(rule: FolderRule, matched: string | undefined): string[] | undefined {
  if (rule.cluster) return undefined;
  return rule.apps ?? (matched === undefined ? undefined : [matched]);
}

export function createLayout(fleet: FleetConfig): Layout {
  const roots = {
    infrastructure: normalRoot(fleet.infrastructure.root),
    k8s: normalRoot(fleet.k8s.root),
  };
  const shared = fleet.infrastructure.shared;
  const k8sPatterns = k8sPatternsOf(fleet);
  const patterns: Record<Domain, readonly FolderRule[]> = {
    infrastructure: [{ pattern: fleet.infrastructure.environments, cluster: true }],
    k8s: k8sPatterns,
  };
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
    k8sPatterns,
    targetFolder(domain, path, kind = 'file') {
      if (domain === 'infrastructure') {
        const own = sharedFolder(path, kind);
        if (own) return own;
      }
      for (const rule of patterns[domain]) {
        const match = matchFolder(rule.pattern, roots[domain], path, kind);
        if (!match) continue;
        const apps = servedApps(rule, match.app);
        return { folder: match.folder, target: match.env, ...(apps && { apps }) };
      }
      return undefined;
    },
  };
}
