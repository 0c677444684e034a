import { describe, expect, it } from '@jest/globals';
import { LIMITS, Tally } from '../src/index.js';
import { graphOf, problems, unit } from './graphs.js';

/** A healthy unit beside the hostile one: it must stay problem-free. */
const BYSTANDER = {
  'infra/environments/staging/ok/terragrunt.hcl': 'terraform {\n  source = "."\n}\n',
};

/**
 * `levels` levels of two files each; every file reaches both files of the next level, so a
 * walk that does not share work doubles per level. `reach` writes one such edge.
 */
function diamond(levels: number, reach: (target: string, label: string) => string) {
  const files: Record<string, string> = {};
  for (let level = 0; level < levels; level++) {
    for (const side of ['a', 'b']) {
      const next =
        level + 1 < levels ? ['a', 'b'].map((to) => reach(`l${level + 1}${to}.hcl`, to)) : [];
      files[`infra/hostile/l${level}${side}.hcl`] = next.join('');
    }
  }
  return files;
}

const read = (target: string, label: string) =>
  `locals {\n  ${label} = read_terragrunt_config("${'${get_repo_root()}'}/infra/hostile/${target}")\n}\n`;
const include = (target: string, label: string) =>
  `include "${label}" {\n  path = "${'${get_repo_root()}'}/infra/hostile/${target}"\n}\n`;

function problemsOf(graph: Awaited<ReturnType<typeof graphOf>>) {
  return graph.problems.map((problem) => ({ scope: problem.scope, node: problem.node }));
}

describe('bounded work on hostile trees', () => {
  it.each([
    ['read_terragrunt_config', read],
    ['include', include],
  ])('evaluates each file of a %s diamond once, sharing what each found', async (_name, edge) => {
    const levels = 12;
    const tally = new Tally();
    const graph = await graphOf(
      {
        ...BYSTANDER,
        ...diamond(levels, edge),
        'infra/environments/staging/app/terragrunt.hcl':
          edge('l0a.hcl', 'a') + edge('l0b.hcl', 'b'),
      },
      tally,
    );
    expect(graph.problems).toEqual([]);
    expect(tally.evaluations).toBe(2 + 2 * levels);
    const found = unit(graph, 'environments/staging/app').references;
    expect(found.filter((ref) => ref.file.startsWith('infra/hostile/'))).toHaveLength(2 * levels);
  });

  it.each([
    ['read_terragrunt_config', read],
    ['include', include],
  ])(
    'stops a %s diamond 22 deep at the depth bound, with a problem for that unit only',
    async (_name, edge) => {
      const tally = new Tally();
      const graph = await graphOf(
        {
          ...BYSTANDER,
          ...diamond(22, edge),
          'infra/environments/staging/app/terragrunt.hcl':
            edge('l0a.hcl', 'a') + edge('l0b.hcl', 'b'),
        },
        tally,
      );
      expect(new Set(problemsOf(graph).map((p) => `${p.scope} ${p.node}`))).toEqual(
        new Set(['node infra/environments/staging/app']),
      );
      expect(graph.problems[0]!.message).toMatch(
        new RegExp(`nests includes and reads more than ${LIMITS.depth} deep`),
      );
      expect(tally.evaluations).toBeLessThanOrEqual(2 + 2 * LIMITS.depth);
    },
  );

  it('stops a value that doubles per local at the size bound', async () => {
    const locals = Array.from(
      { length: 60 },
      (_, at) =>
        `  l${at + 1} = concat(local.l${at}, local.l${at})\n  s${at + 1} = "${'${local.s'}${at}}${'${local.s'}${at}}"\n`,
    );
    const graph = await graphOf({
      ...BYSTANDER,
      'infra/environments/staging/app/terragrunt.hcl': `locals {\n  l0 = ["x"]\n  s0 = "x"\n${locals.join('')}}\ninputs = { f = file("\${length(local.l60)}-\${local.s60}") }\n`,
    });
    expect(problemsOf(graph)).toContainEqual({
      scope: 'node',
      node: 'infra/environments/staging/app',
    });
    expect(graph.problems.every((p) => p.node === 'infra/environments/staging/app')).toBe(true);
    expect(graph.problems.map((p) => p.message).join('\n')).toMatch(
      /stopped evaluating .*: a value larger than 1000000 elements and characters/,
    );
  });

  it('bounds the expressions of module code too', async () => {
    const locals = Array.from(
      { length: 60 },
      (_, at) => `  s${at + 1} = "\${local.s${at}}\${local.s${at}}"\n`,
    ).join('');
    const graph = await graphOf({
      ...BYSTANDER,
      'infra/modules/bomb/main.tf': `locals {\n  s0 = "x"\n${locals}  f = file("\${path.module}/\${local.s60}")\n}\n`,
      'infra/environments/staging/app/terragrunt.hcl':
        'terraform {\n  source = "../../../modules//bomb"\n}\n',
    });
    expect(problemsOf(graph)).toEqual([{ scope: 'node', node: 'infra/environments/staging/app' }]);
    expect(graph.problems[0]!.message).toMatch(
      /stopped reading module infra\/modules\/bomb: a value larger than/,
    );
  });

  it('refuses nesting deep enough to overflow a recursive parser or walk, for that unit only', async () => {
    // Just past our bound (HCL's own parser gives up somewhat deeper, with a parse error).
    const deep = (open: string, close: string, inner: string, depth = 102) =>
      open.repeat(depth) + inner + close.repeat(depth);
    const graph = await graphOf({
      ...BYSTANDER,
      'infra/environments/staging/expr/terragrunt.hcl': `locals {\n  x = ${deep('(', ')', 'file("a")')}\n}\n`,
      'infra/environments/staging/json/terragrunt.hcl': `locals {\n  x = jsondecode("${deep('[', ']', '1')}")\n}\ninputs = { f = file(local.x) }\n`,
      // JSON.parse takes any depth; walking the result would not.
      'infra/modules/deep/main.tf.json': `{"locals": {"x": ${deep('[', ']', '1', 100_000)}}}`,
      'infra/environments/staging/module/terragrunt.hcl':
        'terraform {\n  source = "../../../modules//deep"\n}\n',
    });
    expect(
      problems(graph).map((line) =>
        line.replace(/: .*(nested|nest) more than 100 deep.*/, ': $1 > 100'),
      ),
    ).toEqual([
      'environments/staging/expr: nested > 100',
      'environments/staging/json: nested > 100',
      'environments/staging/module: nest > 100',
    ]);
  });

  it('stops nested loops at the step bound', async () => {
    const tally = new Tally();
    const loops =
      '[for a in local.r : [for b in local.r : [for c in local.r : [for d in local.r : d]]]]';
    const graph = await graphOf(
      {
        ...BYSTANDER,
        'infra/environments/staging/app/terragrunt.hcl': `locals {\n  r = range(1000)\n  big = ${loops}\n}\n`,
      },
      tally,
    );
    expect(problemsOf(graph)).toEqual([{ scope: 'node', node: 'infra/environments/staging/app' }]);
    expect(graph.problems[0]!.message).toMatch(/more than 250000 evaluation steps/);
    expect(tally.steps).toBeLessThanOrEqual(LIMITS.steps + 10);
  });
});
