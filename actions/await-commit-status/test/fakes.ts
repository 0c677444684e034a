import type { CommitStatusEntry, CommitStatusPort, Comparison } from '@infra-fleet/github';
import type { Clock } from '@infra-fleet/action-kit';
import type { Settings } from '../src/inputs.js';

/** An in-memory CommitStatusPort: tests set the tip, comparisons and statuses as GitHub would. */
export class FakePort implements CommitStatusPort {
  tip: string | undefined;
  readonly comparisons = new Map<string, Comparison | undefined>();
  readonly statuses = new Map<string, CommitStatusEntry[]>();
  readonly calls: string[] = [];
  private readonly seen = new Map<string, number>();
  private nextId = 1;

  constructor(readonly existing: Set<string>) {}

  async commitExists(sha: string) {
    return this.existing.has(sha);
  }

  async branchTip(branch: string) {
    this.calls.push(`tip ${branch}`);
    return this.tip;
  }

  async listStatuses(sha: string) {
    this.calls.push(`statuses ${sha.slice(0, 7)}`);
    const list = [...(this.statuses.get(sha) ?? [])].reverse();
    const changed = this.seen.get(sha) !== list.length;
    this.seen.set(sha, list.length);
    return { changed, statuses: list };
  }

  async compare(base: string, head: string) {
    this.calls.push(`compare ${base.slice(0, 7)}...${head.slice(0, 7)}`);
    const key = `${base}...${head}`;
    if (!this.comparisons.has(key)) throw new Error(`no comparison ${key} in the fake`);
    return this.comparisons.get(key);
  }

  stats() {
    return { requests: this.calls.length, notModified: 0 };
  }

  /** Posts a status, as `creator`, at the next whole second. */
  post(sha: string, fields: Partial<CommitStatusEntry> = {}): CommitStatusEntry {
    const id = this.nextId++;
    const status: CommitStatusEntry = {
      id,
      sha,
      state: 'success',
      context: 'flux/staging/kustomization/load-harness',
      description: 'reconciliation succeeded',
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, id)).toISOString().replace('.000', ''),
      creator: 'flux-bot',
      ...fields,
    };
    this.statuses.set(sha, [...(this.statuses.get(sha) ?? []), status]);
    return status;
  }

  /** base...head as GitHub answers it for a descendant. */
  ahead(base: string, head: string, commits: string[], files: string[] = []): void {
    this.comparisons.set(`${base}...${head}`, {
      status: 'ahead',
      aheadBy: commits.length,
      behindBy: 0,
      commits,
      files: files.map((filename) => ({ filename })),
      filesComplete: true,
    });
  }
}

/** A clock whose sleep returns at once and moves time on; `onSleep` plays what happens meanwhile. */
export class FakeClock implements Clock {
  private time = Date.UTC(2026, 0, 1);
  readonly sleeps: number[] = [];
  onSleep: (count: number) => void = () => undefined;

  now() {
    return new Date(this.time);
  }

  async sleep(ms: number) {
    this.sleeps.push(ms);
    this.time += ms;
    this.onSleep(this.sleeps.length);
  }
}

export const SHA = 'a'.repeat(40);
export const NEXT = 'b'.repeat(40);
export const LATER = 'c'.repeat(40);

export function settings(overrides: Partial<Settings> = {}): Settings {
  return {
    mode: 'wait',
    sha: SHA,
    environment: 'staging',
    contexts: ['flux/staging/kustomization/load-harness'],
    config: { path: 'infra-fleet.yaml', explicit: false },
    expectedCreator: 'flux-bot',
    successDescriptions: ['reconciliation succeeded'],
    branch: 'main',
    watchPaths: ['k8s/overlays/staging/'],
    timeoutSeconds: 60,
    pollIntervalSeconds: 10,
    token: 'ghs_fake',
    repo: { owner: 'octo-org', repo: 'infra-fleet' },
    apiUrl: 'https://api.github.com',
    serverUrl: 'https://github.com',
    warnings: [],
    ...overrides,
  };
}

export function recordingLog() {
  const lines: string[] = [];
  return {
    lines,
    info: (message: string) => lines.push(`info: ${message}`),
    warning: (message: string) => lines.push(`warning: ${message}`),
  };
}
