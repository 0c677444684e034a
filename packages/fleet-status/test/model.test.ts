import { describe, expect, it } from '@jest/globals';
import type { CommitStatusEntry } from '@infra-fleet/github';
import { outcomeComment } from '../../../actions/await-environment-approval/src/message.js';
import { commitMessage } from '../../../actions/bump-overlay-tag/src/message.js';
import type { BumpPlan } from '../../../actions/bump-overlay-tag/src/bump.js';
import {
  buildFleetStatus,
  fluxVerdict,
  lagBehind,
  parseGateOutcome,
  parseTrailers,
  pinChanges,
  renderMarkdown,
  renderText,
  runIdOf,
  type CommitInfo,
  type ImagePin,
  type Observed,
} from '../src/index.js';

const pin = (tag: string): ImagePin => ({ tag, digest: null });
const commit = (sha: string, date: string, message = 'deploy'): CommitInfo => ({
  sha: sha.padEnd(40, '0'),
  subject: message,
  author: 'bot',
  date,
  trailers: parseTrailers(message),
});
const status = (
  sha: string,
  creator: string,
  state: CommitStatusEntry['state'],
  createdAt: string,
  id = 1,
): CommitStatusEntry => ({
  id,
  sha,
  state,
  context: 'flux/production/kustomization/app',
  description: '',
  createdAt,
  creator,
});

describe('trailers', () => {
  it("reads what bump-overlay-tag's commitMessage writes", () => {
    const plan = {
      current: { app: { tag: 'v2', digest: null } },
      previous: { app: { tag: 'v1', digest: null } },
      downgrades: [],
    } as unknown as BumpPlan;
    const message = commitMessage(plan, {
      overlayDir: 'k8s/overlays/production',
      promotedFrom: { overlayDir: 'k8s/overlays/staging', sha: 'a'.repeat(40) },
      reason: 'INC-1: fix: with a colon',
      runUrl: 'https://github.com/o/r/actions/runs/77/attempts/2',
    });
    expect(parseTrailers(message)).toEqual({
      image: ['app=v2'],
      previous: ['app=v1'],
      promotedFrom: { environment: 'staging', sha: 'a'.repeat(40) },
      reason: 'INC-1: fix: with a colon',
      runUrl: 'https://github.com/o/r/actions/runs/77/attempts/2',
    });
    expect(runIdOf('https://github.com/o/r/actions/runs/77/attempts/2')).toBe(77);
    expect(parseTrailers('subject only: not a trailer')).toEqual({ image: [], previous: [] });
  });
});

describe('history and lag', () => {
  const touched = [
    { commit: commit('c3', '2026-05-03T00:00:00Z'), pin: pin('v3') },
    { commit: commit('c2b', '2026-05-02T12:00:00Z'), pin: pin('v2') }, // a comment edit: same pin
    { commit: commit('c2', '2026-05-02T00:00:00Z'), pin: pin('v2') },
    { commit: commit('c1', '2026-05-01T00:00:00Z'), pin: pin('v1') },
  ];
  const history = pinChanges(touched);

  it('keeps only the commits that changed the pin', () => {
    expect(history.map((c) => c.commit.sha.slice(0, 3))).toEqual(['c30', 'c20', 'c10']);
  });

  it('counts how many changes the previous environment made since it held this pin', () => {
    const previous = { pin: pin('v3'), history };
    expect(lagBehind('staging', previous, pin('v1'))).toEqual({
      behind: 'staging',
      same: false,
      changes: 2,
      since: '2026-05-02T00:00:00Z',
    });
    expect(lagBehind('staging', previous, pin('v3'))).toEqual({
      behind: 'staging',
      same: true,
      changes: 0,
    });
    expect(lagBehind('staging', previous, pin('v0'))).toEqual({ behind: 'staging', same: false });
  });
});

describe('fluxVerdict', () => {
  const contexts = ['flux/production/kustomization/app'];
  it('counts only the Flux account, on the commit or a later one', () => {
    const verdict = fluxVerdict(contexts, 'flux-bot', [
      { sha: 'a', statuses: [status('a', 'mallory', 'success', '2026-05-01T00:00:00Z')] },
      { sha: 'b', statuses: [status('b', 'flux-bot', 'success', '2026-05-01T00:01:00Z')] },
    ]);
    expect(verdict).toMatchObject({
      state: 'verified',
      ignored: 1,
      contexts: [{ state: 'success', sha: 'b' }],
    });
  });

  it('is failed when the newest Flux status failed, unverified when there is none', () => {
    const failed = fluxVerdict(contexts, 'flux-bot', [
      {
        sha: 'a',
        statuses: [
          status('a', 'flux-bot', 'failure', '2026-05-02T00:00:00Z', 2),
          status('a', 'flux-bot', 'success', '2026-05-01T00:00:00Z'),
        ],
      },
    ]);
    expect(failed.state).toBe('failed');
    expect(fluxVerdict(contexts, 'flux-bot', [{ sha: 'a', statuses: [] }])).toMatchObject({
      state: 'unverified',
      contexts: [{ state: 'missing' }],
    });
  });
});

describe('parseGateOutcome', () => {
  it('reads the closing comment await-environment-approval writes', () => {
    const vote = {
      login: 'alice',
      kind: 'approve',
      at: '2026-05-04T10:00:00Z',
      commentId: 1,
      commentUrl: 'https://x/1',
      note: 'ok',
    };
    const body = outcomeComment(
      {
        outcome: 'approved',
        mode: 'issue',
        decision: { decision: 'approved', approvers: [vote], denials: [], ignored: [] },
        decidedAt: '2026-05-04T10:00:05Z',
        reason: '1 of 1 approvals.',
      } as unknown as Parameters<typeof outcomeComment>[0],
      'production',
    );
    expect(parseGateOutcome(body)).toEqual({
      outcome: 'approved',
      decidedAt: '2026-05-04T10:00:05Z',
      approvers: [{ login: 'alice', at: '2026-05-04T10:00:00Z' }],
    });
    expect(parseGateOutcome('**Approved** at 2026: no marker')).toBeUndefined();
  });
});

describe('buildFleetStatus and its faces', () => {
  const observed: Observed = {
    repository: 'o/r',
    branch: 'main',
    head: 'f'.repeat(40),
    generatedAt: '2026-05-04T18:00:00Z',
    environments: ['staging', 'production'],
    fluxAccount: 'flux-bot',
    overlays: [
      {
        app: 'app',
        environment: 'staging',
        image: 'img',
        contexts: [],
        current: pin('v2'),
        touched: [
          { commit: commit('s2', '2026-05-02T00:00:00Z'), pin: pin('v2') },
          { commit: commit('s1', '2026-05-01T00:00:00Z'), pin: pin('v1') },
        ],
        later: [],
      },
      {
        app: 'app',
        environment: 'production',
        image: 'img',
        contexts: [],
        problem: 'no kustomization in k8s/overlays/production',
        touched: [],
        later: [],
      },
    ],
    statuses: {},
    approvals: {},
  };

  it('keeps environments in promotion order, with problems instead of pins where unreadable', () => {
    const status = buildFleetStatus(observed);
    expect(status.apps[0]?.environments.map((e) => [e.environment, e.pin?.tag, e.problem])).toEqual(
      [
        ['staging', 'v2', undefined],
        ['production', undefined, 'no kustomization in k8s/overlays/production'],
      ],
    );
    expect(renderText(status)).toMatch(
      /production\s+unknown\s+not verified\s+unknown\s+no kustomization/,
    );
    expect(renderMarkdown(status)).toContain('| `production` | `unknown` | ❔ not verified |');
  });
});
