export interface GitIdentity {
  name: string;
  email: string;
}

export interface GitOptions {
  cwd: string;
  /** Extra environment merged over process.env for every call; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** Default 'git'. */
  gitPath?: string;
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
