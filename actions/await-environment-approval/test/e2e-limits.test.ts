import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { postCommentAs } from '@infra-fleet/github-emulator';
import { waitFor } from '@infra-fleet/testkit';
import { logText, nextGateIssue, runGate, startFixture, type Fixture } from './helpers.js';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(() => fixture?.emulator.close());

/** Statuses of the action's reads of the issue comments, oldest first. */
async function pollStatuses(): Promise<number[]> {
  const requests = await fixture.emulator.control.requests();
  return requests
    .filter((r) => r.operationId === 'issues/list-comments' && r.login === 'github-actions[bot]')
    .map((r) => r.status);
}

function until(check: (statuses: number[]) => boolean): Promise<void> {
  return waitFor(async () => check(await pollStatuses()), { what: 'the expected polls' });
}

describe('await-environment-approval (bundled) under rate limits and server errors', () => {
  it('keeps waiting through a 502, a secondary limit and an exhausted primary limit', async () => {
    const running = runGate(fixture, { inputs: { mode: 'issue' } });
    const issue = await nextGateIssue(fixture, new Set());
    await until((statuses) => statuses.length > 0);
    const path = `/issues/${issue.number}/comments$`;
    const { control } = fixture.emulator;
    await control.addFault({ method: 'GET', path, status: 502 });
    await control.addFault({ method: 'GET', path, kind: 'secondary', status: 429, retryAfter: 1 });
    await control.addFault({ method: 'GET', path, kind: 'primary', resetSeconds: 1 });
    await until((statuses) => statuses.slice(statuses.indexOf(403)).includes(304));
    await postCommentAs(fixture.emulator, issue.number, 'alice', 'approve');
    const run = await running;

    expect(run.exitCode).toBe(0);
    expect(run.outputs.decision).toBe('approved');
    const statuses = await pollStatuses();
    expect(statuses.slice(0, 5)).toEqual([200, 502, 429, 403, 304]);
    expect(statuses.at(-1)).toBe(200);
    const warnings = run.annotations.filter((annotation) => annotation.command === 'warning');
    expect(warnings.map((warning) => warning.message).join('\n')).toMatch(/rate limit/i);
    expect(logText(run)).toContain('Closed issue');
  });
});
