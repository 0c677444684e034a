import { describe, expect, it } from '@jest/globals';
import { compilePattern } from '@infra-fleet/fleet';
import { summarisePlan } from '@infra-fleet/terragrunt';
import { phasesOf, terragruntArgs } from '../src/args.js';
import { lifecycleLines, verifyRefusal } from '../src/lifecycle-report.js';
import { outsideDependents, targetRefusal, type TargetFacts } from '../src/lifecycle-target.js';
import type { UnitResult } from '../src/unit-results.js';

const infrastructure = (environments = 'environments/{env}', root = 'infrastructure') => ({
  root,
  environments: compilePattern(environments),
  shared: ['permanent'],
});
const facts = (folder: string, extra: Partial<TargetFacts> = {}): TargetFacts => ({
  command: 'destroy',
  folder,
  infrastructure: infrastructure(),
  destroyable: ['staging'],
  ...extra,
});

describe('targetRefusal', () => {
  it.each([
    ['infrastructure/environments/staging', {}, undefined],
    ['infrastructure/environments/staging', { environment: 'staging' }, undefined],
    [
      'infrastructure/environments/production',
      {},
      /"production" is not in destroyable-environments \(staging\)/,
    ],
    [
      'infrastructure/environments/staging',
      { destroyable: [] },
      /destroyable-environments \(empty\)/,
    ],
    [
      'infrastructure/environments/production',
      { environment: 'staging' },
      /environment "staging" does not name/,
    ],
    [
      'infrastructure/permanent',
      { destroyable: ['permanent'] },
      /shared folder "infrastructure\/permanent"/,
    ],
    ['infrastructure/permanent/ecr', {}, /shared folder/],
    ['infrastructure', {}, /is or holds the shared folder/],
    ['.', {}, /is or holds the shared folder/],
    [
      'infrastructure/environments',
      {},
      /is not an environment folder: .* at infrastructure\/environments\/\{env\}/,
    ],
    [
      'infrastructure/environments/staging/vpc',
      {},
      /\(it is inside "infrastructure\/environments\/staging"\)/,
    ],
    [
      'infrastructure/environments/_envcommon',
      { destroyable: ['_envcommon'] },
      /is not an environment folder/,
    ],
    ['elsewhere/staging', {}, /is not an environment folder/],
  ])('%s %j', (folder, extra, refusal) => {
    const result = targetRefusal(facts(folder, extra as Partial<TargetFacts>));
    if (refusal === undefined) expect(result).toBeUndefined();
    else expect(result?.message).toMatch(refusal);
  });

  it('follows the fleet layout: a live repository and a root of "."', () => {
    const live = { infrastructure: infrastructure('*/*/{env}', '.'), destroyable: ['dev'] };
    expect(targetRefusal(facts('acct/eu-west-1/dev', live))).toBeUndefined();
    expect(targetRefusal(facts('acct/eu-west-1/prod', live))?.message).toMatch(/"prod" is not/);
    expect(targetRefusal(facts('permanent/x', live))?.message).toMatch(/shared folder "permanent"/);
  });
});

describe('outsideDependents', () => {
  it('names units outside the folder that depend on one inside it', () => {
    const units = [
      { dir: 'i/environments/staging/vpc', dependencies: [] },
      { dir: 'i/environments/staging/eks', dependencies: ['i/environments/staging/vpc'] },
      { dir: 'i/environments/staging-2/eks', dependencies: ['i/environments/staging/vpc'] },
      { dir: 'i/permanent/dns', dependencies: ['i/permanent/zone'] },
    ];
    expect(outsideDependents(units, 'i/environments/staging')).toEqual([
      { unit: 'i/environments/staging-2/eks', dependsOn: 'i/environments/staging/vpc' },
    ]);
  });
});

const planOf = (actions: string[][]) =>
  summarisePlan({
    format_version: '1.2',
    planned_values: {},
    resource_changes: actions.map((action, index) => ({
      address: `aws_thing.r${index}`,
      change: { actions: action, before: action[0] === 'create' ? null : {}, after: {} },
    })),
  });
const unit = (name: string, actions: string[][]): UnitResult => ({
  unit: name,
  status: 'succeeded',
  changes: planOf(actions),
});

describe('lifecycleLines', () => {
  const destroyed = [unit('vpc', [['delete']]), unit('eks', [['delete'], ['delete']])];

  it('says what went, dependents first, counting only the units that ran', () => {
    const facts = { command: 'destroy' as const, environment: 'staging', planned: destroyed };
    expect(lifecycleLines({ ...facts, ran: ['eks', 'vpc'] })).toEqual([
      '🗑️ Destroyed (destroy 3), dependents first: `eks` → `vpc`.',
    ]);
    expect(lifecycleLines({ ...facts, ran: ['eks'] })).toEqual([
      '🗑️ Destroyed (destroy 2), dependents first: `eks`.',
    ]);
    expect(lifecycleLines({ ...facts, ran: [] })).toEqual([]);
    expect(lifecycleLines({ ...facts, planned: [unit('vpc', [])] })).toEqual([
      '✅ Nothing to destroy: no unit has resources in state.',
    ]);
  });

  it('says what came back and whether a new plan is empty', () => {
    const facts = {
      command: 'recreate' as const,
      environment: 'staging',
      planned: [unit('vpc', [['create']]), unit('eks', [['create']])],
      ran: ['vpc', 'eks'],
    };
    expect(lifecycleLines({ ...facts, verified: [unit('vpc', []), unit('eks', [])] })).toEqual([
      '🏗️ Recreated (add 2), dependencies first: `vpc` → `eks`.',
      '✅ A new plan has no changes: staging matches the commit.',
    ]);
    expect(lifecycleLines({ ...facts, verified: [unit('eks', [['update']])] })[1]).toBe(
      '⛔ **A new plan still has changes** in `eks`.',
    );
  });

  it('refuses a recreate whose new plan is not empty, and leaves failures to the run', () => {
    const ok = { units: [unit('vpc', [])], verdict: { problems: [] } };
    expect(verifyRefusal('env', ok)).toBeUndefined();
    const left = { units: [unit('vpc', [['update']])], verdict: { problems: [] } };
    expect(verifyRefusal('env', left)?.message).toBe(
      'After recreating env, a new plan still has changes in: vpc.',
    );
    expect(verifyRefusal('env', { ...left, verdict: { problems: ['x'] } })).toBeUndefined();
  });
});

describe('the phases of destroy and recreate', () => {
  const paths = { workingDirectory: '/w/env', planDir: '/p', tofu: '/t/tofu' };

  it('destroy plans -destroy and applies those plans with -destroy, so dependents go first', () => {
    expect(phasesOf('destroy')).toEqual(['plan-destroy', 'apply-destroy']);
    expect(terragruntArgs('plan-destroy', paths).slice(-8)).toEqual([
      ...['--out-dir', '/p/plans', '--json-out-dir', '/p/json'],
      ...['--', 'plan', '-destroy', '-detailed-exitcode'],
    ]);
    expect(terragruntArgs('apply-destroy', paths).slice(-5)).toEqual([
      ...['--out-dir', '/p/plans', '--', 'apply', '-destroy'],
    ]);
  });

  it('recreate applies without saved plans between two plans', () => {
    expect(phasesOf('recreate')).toEqual(['plan', 'apply-fresh', 'plan']);
    const args = terragruntArgs('apply-fresh', paths);
    expect(args.slice(-3)).toEqual(['json', '--', 'apply']);
    expect(args).not.toContain('--out-dir');
  });
});
