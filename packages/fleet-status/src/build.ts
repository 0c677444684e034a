import type { CommitStatusEntry } from '@infra-fleet/github';
import { fluxVerdict } from './flux.js';
import { lagBehind, pinChanges, setterOf } from './history.js';
import type {
  AppStatus,
  Approval,
  CommitInfo,
  EnvironmentStatus,
  FleetStatus,
  ImagePin,
} from './model.js';

/** One app's overlay in one environment, as read from the repository. */
export interface ObservedOverlay {
  app: string;
  environment: string;
  image: string;
  /** Commit status contexts that say the app is applied there ({env}/{app} filled in). */
  contexts: string[];
  path?: string;
  problem?: string;
  current?: ImagePin;
  /** Every commit that touched the overlay file, newest first, with the pin it left. */
  touched: Array<{ commit: CommitInfo; pin?: ImagePin }>;
  /** Commits after the setter on the branch, oldest first: a Flux status there counts too. */
  later: string[];
}

/** Everything read, from the repository and GitHub: the input of buildFleetStatus. */
export interface Observed {
  repository: string;
  branch: string;
  head: string;
  generatedAt: string;
  environments: string[];
  fluxAccount: string;
  overlays: ObservedOverlay[];
  /** Statuses per commit sha. */
  statuses: Record<string, CommitStatusEntry[]>;
  /** Approvals by `<environment>@<sha of the setter>`. */
  approvals: Record<string, Approval>;
  warnings?: string[];
  /** Pin changes kept per environment. */
  historyLimit?: number;
}

export const approvalKey = (environment: string, sha: string) => `${environment}@${sha}`;

/** The commit that set each overlay's current pin (what the reader asks GitHub about). */
export function setterFor(overlay: Pick<ObservedOverlay, 'touched' | 'current'>) {
  return setterOf(pinChanges(overlay.touched), overlay.current);
}

function environmentStatus(overlay: ObservedOverlay, observed: Observed): EnvironmentStatus {
  const history = pinChanges(overlay.touched);
  const setBy = setterOf(history, overlay.current);
  const candidates = setBy ? [setBy.sha, ...overlay.later] : [];
  const flux = fluxVerdict(
    overlay.contexts,
    observed.fluxAccount,
    candidates.map((sha) => ({ sha, statuses: observed.statuses[sha] ?? [] })),
  );
  const approval = setBy && observed.approvals[approvalKey(overlay.environment, setBy.sha)];
  return {
    environment: overlay.environment,
    ...(overlay.path && { overlay: overlay.path }),
    ...(overlay.current && { pin: overlay.current }),
    ...(setBy && { setBy }),
    flux,
    ...(approval && { approval }),
    history: history.slice(0, observed.historyLimit ?? 20),
    ...(overlay.problem && { problem: overlay.problem }),
  };
}

function appStatus(app: string, observed: Observed): AppStatus {
  const overlays = observed.overlays.filter((overlay) => overlay.app === app);
  const statuses = observed.environments.flatMap((environment) => {
    const overlay = overlays.find((candidate) => candidate.environment === environment);
    return overlay ? [environmentStatus(overlay, observed)] : [];
  });
  const withLag = statuses.map((status, index) => {
    const previous = statuses[index - 1];
    const lag = previous && lagBehind(previous.environment, previous, status.pin);
    return lag ? { ...status, lag } : status;
  });
  return { app, image: overlays[0]?.image ?? '', environments: withLag };
}

/** Pure: what runs where, from what was read. */
export function buildFleetStatus(observed: Observed): FleetStatus {
  const apps = [...new Set(observed.overlays.map((overlay) => overlay.app))];
  return {
    repository: observed.repository,
    branch: observed.branch,
    head: observed.head,
    generatedAt: observed.generatedAt,
    environments: observed.environments,
    apps: apps.map((app) => appStatus(app, observed)),
    warnings: observed.warnings ?? [],
  };
}
