import { describe, expect, it } from '@jest/globals';
import { outputsOf, safeLink, summaryMarkdown } from '../src/report.js';
import type { WaitResult } from '../src/wait.js';
import { NEXT, SHA, settings } from './fakes.js';

const CONTEXT = 'flux/staging/kustomization/load-harness';

function result(overrides: Partial<WaitResult> = {}): WaitResult {
  const status = {
    id: 1,
    sha: NEXT,
    state: 'success' as const,
    context: CONTEXT,
    description: 'reconciliation succeeded',
    createdAt: '2026-01-01T00:00:01Z',
    creator: 'flux-bot',
    targetUrl: 'https://flux.example/a',
  };
  return {
    outcome: 'verified',
    verdict: {
      result: 'verified',
      verifiedSha: NEXT,
      contexts: [{ context: CONTEXT, verdict: 'verified', status }],
      ignored: [],
      reason: 'Flux reported success.',
    },
    observation: {
      sha: SHA,
      placement: { kind: 'on-branch', tip: NEXT, candidates: [] },
      statuses: [],
    },
    waitedSeconds: 12,
    polls: 3,
    otherFluxContexts: [],
    ...overrides,
  };
}

describe('outputs and summary', () => {
  it('writes verified-sha only for a verified result', () => {
    expect(outputsOf(result())).toMatchObject({ result: 'verified', 'verified-sha': NEXT });
    const timedOut = result({ outcome: 'timeout' });
    expect(outputsOf(timedOut)).toMatchObject({ result: 'timeout', 'verified-sha': '' });
    expect(outputsOf(timedOut)['waited-seconds']).toBe(12);
  });

  it('links only http(s) targets and keeps them inside the link and the table cell', () => {
    expect(safeLink('javascript:alert(1)')).toBe('');
    expect(safeLink('not a url')).toBe('');
    expect(safeLink(undefined)).toBe('');
    expect(safeLink('https://x.example/a(b)|c')).toBe('[link](https://x.example/a%28b%29%7Cc)');
  });

  it('shows a forged description as text, not markdown', () => {
    const forged = {
      id: 2,
      sha: SHA,
      state: 'success' as const,
      context: CONTEXT,
      description: '[approved](https://evil.example) <img src=x>',
      createdAt: '2026-01-01T00:00:02Z',
      creator: 'mallory',
    };
    const base = result();
    const markdown = summaryMarkdown(
      result({
        verdict: { ...base.verdict, ignored: [{ status: forged, reason: 'posted by mallory' }] },
      }),
      settings(),
      { requests: 9, notModified: 6 },
    );
    expect(markdown).toContain('\\[approved\\]\\(https://evil.example\\) \\<img src=x\\>');
    expect(markdown).toContain('Statuses not counted (1)');
    expect(markdown).toContain('9 request(s), 6 answered 304');
  });
});
