import { describe, expect, it } from '@jest/globals';
import {
  ConcurrencyBook,
  ConcurrencyCancelled,
  MAX_PENDING,
  admit,
  type Holder,
} from '../src/concurrency.js';
import { combinedResult, jobStatusFunctions, readyJobs, stepStatusFunctions } from '../src/dag.js';
import { refusal } from '../src/deployment-policy.js';
import { evaluate, fromData } from '../src/expressions.js';
import { callInputs, dispatchInputs } from '../src/inputs.js';
import { expandMatrix, legName } from '../src/matrix.js';
import {
  exceeding,
  nestedJobMessage,
  repositoryDefault,
  tokenScopes,
  NO_PERMISSIONS,
} from '../src/permissions.js';

const holder = (id: string, ancestors: string[] = [], cancelled: string[] = []): Holder => ({
  id,
  label: id,
  ancestors,
  cancel: (reason) => cancelled.push(`${id}: ${reason}`),
});

describe('concurrency groups', () => {
  it('keeps one pending holder by default: a newcomer cancels the older pending one', async () => {
    const book = new ConcurrencyBook();
    const request = {
      group: 'Deploy-Production',
      cancelInProgress: false,
      queue: 'single' as const,
    };
    const first = await book.acquire(request, holder('a'));
    const second = book.acquire(request, holder('b'));
    const third = book.acquire({ ...request, group: 'deploy-production' }, holder('c'));
    await expect(second).rejects.toThrow(
      "Canceling since a higher priority waiting request for 'deploy-production' exists",
    );
    expect(book.snapshot()['deploy-production']).toEqual({ running: 'a', pending: ['c'] });
    first.release();
    (await third).release();
    expect(book.snapshot()['deploy-production']).toEqual({ running: undefined, pending: [] });
  });

  it('queue: max keeps every pending holder in order, up to 100, and cancels the newcomer past that', async () => {
    const book = new ConcurrencyBook();
    const request = { group: 'deploy', cancelInProgress: false, queue: 'max' as const };
    const running = await book.acquire(request, holder('running'));
    const order: string[] = [];
    const pending = Array.from({ length: MAX_PENDING }, (_, i) =>
      book.acquire(request, holder(`p${i}`)).then((lease) => {
        order.push(`p${i}`);
        lease.release();
      }),
    );
    await expect(book.acquire(request, holder('late'))).rejects.toThrow(/already has 100 pending/);
    running.release();
    await Promise.all(pending);
    expect(order).toEqual(Array.from({ length: MAX_PENDING }, (_, i) => `p${i}`));
  });

  it('cancel-in-progress cancels the running holder; a group its own ancestor holds is a deadlock', async () => {
    const cancelled: string[] = [];
    const state = { running: holder('run:1', [], cancelled), pending: [] };
    expect(
      admit(state, holder('job:1', ['run:1']), {
        group: 'g',
        cancelInProgress: false,
        queue: 'single',
      }),
    ).toEqual({
      kind: 'deadlock',
      message:
        "Canceling since a deadlock was detected for concurrency group: 'g' between 'run:1' and 'job:1'",
    });
    const book = new ConcurrencyBook();
    await book.acquire(
      { group: 'g', cancelInProgress: false, queue: 'single' },
      holder('old', [], cancelled),
    );
    void book.acquire({ group: 'g', cancelInProgress: true, queue: 'single' }, holder('new'));
    expect(cancelled).toEqual([
      "old: Canceling since a higher priority waiting request for 'g' exists",
    ]);
    const top = { ...holder('run:2'), topLevelWorkflow: true, label: 'release' };
    await book.acquire({ group: 'deploy', cancelInProgress: false, queue: 'single' }, top);
    const error = await book
      .acquire(
        { group: 'DEPLOY', cancelInProgress: false, queue: 'max' },
        { ...holder('x', ['run:2']), label: 'staging / promote' },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrencyCancelled);
    expect((error as ConcurrencyCancelled).message).toBe(
      "Canceling since a deadlock was detected for concurrency group: 'DEPLOY' between a top level workflow and 'staging / promote'",
    );
  });
});

describe('jobs and steps', () => {
  it('starts jobs whose needs have finished, in file order', () => {
    const nodes = [
      { id: 'a', needs: [] },
      { id: 'b', needs: ['a'] },
      { id: 'c', needs: ['a', 'b'] },
    ];
    expect(readyJobs(nodes, new Map(), new Set())).toEqual(['a']);
    expect(readyJobs(nodes, new Map([['a', 'success']]), new Set(['a']))).toEqual(['b']);
  });

  it('evaluates status functions over ancestors: a skipped or failed ancestor is no success', () => {
    const call = (results: Parameters<typeof jobStatusFunctions>[0], cancelled = false) => {
      const f = jobStatusFunctions(results, cancelled);
      return [f.success(), f.failure(), f.cancelled(), f.always()];
    };
    expect(call(['success', 'success'])).toEqual([true, false, false, true]);
    expect(call(['success', 'skipped'])).toEqual([false, false, false, true]);
    expect(call(['failure', 'skipped'])).toEqual([false, true, false, true]);
    expect(call(['success'], true)).toEqual([false, false, true, true]);
    expect(stepStatusFunctions('failure').failure()).toBe(true);
    expect(combinedResult(['success', 'skipped'])).toBe('success');
    expect(combinedResult(['skipped', 'skipped'])).toBe('skipped');
    expect(combinedResult(['success', 'cancelled', 'failure'])).toBe('failure');
  });

  it("uses GitHub's expression engine, wrapped if: conditions included", () => {
    const contexts = { inputs: { app: '', environment: 'staging', 'require-approval': true } };
    expect(
      fromData(
        evaluate(
          "format('approve-{0}{1}', inputs.environment, inputs.app && format('-{0}', inputs.app) || '')",
          contexts,
        ),
      ),
    ).toBe('approve-staging');
    expect(
      fromData(
        evaluate('success() && (inputs.require-approval)', contexts, { success: () => false }),
      ),
    ).toBe(false);
    expect(() => evaluate('fromJSON(', {})).toThrow(/could not be evaluated/);
  });
});

describe('matrix', () => {
  it('expands vectors with exclude and include as GitHub does', () => {
    const legs = expandMatrix({
      os: ['a', 'b'],
      node: [20, 24],
      exclude: [{ os: 'b', node: 20 }],
      include: [
        { os: 'a', experimental: true },
        { os: 'c', node: 22 },
      ],
    });
    expect(legs).toEqual([
      { os: 'a', node: 20, experimental: true },
      { os: 'a', node: 24, experimental: true },
      { os: 'b', node: 24 },
      { os: 'c', node: 22 },
    ]);
    expect(legName('plan', { environment: 'staging' })).toBe('plan (staging)');
    expect(() => expandMatrix({ environment: [] })).toThrow(
      "Matrix vector 'environment' does not contain any values",
    );
  });
});

describe('permissions', () => {
  it('finds what a nested job asks beyond its caller, in GitHub words', () => {
    const grant = { ...NO_PERMISSIONS, contents: 'read' as const };
    const asked = { ...NO_PERMISSIONS, contents: 'write' as const, statuses: 'read' as const };
    const found = exceeding(asked, grant);
    expect(found.map((v) => nestedJobMessage('promote', v))).toEqual([
      "The nested job 'promote' is requesting 'contents: write', but is only allowed 'contents: read'.",
      "The nested job 'promote' is requesting 'statuses: read', but is only allowed 'statuses: none'.",
    ]);
    expect(
      tokenScopes({ ...NO_PERMISSIONS, 'pull-requests': 'write', 'id-token': 'write' }),
    ).toEqual({ metadata: 'read', pull_requests: 'write' });
    expect(repositoryDefault('restricted')).toMatchObject({
      contents: 'read',
      packages: 'read',
      issues: 'none',
    });
  });
});

describe('environment branch and tag policies', () => {
  it('lets main and v* tags deploy, and refuses others with GitHub message', () => {
    const policies = [
      { name: 'main', type: 'branch' as const },
      { name: 'v*', type: 'tag' as const },
    ];
    expect(refusal('production', 'refs/heads/main', policies)).toBeNull();
    expect(refusal('production', 'refs/tags/v1.2.3', policies)).toBeNull();
    expect(refusal('production', 'refs/heads/feature/x', policies)).toBe(
      'Branch "feature/x" is not allowed to deploy to production due to environment protection rules.',
    );
    expect(refusal('production', 'refs/tags/release-1', policies)).toBe(
      'Tag "release-1" is not allowed to deploy to production due to environment protection rules.',
    );
    expect(refusal('staging', 'refs/heads/any', null)).toBeNull();
  });
});

describe('inputs', () => {
  it('types called-workflow inputs and refuses a string for a boolean', () => {
    const defs = {
      flag: { type: 'boolean', required: false },
      name: { type: 'string', required: true },
    };
    expect(callInputs(defs, { name: 'x' }, () => null)).toEqual({ flag: false, name: 'x' });
    expect(() => callInputs(defs, { name: 'x', flag: 'true' }, () => null)).toThrow(/boolean/);
    expect(() => callInputs(defs, {}, () => null)).toThrow(
      'Input name is required, but not provided while calling.',
    );
    expect(() => callInputs(defs, { name: 'x', other: 1 }, () => null)).toThrow(
      'Invalid input, other is not defined in the referenced workflow.',
    );
    const choice = {
      environment: { type: 'choice', required: true, options: ['staging', 'production'] },
    };
    expect(() => dispatchInputs(choice, { environment: 'qa' }, () => null)).toThrow(
      /one of staging, production/,
    );
  });
});
