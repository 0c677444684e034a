import { describe, expect, it } from '@jest/globals';
import {
  analysePlan,
  canonicalJson,
  describeDestructiveChanges,
  destructiveChanges,
  normalisedChangesHash,
  parsePlanJson,
  PlanResultError,
  summarisePlan,
  type ResourceAction,
} from '../src/index.js';

type Json = Record<string, unknown>;

/** One resource_changes[] entry as `tofu show -json` writes it. */
function change(
  address: string,
  actions: string[],
  extra: Json = {},
  changeExtra: Json = {},
): Json {
  const [type = 'null_resource', name = 'x'] = address.replace(/^data\./, '').split('.');
  return {
    address,
    mode: address.startsWith('data.') ? 'data' : 'managed',
    type,
    name,
    provider_name: 'registry.opentofu.org/hashicorp/aws',
    change: {
      actions,
      before: actions.includes('create') && actions.length === 1 ? null : { id: 'i-1', size: 1 },
      after: actions.includes('delete') && actions.length === 1 ? null : { id: 'i-1', size: 2 },
      after_unknown: {},
      before_sensitive: {},
      after_sensitive: {},
      ...changeExtra,
    },
    ...extra,
  };
}

function plan(changes: Json[], extra: Json = {}): Json {
  return {
    format_version: '1.2',
    terraform_version: '1.8.5',
    variables: { environment: { value: 'staging' } },
    planned_values: { root_module: {} },
    resource_changes: changes,
    output_changes: {},
    prior_state: { format_version: '1.0', values: {} },
    configuration: {},
    timestamp: '2025-06-09T12:50:02Z',
    ...extra,
  };
}

describe('summarisePlan: classification', () => {
  const cases: [string, Json, ResourceAction[] | 'unchanged'][] = [
    ['create', change('aws_vpc.a', ['create']), ['create']],
    ['update', change('aws_vpc.a', ['update']), ['update']],
    ['delete then create', change('aws_vpc.a', ['delete', 'create']), ['replace']],
    ['create before destroy', change('aws_vpc.a', ['create', 'delete']), ['replace']],
    ['delete', change('aws_vpc.a', ['delete']), ['delete']],
    ['forget (removed block)', change('aws_vpc.a', ['forget']), ['forget']],
    ['read (data source)', change('data.aws_ami.a', ['read']), 'unchanged'],
    ['no-op', change('aws_vpc.a', ['no-op']), 'unchanged'],
    [
      'no-op import',
      change('aws_vpc.a', ['no-op'], {}, { importing: { id: 'vpc-1' } }),
      ['import'],
    ],
    [
      'import with update',
      change('aws_vpc.a', ['update'], {}, { importing: { id: 'vpc-1' } }),
      ['update', 'import'],
    ],
    ['no-op move', change('aws_vpc.b', ['no-op'], { previous_address: 'aws_vpc.a' }), ['move']],
    [
      'move with update',
      change('aws_vpc.b', ['update'], { previous_address: 'aws_vpc.a' }),
      ['update', 'move'],
    ],
    [
      'previous_address equal to address is no move',
      change('aws_vpc.a', ['no-op'], { previous_address: 'aws_vpc.a' }),
      'unchanged',
    ],
  ];

  it.each(cases)('%s', (_, entry, expected) => {
    const summary = summarisePlan(plan([entry]));
    if (expected === 'unchanged') expect(summary.resources).toEqual([]);
    else expect(summary.resources.map((resource) => resource.actions)).toEqual([expected]);
  });

  it('counts per kind, an import with update in both columns', () => {
    const summary = summarisePlan(
      plan([
        change('aws_vpc.a', ['create']),
        change('aws_vpc.b', ['create']),
        change('aws_subnet.a', ['update'], {}, { importing: { id: 'subnet-1' } }),
        change('aws_subnet.b', ['delete', 'create']),
        change('aws_subnet.c', ['delete']),
        change('aws_iam_role.r', ['no-op'], { previous_address: 'aws_iam_role.old' }),
        change('aws_s3_bucket.gone', ['forget']),
        change('data.aws_ami.base', ['read']),
        change('aws_vpc.same', ['no-op']),
      ]),
    );
    expect({ ...summary, resources: summary.resources.length }).toEqual({
      add: 2,
      change: 1,
      replace: 1,
      destroy: 1,
      import: 1,
      move: 1,
      forget: 1,
      outputs: 0,
      resources: 7,
    });
  });

  it('lists deletes and replaces first, then by address, with move source, reason and deposed key', () => {
    const summary = summarisePlan(
      plan([
        change('aws_vpc.z', ['create']),
        change('aws_vpc.b', ['delete'], { action_reason: 'delete_because_no_resource_config' }),
        change('aws_vpc.a', ['update']),
        change('aws_instance.web', ['delete'], { deposed: '00000001' }),
        change('aws_vpc.m', ['no-op'], { previous_address: 'aws_vpc.old' }),
      ]),
    );
    expect(summary.resources).toEqual([
      { address: 'aws_instance.web', deposed: '00000001', actions: ['delete'] },
      {
        address: 'aws_vpc.b',
        actions: ['delete'],
        reason: 'delete_because_no_resource_config',
      },
      {
        address: 'aws_vpc.a',
        actions: ['update'],
        attributes: [{ path: 'size', before: '1', after: '2' }],
      },
      { address: 'aws_vpc.m', previousAddress: 'aws_vpc.old', actions: ['move'] },
      {
        address: 'aws_vpc.z',
        actions: ['create'],
        attributes: [
          { path: 'id', after: '"i-1"' },
          { path: 'size', after: '2' },
        ],
      },
    ]);
  });

  it('counts changing outputs, not unchanged ones', () => {
    const outputs = {
      vpc_id: { actions: ['update'], before: 'a', after: 'b' },
      region: { actions: ['no-op'], before: 'x', after: 'x' },
      new: { actions: ['create'], before: null, after: 'c' },
    };
    expect(summarisePlan(plan([], { output_changes: outputs })).outputs).toBe(2);
  });

  it('accepts a plan without resource_changes (OpenTofu omits it when empty)', () => {
    const empty = plan([]);
    delete empty.resource_changes;
    expect(summarisePlan(empty)).toMatchObject({ add: 0, destroy: 0, resources: [] });
  });

  it('never carries before/after values, sensitive or not', () => {
    const secret = 'hunter2-very-secret';
    const summary = summarisePlan(
      plan([
        change(
          'aws_db_instance.db',
          ['update'],
          {},
          {
            before: { password: `${secret}-old` },
            after: { password: secret },
            after_sensitive: { password: true },
          },
        ),
      ]),
    );
    expect(JSON.stringify(summary)).not.toContain(secret);
  });
});

describe('summarisePlan: not a plan', () => {
  const cases: [string, unknown, RegExp][] = [
    ['an array', [], /plan\.json is not an OpenTofu\/Terraform plan JSON: expected an object/],
    ['no format_version', { resource_changes: [] }, /has no format_version/],
    ['a state file', { format_version: '1.0', values: {} }, /looks like a state file/],
    ['format 2.x', { format_version: '2.0', resource_changes: [] }, /format_version "2.0"/],
    ['resource_changes not a list', plan([], { resource_changes: {} }), /not an array/],
    [
      'an entry without address',
      plan([{ change: { actions: ['create'] } }]),
      /\[0\] has no address/,
    ],
    [
      'an unknown action',
      plan([change('aws_vpc.a', ['obliterate'])]),
      /resource_changes\[0\] \(aws_vpc\.a\) has change\.actions \["obliterate"\]/,
    ],
  ];

  it.each(cases)('rejects %s, naming the file', (_, value, message) => {
    const attempt = () => summarisePlan(value, 'json/vpc/plan.json');
    expect(attempt).toThrow(PlanResultError);
    expect(attempt).toThrow(message);
  });

  it('gives a hint on what to pass', () => {
    try {
      summarisePlan({ format_version: '1.0', values: {} }, 'x.json');
      throw new Error('expected a failure');
    } catch (error) {
      expect((error as PlanResultError).hint).toMatch(/--json-out-dir/);
    }
  });

  it('rejects text that is not JSON, naming the file', () => {
    expect(() => parsePlanJson('{"format_version": ', 'json/eks/tfplan.json')).toThrow(
      /json\/eks\/tfplan\.json is not valid JSON/,
    );
  });
});

describe('normalisedChangesHash', () => {
  const changes = [
    change('aws_vpc.a', ['create']),
    change('aws_subnet.b', ['update']),
    change('aws_vpc.c', ['delete', 'create'], {}, { replace_paths: [['cidr_block']] }),
  ];
  const base = normalisedChangesHash(plan(changes));

  it('is sha256 and stable across runs: order, timestamps, prior state and variables aside', () => {
    expect(base).toMatch(/^sha256:[0-9a-f]{64}$/);
    const again = plan([...changes].reverse(), {
      timestamp: '2026-01-01T00:00:00Z',
      prior_state: { other: true },
      variables: { environment: { value: 'other' } },
      terraform_version: '1.9.0',
    });
    expect(normalisedChangesHash(again)).toBe(base);
  });

  it('ignores unchanged resources and key order inside values', () => {
    const reordered = changes.map((entry) => JSON.parse(canonicalJson(entry)) as Json);
    const withNoOps = plan([
      ...reordered,
      change('aws_vpc.same', ['no-op']),
      change('data.aws_ami.x', ['read']),
    ]);
    expect(normalisedChangesHash(withNoOps)).toBe(base);
  });

  const variants: [string, Json[]][] = [
    [
      'an after value',
      [...changes.slice(1), change('aws_vpc.a', ['create'], {}, { after: { id: 'i-2' } })],
    ],
    ['an action', [...changes.slice(1), change('aws_vpc.a', ['update'])]],
    ['an extra change', [...changes, change('aws_vpc.d', ['create'])]],
    [
      'a move source',
      [...changes.slice(1), change('aws_vpc.a', ['create'], { previous_address: 'aws_vpc.o' })],
    ],
    [
      'an import id',
      [...changes.slice(1), change('aws_vpc.a', ['create'], {}, { importing: { id: 'v' } })],
    ],
    [
      'an unknown becoming known',
      [...changes.slice(1), change('aws_vpc.a', ['create'], {}, { after_unknown: { id: true } })],
    ],
  ];

  it.each(variants)('changes with %s', (_, changed) => {
    expect(normalisedChangesHash(plan(changed))).not.toBe(base);
  });

  it('covers root output changes, which dependent units read, but not unchanged outputs', () => {
    const output = (after: string, actions = ['update']) => ({
      vpc_id: { actions, before: 'vpc-000', after, after_unknown: false },
    });
    const to111 = normalisedChangesHash(plan(changes, { output_changes: output('vpc-111') }));
    const to999 = normalisedChangesHash(plan(changes, { output_changes: output('vpc-999') }));
    expect(to111).not.toBe(base);
    expect(to111).not.toBe(to999);
    const unchanged = plan(changes, { output_changes: output('vpc-000', ['no-op']) });
    expect(normalisedChangesHash(unchanged)).toBe(base);
  });

  it('analysePlan gives the same summary and hash as the two functions', () => {
    const value = plan(changes);
    expect(analysePlan(value)).toEqual({ changes: summarisePlan(value), hash: base });
  });
});

describe('destructiveChanges', () => {
  it('lists every delete and replace across units, and nothing for units without a plan', () => {
    const vpc = summarisePlan(
      plan([
        change('aws_vpc.a', ['create']),
        change('aws_subnet.b', ['delete', 'create']),
        change('aws_instance.old', ['delete'], { deposed: 'abcd' }),
      ]),
    );
    const eks = summarisePlan(plan([change('aws_eks_cluster.main', ['delete'])]));
    const found = destructiveChanges([
      { unit: 'vpc', changes: vpc },
      { unit: 'eks', changes: eks },
      { unit: 'failed' },
    ]);
    expect(found).toEqual([
      { unit: 'vpc', address: 'aws_instance.old (deposed abcd)', actions: ['delete'] },
      { unit: 'vpc', address: 'aws_subnet.b', actions: ['replace'] },
      { unit: 'eks', address: 'aws_eks_cluster.main', actions: ['delete'] },
    ]);
    expect(describeDestructiveChanges(found, 2)).toBe(
      [
        '3 resource(s) in 2 unit(s) would be destroyed or replaced:',
        '  vpc: aws_instance.old (deposed abcd) (delete)',
        '  vpc: aws_subnet.b (replace)',
        '  ... and 1 more',
      ].join('\n'),
    );
  });

  it('finds nothing in a plan that only adds, updates, imports and moves', () => {
    const safe = summarisePlan(
      plan([
        change('aws_vpc.a', ['create']),
        change('aws_vpc.b', ['update'], {}, { importing: { id: 'v' } }),
        change('aws_vpc.c', ['no-op'], { previous_address: 'aws_vpc.o' }),
      ]),
    );
    expect(destructiveChanges([{ unit: 'vpc', changes: safe }])).toEqual([]);
  });
});
