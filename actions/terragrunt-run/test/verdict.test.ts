import { describe, expect, it } from '@jest/globals';
import { summarisePlan } from '@infra-fleet/terragrunt';
import { terragruntArgs } from '../src/args.js';
import { heldStateLocks, unlockAdvice } from '../src/locks.js';
import { childEnvironment, secretValues } from '../src/secrets.js';
import type { UnitResult } from '../src/unit-results.js';
import { judgeRun, type RunFacts } from '../src/verdict.js';
import { staleDependencies } from '../src/dependencies.js';

const noChanges = summarisePlan({ format_version: '1.2', planned_values: {} });
const withChanges = summarisePlan({
  format_version: '1.2',
  planned_values: {},
  resource_changes: [
    { address: 'aws_vpc.this', change: { actions: ['create'], before: null, after: {} } },
  ],
});
const unit = (name: string, extra: Partial<UnitResult> = {}): UnitResult => ({
  unit: name,
  status: 'succeeded',
  changes: noChanges,
  ...extra,
});
const facts = (extra: Partial<RunFacts>): RunFacts => ({
  command: 'plan',
  exitCode: 0,
  units: [unit('vpc')],
  reportFound: true,
  locks: [],
  ...extra,
});

describe('judgeRun', () => {
  it('accepts exit code 0 without changes and 2 with changes', () => {
    expect(judgeRun(facts({}))).toEqual({ problems: [], hasChanges: false });
    const changed = facts({ exitCode: 2, units: [unit('vpc', { changes: withChanges })] });
    expect(judgeRun(changed)).toEqual({ problems: [], hasChanges: true });
  });

  it('fails an exit code that disagrees with the plan JSON, both ways', () => {
    expect(judgeRun(facts({ exitCode: 2 })).problems).toEqual([
      'Exit code 2 says "changes", but no unit\'s plan JSON has any.',
    ]);
    const hidden = facts({ exitCode: 0, units: [unit('vpc', { changes: withChanges })] });
    expect(judgeRun(hidden).problems[0]).toMatch(/Exit code 0 says "no changes"/);
  });

  it('fails exit code 2 for apply and validate, and any other code', () => {
    expect(judgeRun(facts({ command: 'apply', exitCode: 2 })).problems).toContain(
      'Terragrunt exited with code 2.',
    );
    expect(judgeRun(facts({ exitCode: 1 })).problems).toContain('Terragrunt exited with code 1.');
  });

  it('fails on the report: failed and early-exit units, a unit it misses, no report at all', () => {
    const report = facts({
      exitCode: 2,
      units: [
        unit('vpc', { status: 'failed', reason: 'run error' }),
        unit('eks', { status: 'early exit', reason: 'ancestor error', cause: 'vpc' }),
        unit('dns', { status: 'unknown' }),
      ],
    });
    expect(judgeRun(report).problems).toEqual([
      'Unit vpc failed (run error).',
      'Unit eks exited early (ancestor error: vpc).',
      'Unit dns has a plan but is missing from the run report.',
    ]);
    expect(judgeRun(facts({ reportFound: false })).problems).toContain(
      'Terragrunt wrote no run report.',
    );
    expect(judgeRun(facts({ units: [] })).problems[0]).toMatch(/names no unit/);
  });

  it('fails a plan whose succeeded unit wrote no plan JSON, but not a validate', () => {
    const missing = [unit('vpc', { changes: undefined })];
    expect(judgeRun(facts({ units: missing })).problems).toEqual([
      'Unit vpc succeeded but wrote no plan JSON.',
    ]);
    expect(judgeRun(facts({ command: 'validate', units: missing })).problems).toEqual([]);
  });

  it('reports a cancellation and held locks', () => {
    const verdict = judgeRun(
      facts({ exitCode: 1, interrupted: 'SIGINT', locks: [{ id: 'abc', unit: 'vpc' }] }),
    );
    expect(verdict.problems).toEqual([
      'The run was cancelled (SIGINT forwarded to Terragrunt).',
      'Terragrunt exited with code 1.',
      'State lock abc is held (unit vpc).',
    ]);
  });
});

describe('heldStateLocks', () => {
  const block = (unit: string, id: string) =>
    [
      'Error: Error acquiring the state lock',
      'Lock Info:',
      `  ID:        ${id}`,
      '  Path:      bucket/key',
    ].map((line) => `10:11:12.345 STDERR [${unit}] tofu: │ ${line}`);

  it('finds each lock ID once with the unit that printed it, through colour codes', () => {
    const id = '2fc3a1ea-7bd1-4c3e-9f2d-2f3c0b1f9a10';
    const output = [...block('vpc', id), '\u001b[31mLock Info:\u001b[0m', `  ID: ${id}`].join('\n');
    expect(heldStateLocks(output)).toEqual([{ id, unit: 'vpc' }]);
  });

  it('ignores an ID line outside a Lock Info block', () => {
    expect(heldStateLocks('Plan ID: 1234\n  ID: not-a-lock')).toEqual([]);
  });

  it('says where and how to release a lock', () => {
    expect(unlockAdvice({ id: 'abc', unit: 'vpc' }, 'infra/staging')).toBe(
      'State lock abc is held. When no other run is using it, release it from infra/staging/vpc with: terragrunt force-unlock abc',
    );
  });
});

describe('secrets and the child environment', () => {
  it('collects known and secret-looking variables, longest first, skipping short values', () => {
    const env = {
      AWS_SECRET_ACCESS_KEY: 'secret-key-value',
      TF_TOKEN_app_terraform_io: 'registry-token',
      DB_PASSWORD: 'pw',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/url',
      HOME: '/home/runner',
    };
    expect(secretValues(env, ['ghs_token1234'])).toEqual([
      'secret-key-value',
      'registry-token',
      'ghs_token1234',
    ]);
  });

  it("drops the action's inputs and the runner's service tokens, keeps OIDC", () => {
    const env = {
      INPUT_TOKEN: 'ghs_x',
      AWS_REGION: 'eu-west-2',
      ACTIONS_RUNTIME_TOKEN: 'runtime',
      ACTIONS_CACHE_URL: 'https://cache',
      ACTIONS_RESULTS_URL: 'https://results',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc',
    };
    expect(childEnvironment(env, { TF_INPUT: '0' })).toEqual({
      AWS_REGION: 'eu-west-2',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc',
      TF_INPUT: '0',
    });
  });
});

describe('terragruntArgs', () => {
  const paths = { workingDirectory: '/w/env', planDir: '/p', tofu: '/t/tofu' };

  it('plans every unit with saved plans, plan JSON, a JSON report and -detailed-exitcode', () => {
    expect(terragruntArgs('plan', paths)).toEqual([
      ...['run', '--all', '--non-interactive', '--working-dir', '/w/env', '--tf-path', '/t/tofu'],
      ...['--report-file', '/p/report.json', '--report-format', 'json'],
      ...['--out-dir', '/p/plans', '--json-out-dir', '/p/json', '--', 'plan', '-detailed-exitcode'],
    ]);
  });

  it('applies the saved plans and validates without plan dirs', () => {
    expect(terragruntArgs('apply', paths).slice(-4)).toEqual([
      '--out-dir',
      '/p/plans',
      '--',
      'apply',
    ]);
    expect(terragruntArgs('validate', paths)).not.toContain('--out-dir');
  });
});

describe('staleDependencies', () => {
  const outputs = (count: number, resources = withChanges.resources) => ({
    ...withChanges,
    resources,
    outputs: count,
  });
  const deps = new Map([
    ['eks', ['vpc']],
    ['monitoring', ['eks']],
  ]);

  it('pairs a changing unit with each dependency whose outputs change', () => {
    const units = [
      unit('vpc', { changes: outputs(1) }),
      unit('eks', { changes: outputs(1) }),
      unit('monitoring', { changes: outputs(0) }),
    ];
    expect(staleDependencies(units, deps)).toEqual([
      { unit: 'eks', dependsOn: 'vpc' },
      { unit: 'monitoring', dependsOn: 'eks' },
    ]);
  });

  it('lets dependents without changes, and dependencies whose outputs stay, through', () => {
    const units = [
      unit('vpc', { changes: outputs(1) }),
      unit('eks', { changes: outputs(0, []) }),
      unit('monitoring', { changes: outputs(0) }),
    ];
    expect(staleDependencies(units, deps)).toEqual([]);
  });
});
