import type { Transports } from './hardening.js';

export interface GitIdentity {
  name: string;
  email: string;
}

export interface GitOptions {
  cwd: string;
  /**
   * Extra environment for every call, over the little git is given of process.env (PATH,
   * proxies, CA bundles); `undefined` removes a variable.
   */
  env?: Record<string, string | undefined>;
  /** Default 'git'. */
  gitPath?: string;
  /** Transports beyond https (default: none; fetching from a local path is always allowed). */
  transports?: Transports;
}

export interface RunOptions {
  input?: string;
  env?: Record<string, string>;
  allowFailure?: boolean;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface FileAtRev {
  path: string;
  mode: string;
  oid: string;
  content: string;
}

export interface FileWrite {
  path: string;
  content: string;
  /** Default: keep the existing mode, else 100644. */
  mode?: string;
}

export type PushResult = { status: 'pushed' } | { status: 'stale'; detail: string };
