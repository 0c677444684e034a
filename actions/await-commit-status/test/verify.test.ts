import { describe, expect, it } from '@jest/globals';
import type { CommitStatusEntry } from '@infra-fleet/github';
import { decide, type Candidate, type Observation, type Rules } from '../src/verify.js';

const SHA = 'a'.repeat(40);
const NEXT = 'b'.repeat(40);
const LATER = 'c'.repeat(40);
const CONTEXT = 'flux/staging/kustomization/load-harness';
const OTHER = 'flux/staging/kustomization/infra';

const rules: Rules = {
  contexts: [CONTEXT],
  expectedCreator: 'flux-bot',
  successDescriptions: ['reconciliation succeeded'],
};

let nextId = 1;
/** A status; `at` counts seconds after a fixed time, so later calls may be made older. */
function status(fields: Partial<CommitStatusEntry> & { at?: number } = {}): CommitStatusEntry {
  const { at = nextId, ...rest } = fields;
  const id = nextId++;
  return {
    id,
    sha: SHA,
    state: 'success',
    context: CONTEXT,
    description: 'reconciliation succeeded',
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, at)).toISOString().replace('.000', ''),
    creator: 'flux-bot',
    targetUrl: 'https://flux.example/staging',
    ...rest,
  };
}

const self: Candidate = { sha: SHA, equivalent: true, watchedChanges: [] };
const batched: Candidate = { sha: NEXT, equivalent: true, watchedChanges: [] };
const promotion: Candidate = {
  sha: LATER,
  equivalent: false,
  watchedChanges: ['k8s/overlays/staging/kustomization.yaml'],
};

function observe(statuses: CommitStatusEntry[], candidates: Candidate[] = [self]): Observation {
  return { sha: SHA, placement: { kind: 'on-branch', tip: SHA, candidates }, statuses };
}

describe('decide: statuses on the commit itself', () => {
  it.each([
    ['no status yet', [], undefined, 'waiting'],
    ['a success', [status()], 'verified', 'verified'],
    [
      'a failure',
      [status({ state: 'failure', description: 'health check failed' })],
      'failed',
      'failed',
    ],
    ['an error', [status({ state: 'error', description: 'timeout' })], 'failed', 'failed'],
    [
      'a pending status',
      [status({ state: 'pending', description: 'progressing' })],
      undefined,
      'waiting',
    ],
  ] as const)('%s', (_name, statuses, result, verdict) => {
    const decided = decide(observe([...statuses]), rules);
    expect(decided.result).toBe(result);
    expect(decided.contexts[0]?.verdict).toBe(verdict);
    if (result === 'verified') expect(decided.verifiedSha).toBe(SHA);
  });

  it('takes the newest counted status of the context', () => {
    const failure = status({ state: 'failure', description: 'health check failed', at: 1 });
    const success = status({ at: 2 });
    expect(decide(observe([failure, success]), rules).result).toBe('verified');
    expect(
      decide(observe([status({ at: 1 }), status({ state: 'failure', at: 2 })]), rules).result,
    ).toBe('failed');
  });

  it('breaks a tie of timestamps by the id, which only grows', () => {
    const success = status({ at: 5 });
    const failure = status({ state: 'failure', at: 5 });
    expect(decide(observe([failure, success]), rules).result).toBe('failed');
  });
});

describe('decide: who posted it and what it says', () => {
  it('ignores a status from another account, however right its context, and says why', () => {
    const forged = status({ creator: 'mallory' });
    const decided = decide(observe([forged]), rules);
    expect(decided.result).toBeUndefined();
    expect(decided.ignored).toEqual([
      { status: forged, reason: 'posted by mallory, not by expected-creator flux-bot' },
    ]);
  });

  it('ignores a status whose creator GitHub no longer knows', () => {
    const orphan = status({ creator: undefined });
    expect(decide(observe([orphan]), rules).ignored[0]?.reason).toContain('an unknown account');
  });

  it('matches the creator without regard to case, as GitHub logins do', () => {
    expect(decide(observe([status({ creator: 'Flux-Bot' })]), rules).result).toBe('verified');
  });

  it('does not count a success whose description is not listed, and keeps waiting', () => {
    const progressing = status({ description: 'progressing' });
    const decided = decide(observe([progressing]), rules);
    expect(decided.result).toBeUndefined();
    expect(decided.ignored[0]?.reason).toContain('"progressing"');
  });

  it('keeps an earlier counted success when a newer success has an unlisted description', () => {
    const decided = decide(
      observe([status({ at: 1 }), status({ description: 'progressing', at: 2 })]),
      rules,
    );
    expect(decided.result).toBe('verified');
  });

  it('accepts any description when success-descriptions is empty', () => {
    const any = { ...rules, successDescriptions: [] };
    expect(decide(observe([status({ description: 'whatever' })]), any).result).toBe('verified');
  });

  it('lists no status of other contexts as ignored (other CI shares the commit)', () => {
    const ci = status({ context: 'ci/build', creator: 'ci-bot' });
    const decided = decide(observe([ci]), rules);
    expect(decided.result).toBeUndefined();
    expect(decided.ignored).toEqual([]);
  });

  it('does not count statuses of commits that are not candidates', () => {
    expect(decide(observe([status({ sha: NEXT })]), rules).result).toBeUndefined();
  });
});

describe('decide: later commits on the branch', () => {
  it('lets a later commit that left the watched paths alone verify sha (a batched apply)', () => {
    const decided = decide(observe([status({ sha: NEXT })], [self, batched]), rules);
    expect(decided).toMatchObject({ result: 'verified', verifiedSha: NEXT });
  });

  it('fails on a failure reported on such a commit', () => {
    const failure = status({ sha: NEXT, state: 'failure' });
    expect(decide(observe([failure], [self, batched]), rules).result).toBe('failed');
  });

  it('is superseded when Flux reported on a later commit that changed the watched paths', () => {
    const decided = decide(observe([status({ sha: LATER })], [self, promotion]), rules);
    expect(decided.result).toBe('superseded');
    expect(decided.contexts[0]).toMatchObject({ verdict: 'superseded', status: { sha: LATER } });
    expect(decided.reason).toContain('ccccccc');
  });

  it('counts any state from Flux on such a commit as moving on, even an unlisted success', () => {
    const progressing = status({ sha: LATER, description: 'progressing' });
    expect(decide(observe([progressing], [self, promotion]), rules).result).toBe('superseded');
  });

  it('is not superseded by another account posting on such a commit', () => {
    const forged = status({ sha: LATER, creator: 'mallory' });
    expect(decide(observe([forged], [self, promotion]), rules).result).toBeUndefined();
  });

  it('stays verified when sha was verified before Flux moved on', () => {
    const decided = decide(
      observe(
        [status({ at: 1 }), status({ sha: LATER, state: 'failure', at: 2 })],
        [self, promotion],
      ),
      rules,
    );
    expect(decided).toMatchObject({ result: 'verified', verifiedSha: SHA });
  });

  it('is superseded only by a report newer than the pending one on sha', () => {
    const pending = (at: number) => status({ state: 'pending', description: 'progressing', at });
    const older = decide(
      observe([pending(5), status({ sha: LATER, at: 4 })], [self, promotion]),
      rules,
    );
    expect(older.result).toBeUndefined();
    const newer = decide(
      observe([pending(5), status({ sha: LATER, at: 6 })], [self, promotion]),
      rules,
    );
    expect(newer.result).toBe('superseded');
  });
});

describe('decide: several contexts', () => {
  const both = { ...rules, contexts: [CONTEXT, OTHER] };

  it('waits until every context reports success', () => {
    const decided = decide(observe([status()]), both);
    expect(decided.result).toBeUndefined();
    expect(decided.contexts.map((c) => c.verdict)).toEqual(['verified', 'waiting']);
    expect(decided.reason).toBe(`Waiting for ${OTHER}.`);
  });

  it('names the latest commit in branch order when contexts were verified on different commits', () => {
    const statuses = [status({ sha: NEXT, at: 1 }), status({ context: OTHER, at: 2 })];
    expect(decide(observe(statuses, [self, batched]), both).verifiedSha).toBe(NEXT);
  });

  it('prefers failed over superseded', () => {
    const statuses = [status({ state: 'failure' }), status({ context: OTHER, sha: LATER })];
    expect(decide(observe(statuses, [self, promotion]), both).result).toBe('failed');
  });
});

describe('decide: sha is no longer on the branch', () => {
  it.each(['behind', 'diverged', 'unrelated'] as const)('%s is diverged', (comparison) => {
    const decided = decide(
      {
        sha: SHA,
        placement: { kind: 'off-branch', tip: LATER, comparison },
        statuses: [status()],
      },
      rules,
      'main',
    );
    expect(decided.result).toBe('diverged');
    expect(decided.reason).toMatch(/^main \(at ccccccc\) .* no longer contains aaaaaaa/);
  });
});
