import { describe, expect, it } from '@jest/globals';
import { pushEvent, releasePublishedEvent, workflowDispatchEvent } from '@infra-fleet/testkit';
import { planRange, type RangeRequest } from '../src/base-rules.js';
import { baseGraphNeeded, parseNameStatus, pathLabel, touchedPaths } from '../src/changed-files.js';
import { previousReleaseCandidates } from '../src/release-tags.js';
import { mergeGroupEvent, pullRequestEvent } from './helpers.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const ZERO = '0'.repeat(40);

function request(event: { name: string; payload: object }, extra: Partial<RangeRequest> = {}) {
  return planRange({
    event: { name: event.name, payload: event.payload as Record<string, unknown>, sha: C },
    defaultBranch: 'main',
    ...extra,
  });
}

describe('planRange: the base per event', () => {
  it.each([
    ['push: before', pushEvent({ before: A, after: B }), B, { kind: 'commit', rev: A }],
    [
      'push to a new branch: merge base with the default branch',
      pushEvent({ before: ZERO, after: B, ref: 'refs/heads/feature' }),
      B,
      { kind: 'merge-base', branch: 'main' },
    ],
    [
      'first push of the default branch: everything',
      pushEvent({ before: ZERO, after: B }),
      B,
      { kind: 'everything', reason: expect.stringContaining('first push of the default branch') },
    ],
    [
      'forced push to a feature branch: merge base with the default branch',
      pushEvent({ before: A, after: B, ref: 'refs/heads/feature', forced: true }),
      B,
      { kind: 'merge-base', branch: 'main' },
    ],
    [
      'forced push to the default branch: the overwritten tip',
      pushEvent({ before: A, after: B, forced: true }),
      B,
      { kind: 'commit', rev: A },
    ],
    [
      'push of a tag: the previous release tag',
      pushEvent({ before: ZERO, after: B, ref: 'refs/tags/v1.2.0' }),
      B,
      { kind: 'previous-tag', tag: 'v1.2.0' },
    ],
    [
      'push deleting a branch: everything',
      pushEvent({ before: A, after: ZERO, ref: 'refs/heads/feature' }),
      C,
      { kind: 'everything', reason: expect.stringContaining('deleted') },
    ],
    [
      'pull request: merge base with the target',
      pullRequestEvent({ baseSha: A, headSha: B, baseRef: 'main' }),
      C,
      { kind: 'merge-base', sha: A, branch: 'main' },
    ],
    [
      'merge group: base_sha',
      mergeGroupEvent({ baseSha: A, headSha: B }),
      B,
      { kind: 'commit', rev: A },
    ],
    [
      'release: the previous release tag',
      releasePublishedEvent({ tagName: 'v2.0.0' }),
      C,
      { kind: 'previous-tag', tag: 'v2.0.0' },
    ],
    [
      'workflow_dispatch without inputs: everything',
      workflowDispatchEvent(),
      C,
      { kind: 'everything', reason: expect.stringContaining('workflow_dispatch without a base') },
    ],
    [
      'an event without a rule: everything',
      { name: 'schedule', payload: {} },
      C,
      { kind: 'everything', reason: expect.stringContaining("event 'schedule' has no base rule") },
    ],
  ])('%s', (_name, event, head, base) => {
    const plan = request(event);
    expect(plan.head).toBe(head);
    expect(plan.base).toEqual(base);
  });

  it('lets the base and head inputs win over the event', () => {
    const plan = request(pushEvent({ before: A, after: B }), { base: 'v1.0.0', head: 'main' });
    expect(plan).toEqual({
      head: 'main',
      base: { kind: 'commit', rev: 'v1.0.0' },
      rule: 'input base',
    });
  });

  it('falls back to the PR head sha, then HEAD, when GITHUB_SHA is missing', () => {
    const event = pullRequestEvent({ baseSha: A, headSha: B });
    const plan = planRange({
      event: { name: event.name, payload: event.payload },
      defaultBranch: 'main',
    });
    expect(plan.head).toBe(B);
    expect(
      planRange({ event: { name: 'schedule', payload: {} }, defaultBranch: 'main' }).head,
    ).toBe('HEAD');
  });
});

describe('previousReleaseCandidates', () => {
  const tags = [
    'v0.9.0',
    'v1.0.0',
    'v1.1.0-rc.1',
    'v1.1.0',
    'v1.2.0',
    'v2.0.0',
    'latest',
    'v1.0.10',
  ];

  it('orders earlier stable versions by semver, newest first', () => {
    expect(previousReleaseCandidates('v1.2.0', tags)).toEqual({
      kind: 'candidates',
      tags: ['v1.1.0', 'v1.0.10', 'v1.0.0', 'v0.9.0'],
    });
  });

  it('includes prereleases only when the current release is one', () => {
    expect(previousReleaseCandidates('v1.1.0', tags)).toEqual({
      kind: 'candidates',
      tags: ['v1.0.10', 'v1.0.0', 'v0.9.0'],
    });
    expect(previousReleaseCandidates('v1.1.0-rc.2', tags)).toEqual({
      kind: 'candidates',
      tags: ['v1.1.0-rc.1', 'v1.0.10', 'v1.0.0', 'v0.9.0'],
    });
  });

  it('has no candidate for the first release, and refuses a non-semver tag', () => {
    expect(previousReleaseCandidates('v0.9.0', tags)).toEqual({ kind: 'candidates', tags: [] });
    expect(previousReleaseCandidates('latest', tags)).toEqual({
      kind: 'unordered',
      reason: expect.stringContaining("'latest' is not a semantic version"),
    });
  });
});

describe('parseNameStatus', () => {
  it('reads statuses, paths with spaces and newlines, and both sides of renames', () => {
    const output = [
      'M',
      'a b.txt',
      'R087',
      'old/x',
      'new/x',
      'D',
      'line\nbreak',
      'A',
      'n',
      '',
    ].join('\0');
    const changes = parseNameStatus(output);
    expect(changes).toEqual([
      { status: 'M', path: 'a b.txt' },
      { status: 'R', path: 'new/x', from: 'old/x' },
      { status: 'D', path: 'line\nbreak' },
      { status: 'A', path: 'n' },
    ]);
    expect(changes.flatMap(touchedPaths)).toEqual([
      'a b.txt',
      'old/x',
      'new/x',
      'line\nbreak',
      'n',
    ]);
    expect(pathLabel(changes[1]!, 'old/x')).toBe('old/x (renamed to new/x)');
    expect(parseNameStatus('')).toEqual([]);
    expect(() => parseNameStatus('?\0x\0')).toThrow(/unexpected git diff/);
  });
});

describe('baseGraphNeeded', () => {
  it.each([
    [['A', 'M', 'C'], false],
    [['M', 'D'], true],
    [['R'], true],
    [['T'], true],
    [[], false],
  ])('%j -> %s', (statuses, expected) => {
    const changes = statuses.map((status) => ({ status, path: 'x', from: 'y' }));
    expect(baseGraphNeeded(changes)).toBe(expected);
  });
});
