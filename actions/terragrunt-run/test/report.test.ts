import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { SUMMARY_LIMIT_BYTES } from '@infra-fleet/action-kit';
import {
  analysePlan,
  compareManifests,
  buildManifest,
  parseRunReport,
  type UnitChanges,
} from '@infra-fleet/terragrunt';
import { readPlanDir } from '../src/plan-results.js';
import {
  collectUnitResults,
  commentMarker,
  COMMENT_LIMIT_CHARS,
  redact,
  renderComment,
  renderJobSummary,
  summaryOutput,
  type ReportInput,
  type UnitResult,
} from '../src/report.js';
import {
  planJson,
  runReportCsv,
  syntheticResources,
  writePlanDir,
  type ResourceSpec,
} from './fixtures/plans.js';

const cleanup: string[] = [];
afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

const SECRET = 'db-pass-Zq81xWm4';
const SUMMARY_URL = 'https://github.com/acme/infra/actions/runs/42/attempts/1#summary-7';

const changesOf = (resources: ResourceSpec[]): UnitChanges =>
  analysePlan(planJson(resources)).changes;

const vpcPlan: ResourceSpec[] = [
  { type: 'aws_vpc', name: 'main', actions: ['update'] },
  {
    type: 'aws_subnet',
    name: 'private',
    index: 'eu-west-2a',
    actions: ['delete', 'create'],
    actionReason: 'replace_because_cannot_update',
  },
  {
    type: 'aws_db_instance',
    name: 'db',
    actions: ['create'],
    after: { engine: 'postgres', password: SECRET },
    afterSensitive: { password: true },
  },
  { type: 'aws_s3_bucket', name: 'logs', actions: ['no-op'], importingId: 'acme-logs' },
  { type: 'aws_nat_gateway', name: 'a', actions: ['delete'] },
];

function input(units: UnitResult[], overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    environment: 'staging',
    command: 'plan',
    units,
    exitCode: 2,
    hasChanges: true,
    destroyGuard: { allowed: false },
    versions: { terragrunt: '0.93.1', opentofu: '1.8.5' },
    ...overrides,
  };
}

const basic = () =>
  collectUnitResults(
    parseRunReport(
      runReportCsv([
        { name: 'vpc', result: 'succeeded' },
        { name: 'dns', result: 'succeeded' },
        { name: 'eks', result: 'failed', reason: 'run error' },
      ]),
      '/ws/staging',
    ),
    { vpc: changesOf(vpcPlan), dns: changesOf([]) },
  );

describe('collectUnitResults and summaryOutput', () => {
  it('joins report and plans per unit, sorted; a plan without report entry is unknown', () => {
    const units = collectUnitResults(
      [
        { unit: 'vpc', result: 'succeeded' },
        { unit: 'eks', result: 'early exit', reason: 'ancestor error', cause: 'vpc' },
      ],
      new Map([
        ['vpc', changesOf([{ type: 'aws_vpc', name: 'a', actions: ['create'] }])],
        ['a/b', changesOf([])],
      ]),
    );
    expect(units.map(({ unit, status }) => [unit, status])).toEqual([
      ['a/b', 'unknown'],
      ['eks', 'early exit'],
      ['vpc', 'succeeded'],
    ]);
    expect(summaryOutput(units)).toEqual({
      'a/b': {
        status: 'unknown',
        add: 0,
        change: 0,
        replace: 0,
        destroy: 0,
        import: 0,
        move: 0,
        forget: 0,
      },
      eks: { status: 'early exit' },
      vpc: {
        status: 'succeeded',
        add: 1,
        change: 0,
        replace: 0,
        destroy: 0,
        import: 0,
        move: 0,
        forget: 0,
      },
    });
  });
});

describe('commentMarker and redact', () => {
  it('is a hidden HTML comment per environment that no name can close early', () => {
    expect(commentMarker('staging')).toBe('<!-- infra-fleet:terragrunt-run:staging -->');
    const odd = commentMarker('x --> <b>pwned</b>');
    expect(odd.match(/-->/g)).toHaveLength(1);
    expect(odd).not.toContain('<b>');
  });

  it('masks secrets of four characters or more, each line of multi-line ones, longest first', () => {
    const secrets = ['abc', 'token-1234', 'token-1234-long', 'line-one\nline-two'];
    expect(redact('abc token-1234-long token-1234 line-two', secrets)).toBe('abc *** *** ***');
  });
});

describe('renderComment', () => {
  const comment = renderComment({ ...input(basic(), { exitCode: 1 }), summaryUrl: SUMMARY_URL });

  it('starts with the marker and gives the headline table of units needing attention', () => {
    expect(comment.startsWith(`${commentMarker('staging')}\n### Terragrunt plan: staging`)).toBe(
      true,
    );
    expect(comment).toContain(
      '| Unit | Status | Add | Change | Replace | Destroy | Import | Move |',
    );
    expect(comment).toContain('| `vpc` | ✅ succeeded | 1 | 1 | **⚠️ 1** | **⚠️ 1** | 1 | 0 |');
    expect(comment).toContain('| `eks` | ❌ failed | – | – | – | – | – | – |');
    expect(comment).toContain('✅ No changes in 1 unit(s): `dns`');
    expect(comment).toContain('❌ **Terragrunt failed** (exit code 1)');
  });

  it('highlights destroys and replaces, in the guard notice and the unit details', () => {
    expect(comment).toContain('> [!CAUTION]');
    expect(comment).toContain('**2 resource(s) in 1 unit(s) would be destroyed or replaced.**');
    expect(comment).toContain('- ⚠️ **replace** `aws_subnet.private["eu-west-2a"]` in `vpc`');
    expect(comment).toContain('| ⚠️ **delete** | `aws_nat_gateway.a` |');
    expect(comment).toContain(
      '| ⚠️ **replace** | `aws_subnet.private["eu-west-2a"]` | cannot update in place |',
    );
    expect(comment).toContain(
      '<summary>⚠️ vpc: add 1, change 1, replace 1, destroy 1, import 1</summary>',
    );
    expect(comment).toContain('❌ **Failed**: run error');
  });

  it('says the destroys are allowed when allow-destroy is true', () => {
    const allowed = renderComment(input(basic(), { destroyGuard: { allowed: true } }));
    expect(allowed).toContain('> [!WARNING]');
    expect(allowed).not.toContain('Blocked by the destroy guard');
  });

  it('shows what changes inside each resource, never a value the plan marks sensitive', () => {
    const summary = renderJobSummary(input(basic()));
    for (const text of [comment, summary]) {
      expect(text).not.toContain(SECRET);
      expect(text).toContain('\n~ aws_vpc.main\n~   instance_type: "t3.small" -> "t3.medium"\n');
      expect(text).toContain('~   tags.Revision: "1" -> "2"');
      expect(text).toContain(
        '+ aws_db_instance.db\n+   engine = "postgres"\n+   id = (known after apply)\n+   password = (sensitive)',
      );
    }
  });

  it('masks secrets in attribute values the plan does not mark sensitive', () => {
    const units: UnitResult[] = [
      {
        unit: 'app',
        status: 'succeeded',
        changes: changesOf([
          {
            type: 'aws_ssm_parameter',
            name: 'p',
            actions: ['update'],
            before: { value: 'plain' },
            after: { value: `postgres://app:${SECRET}@db/app` },
          },
        ]),
      },
    ];
    for (const text of [
      renderComment(input(units, { secrets: [SECRET] })),
      renderJobSummary(input(units, { secrets: [SECRET] })),
    ]) {
      expect(text).not.toContain(SECRET);
      expect(text).toContain('~   value: "plain" -> "postgres://app:***@db/app"');
    }
  });

  it('masks secret values that reach names, and escapes markdown and HTML in them', () => {
    const units: UnitResult[] = [
      {
        unit: `apps/${SECRET}|<img src=x>`,
        status: 'failed',
        // Escaping would put backslashes into this one: it must be masked before escaping.
        reason: `token ${SECRET} rejected, then tok_en*99[x]`,
        changes: changesOf([
          { type: 'aws_ssm_parameter', name: 'p', index: SECRET, actions: ['create'] },
        ]),
      },
    ];
    const texts = [
      renderComment(input(units, { secrets: [SECRET, 'tok_en*99[x]'] })),
      renderJobSummary(input(units, { secrets: [SECRET, 'tok_en*99[x]'] })),
    ];
    for (const text of texts) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toMatch(/tok\\?_en/);
      // Outside code spans (where it is literal text), no raw HTML gets through.
      expect(text.replace(/`[^`\n]*`/g, '')).not.toMatch(/<img/);
      expect(text).toContain('&lt;img src=x&gt;');
      expect(text).toContain('aws_ssm_parameter.p["***"]');
    }
  });

  it('reports no changes briefly', () => {
    const quiet = collectUnitResults(
      [
        { unit: 'vpc', result: 'succeeded' },
        { unit: 'old', result: 'excluded', reason: 'exclude block' },
      ],
      { vpc: changesOf([{ type: 'aws_vpc', name: 'a', actions: ['no-op'] }]) },
    );
    const text = renderComment(input(quiet, { exitCode: 0, hasChanges: false }));
    expect(text).toContain('✅ No changes in 2 unit(s).');
    expect(text).toContain('➖ Excluded in 1 unit(s): `old`');
    expect(text).not.toContain('| Unit |');
    expect(text).not.toContain('<details>');
  });

  it('shows how the plan compares with the approved manifest', () => {
    const manifest = (hash: string) =>
      buildManifest({
        terragrunt: '0.93.1',
        opentofu: '1.8.5',
        workingDirectory: 'infrastructure/environments/production',
        commit: 'c'.repeat(40),
        units: { vpc: { hash, changes: changesOf([]) } },
      });
    const differences = compareManifests(
      manifest(`sha256:${'1'.repeat(64)}`),
      manifest(`sha256:${'2'.repeat(64)}`),
    );
    const refused = renderComment(
      input(basic(), { command: 'apply', manifestDifferences: differences }),
    );
    expect(refused).toContain('⛔ **Not the approved plan.**');
    expect(refused).toContain('**Apply refused: the plan differs from the approved one.**');
    expect(refused).toContain('- unit vpc: changes differ');
    const matching = renderComment(input(basic(), { command: 'apply', manifestDifferences: [] }));
    expect(matching).toContain('✅ The plan matches the approved manifest.');
  });
});

/** Units of the synthetic mix; `safe` leaves out its deletes and replaces. */
function manyUnits(count: number, resourcesEach: number, safe = false): UnitResult[] {
  return Array.from({ length: count }, (_, index) => {
    const unit = `service-${String(index).padStart(3, '0')}`;
    const specs = syntheticResources(unit, resourcesEach).filter(
      (spec) => !safe || !spec.actions.includes('delete'),
    );
    return { unit, status: 'succeeded' as const, changes: changesOf(specs) };
  });
}

function giantUnit(resources: number, addressLength: number): UnitResult {
  const specs: ResourceSpec[] = Array.from({ length: resources }, (_, index) => ({
    type: 'aws_route53_record',
    name: 'r',
    index: `${'x'.repeat(addressLength)}-${index}`,
    actions: index % 3 === 0 ? ['delete'] : ['create'],
  }));
  return { unit: 'giant', status: 'succeeded', changes: changesOf(specs) };
}

describe('budgets', () => {
  it('keeps the comment within 65,536 characters with many units and one giant unit, naming the summary', () => {
    const units = [...manyUnits(150, 40, true), giantUnit(4_000, 200)];
    const comment = renderComment({ ...input(units), summaryUrl: SUMMARY_URL });
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(comment.startsWith(commentMarker('staging'))).toBe(true);
    expect(comment).toMatch(
      /\*\*\d+ more unit\(s\)( \(.*\))?: see the \[job summary\]\(https:\/\/github\.com\/acme\/infra\/actions\/runs\/42\/attempts\/1#summary-7\)\.\*\*$/,
    );
    expect(comment).toContain('| `giant` |');
    // The giant unit destroys, so its details come first, cut short inside.
    expect(comment).toContain('<summary>⚠️ giant: add 2666, destroy 1334</summary>');
    expect(comment).toMatch(/_… and \d+ more resources: see the \[job summary\]/);
    expect(comment).toContain('**150 more unit(s) (giant in part): see the [job summary]');
  });

  it('leaves a giant unit out whole when smaller ones came before it', () => {
    const units = [...manyUnits(5, 10, true), { ...giantUnit(4_000, 200), unit: 'zz-giant' }];
    const failed = units.map((unit) => ({ ...unit, status: 'failed' as const }));
    const comment = renderComment({ ...input(failed), summaryUrl: SUMMARY_URL });
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(comment.match(/<details>/g)).toHaveLength(5);
    expect(comment).toContain('**1 more unit(s): see the [job summary]');
  });

  it('drops whole units in order once the next would not fit', () => {
    const units = manyUnits(120, 30);
    const comment = renderComment({ ...input(units), summaryUrl: SUMMARY_URL });
    const shown = comment.match(/<details>/g)?.length ?? 0;
    const omitted = Number(/\*\*(\d+) more unit\(s\)/.exec(comment)?.[1]);
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(shown).toBeGreaterThan(0);
    expect(shown + omitted).toBe(120);
    expect(comment).not.toContain('in part)');
  });

  it('cuts a single unit with enormous addresses inside itself', () => {
    const comment = renderComment({ ...input([giantUnit(50, 100_000)]), summaryUrl: SUMMARY_URL });
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(comment).toContain('…`');
    expect(comment).toContain('<summary>⚠️ giant: add 33, destroy 17</summary>');
  });

  it.each([500, 3_000, 20_000])(
    'stays within a budget of %i characters, marker first',
    (budget) => {
      const units = [...manyUnits(30, 20), giantUnit(300, 500)];
      const comment = renderComment({ ...input(units), summaryUrl: SUMMARY_URL, budget });
      expect(comment.length).toBeLessThanOrEqual(budget);
      expect(comment.startsWith(`${commentMarker('staging')}\n`)).toBe(true);
    },
  );

  it('keeps everything when it fits, with no pointer', () => {
    const comment = renderComment({ ...input(manyUnits(3, 5)), summaryUrl: SUMMARY_URL });
    expect(comment.match(/<details>/g)).toHaveLength(3);
    expect(comment).not.toContain('more unit(s)');
  });

  it('keeps the job summary within 1 MiB of UTF-8, counting multi-byte characters', () => {
    const wide: ResourceSpec[] = Array.from({ length: 3_000 }, (_, index) => ({
      type: 'aws_route53_record',
      name: 'r',
      index: `ünïcødé-📦-${'é'.repeat(150)}-${index}`,
      actions: ['create'],
    }));
    const units = [
      ...manyUnits(100, 50),
      { unit: 'wide', status: 'succeeded' as const, changes: changesOf(wide) },
    ];
    const summary = renderJobSummary(input(units));
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(summary).toContain('GitHub limits a job summary to 1 MiB');
    expect(summary).toContain('| `service-099` |');
  });
});

describe('readPlanDir', () => {
  it('reads the report and every plan JSON in the fixed layout, nested units included', async () => {
    const planDir = await mkdtemp(join(tmpdir(), 'tg-plan-dir-'));
    cleanup.push(planDir);
    const workingDirectory = '/ws/infrastructure/environments/staging';
    await writePlanDir(
      planDir,
      {
        vpc: planJson(vpcPlan),
        'apps/api': planJson([{ type: 'aws_ecs_service', name: 'api', actions: ['update'] }]),
      },
      runReportCsv([
        { name: `${workingDirectory}/vpc`, result: 'succeeded' },
        { name: 'apps/api', result: 'succeeded' },
        { name: 'apps/web', result: 'early exit', reason: 'ancestor error', cause: 'apps/api' },
      ]),
    );
    const results = await readPlanDir(planDir, workingDirectory);
    expect(results.reportFound).toBe(true);
    expect(
      results.units.map(({ unit, status, changes }) => [unit, status, changes?.change]),
    ).toEqual([
      ['apps/api', 'succeeded', 1],
      ['apps/web', 'early exit', undefined],
      ['vpc', 'succeeded', 1],
    ]);
    expect(results.plans.vpc?.hash).toBe(analysePlan(planJson(vpcPlan)).hash);
  });

  it('reads an empty plan dir as no units and no report', async () => {
    const planDir = await mkdtemp(join(tmpdir(), 'tg-plan-dir-'));
    cleanup.push(planDir);
    expect(await readPlanDir(planDir, '/ws')).toEqual({
      units: [],
      plans: {},
      reportFound: false,
      succeeded: [],
    });
  });

  it('names the plan JSON that is not a plan', async () => {
    const planDir = await mkdtemp(join(tmpdir(), 'tg-plan-dir-'));
    cleanup.push(planDir);
    await writePlanDir(planDir, { eks: { format_version: '1.0', values: {} } });
    await expect(readPlanDir(planDir, '/ws')).rejects.toThrow(
      `${join(planDir, 'json', 'eks', 'tfplan.json')} is not an OpenTofu/Terraform plan JSON`,
    );
    await writeFile(join(planDir, 'report.json'), '[{"name": "eks", "result": "bogus"}]');
    await expect(readPlanDir(planDir, '/ws')).rejects.toThrow(
      /report\.json: entry 0 \(eks\) has result "bogus"/,
    );
  });
});
