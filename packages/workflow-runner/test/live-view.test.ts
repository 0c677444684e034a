import { describe, expect, it } from '@jest/globals';
import { LiveView, runSummary } from '../src/index.js';
import type { JobRecord, RunEvent, StepRecord } from '../src/events.js';

const step: StepRecord = { index: 0, id: 'bump', name: 'Bump the overlay', outcome: 'failure', conclusion: 'failure', outputs: {}, annotations: [{ level: 'error', message: 'HTTP 403' }], durationMs: 1200, log: '', logFile: '/logs/01-bump.log' }; // prettier-ignore
const job: JobRecord = { name: 'staging / promote', path: ['staging', 'promote'], workflow: 'promote-stage.yml', kind: 'steps', result: 'failure', outputs: {}, steps: [step], annotations: [], summary: '', durationMs: 2500 }; // prettier-ignore
const events: RunEvent[] = [
  { type: 'run-started', runId: 7, workflow: '.github/workflows/release.yml', event: 'release' },
  { type: 'job-pending', job: 'staging / promote', reason: "pending in concurrency group 'deploy-staging'" }, // prettier-ignore
  { type: 'job-started', job: 'staging / promote' },
  { type: 'step-started', job: 'staging / promote', step: 'Bump the overlay', index: 0 },
  { type: 'step-finished', job: 'staging / promote', step },
  { type: 'job-finished', job },
];

describe('the live view and the summary', () => {
  it('prints one line per change when it cannot redraw', () => {
    const out: string[] = [];
    const view = new LiveView((t) => void out.push(t), false);
    events.forEach(view.observer);
    expect(out.join('')).toBe(
      [
        '▶ .github/workflows/release.yml (release), run 7',
        "  staging / promote: pending in concurrency group 'deploy-staging'",
        '  staging / promote: started',
        '  staging / promote: ▶ Bump the overlay',
        '  staging / promote: ✗ Bump the overlay (1.2s)',
        '✗ staging / promote: failure (2.5s)',
        '',
      ].join('\n'),
    );
  });

  it('redraws one block of jobs in place on a terminal', () => {
    const out: string[] = [];
    const view = new LiveView((t) => void out.push(t), true);
    events.forEach(view.observer);
    view.observer({ type: 'run-finished', run: { id: 7, workflow: 'release.yml', event: 'release', conclusion: 'failure', errors: [], jobs: [job], durationMs: 3000, logDir: '/logs' } }); // prettier-ignore
    expect(out).toEqual([`\x1b[2K✗ ${'staging / promote'.padEnd(40)}    2.5s\n`]);
  });

  it('sums the run up: results, failed steps with their errors and logs', () => {
    const text = runSummary({ id: 7, workflow: 'release.yml', event: 'release', conclusion: 'failure', errors: [], jobs: [job], durationMs: 3000, logDir: '/logs' }); // prettier-ignore
    expect(text).toContain('release.yml: failure in 3.0s (run 7)');
    expect(text).toContain('  failure   staging / promote (2.5s)');
    expect(text).toContain('            failure: Bump the overlay\n              error: HTTP 403\n              log: /logs/01-bump.log'); // prettier-ignore
  });
});
