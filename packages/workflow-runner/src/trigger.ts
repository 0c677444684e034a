import { execFileSync } from 'node:child_process';

/** The ref, commit and actor an event runs at, as GitHub derives them from its payload. */

export interface Trigger {
  /** Path of the workflow file in the source, e.g. .github/workflows/release.yml. */
  workflow: string;
  event: string;
  payload?: Record<string, unknown>;
  /** Override the ref (workflow_dispatch: the branch chosen; default refs/heads/main). */
  ref?: string;
  sha?: string;
  actor?: string;
  /** workflow_dispatch inputs as the form sends them. */
  inputs?: Record<string, string>;
}

export interface Resolved {
  ref: string;
  sha: string;
  headRef: string;
  baseRef: string;
  actor: string;
}

type Payload = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function revParse(gitDir: string, ref: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], {
      cwd: gitDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  } catch {
    throw new Error(`${ref} does not exist in the emulator's repository (${gitDir}).`);
  }
}

export function resolveTrigger(trigger: Trigger, gitDir: string): Resolved {
  const payload = (trigger.payload ?? {}) as Payload;
  const actor = trigger.actor ?? payload.sender?.login ?? 'octocat';
  let ref = trigger.ref ?? 'refs/heads/main';
  let sha: string | undefined;
  let headRef = '';
  let baseRef = '';
  if (trigger.event === 'push' && payload.ref) {
    ref = trigger.ref ?? payload.ref;
    sha = payload.after;
  } else if (trigger.event === 'release' && payload.release?.tag_name) {
    ref = trigger.ref ?? `refs/tags/${payload.release.tag_name}`;
  } else if (trigger.event.startsWith('pull_request') && payload.pull_request) {
    ref = trigger.ref ?? `refs/pull/${payload.pull_request.number}/merge`;
    // GitHub runs a pull request at a test merge commit the emulator does not make: its head stands in.
    sha = payload.pull_request.head?.sha;
    headRef = payload.pull_request.head?.ref ?? '';
    baseRef = payload.pull_request.base?.ref ?? '';
  }
  return { ref, sha: trigger.sha ?? sha ?? revParse(gitDir, ref), headRef, baseRef, actor };
}
