/** What runs where: one model, read from the repository and GitHub, shown as text, markdown and HTML. */

/** An image's pin in an overlay; null where the overlay sets none. */
export interface ImagePin {
  tag: string | null;
  digest: string | null;
}

/** The machine-readable trailers bump-overlay-tag writes (see its message.ts). */
export interface Trailers {
  image: string[];
  previous: string[];
  /** `staging@<sha>`. */
  promotedFrom?: { environment: string; sha: string };
  reason?: string;
  runUrl?: string;
}

export interface CommitInfo {
  sha: string;
  subject: string;
  author: string;
  /** ISO 8601, the committer date. */
  date: string;
  trailers: Trailers;
}

/** A commit that changed the app's pin in one environment, and the pin it left. */
export interface PinChange {
  commit: CommitInfo;
  pin: ImagePin;
}

export type FluxState = 'verified' | 'failed' | 'pending' | 'unverified';

export interface ContextVerdict {
  context: string;
  state: 'success' | 'failure' | 'error' | 'pending' | 'missing';
  /** The commit the counted status was posted on (the setter or a later one). */
  sha?: string;
  at?: string;
  description?: string;
  targetUrl?: string;
}

export interface FluxVerdict {
  state: FluxState;
  /** The account whose statuses count. */
  account: string;
  contexts: ContextVerdict[];
  /** Statuses with these contexts posted by any other account: never counted. */
  ignored: number;
}

export interface Approval {
  outcome: 'approved' | 'rejected' | 'timed-out' | 'cancelled' | 'failed';
  decidedAt?: string;
  approvers: Array<{ login: string; at?: string }>;
  /** Where the decision is recorded: the gate issue, or the run's environment reviews. */
  source: 'issue' | 'environment';
  url?: string;
  issue?: number;
}

export interface Lag {
  /** The environment before this one in promotion order. */
  behind: string;
  /** True when both hold the same pin. */
  same: boolean;
  /** Pin changes in the previous environment since it held this one's pin; undefined when it never did. */
  changes?: number;
  /** When the previous environment first moved past this one's pin. */
  since?: string;
}

export interface EnvironmentStatus {
  environment: string;
  /** The kustomization file read, e.g. k8s/overlays/staging/kustomization.yaml. */
  overlay?: string;
  pin?: ImagePin;
  /** The commit that set the current pin. */
  setBy?: CommitInfo;
  flux: FluxVerdict;
  approval?: Approval;
  lag?: Lag;
  /** Pin changes, newest first (bounded). */
  history: PinChange[];
  /** Why the overlay could not be read (missing, no such image). */
  problem?: string;
}

export interface AppStatus {
  app: string;
  image: string;
  environments: EnvironmentStatus[];
}

export interface FleetStatus {
  repository: string;
  branch: string;
  head: string;
  generatedAt: string;
  /** Promotion order. */
  environments: string[];
  apps: AppStatus[];
  /** What could not be read (e.g. a token without deployments: read); the rest still holds. */
  warnings: string[];
}
