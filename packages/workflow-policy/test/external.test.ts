import { describe, expect, it } from '@jest/globals';
import { externalFindings } from '../src/external.js';
import { actionlintFindings } from '../src/external/actionlint.js';
import { languageServiceFindings } from '../src/external/languageservice.js';
import { shellcheckFindings } from '../src/external/shellcheck.js';
import { lintFiles } from '../src/lint.js';
import { fixture, fixtureContext, REPO, sites, yaml } from './helpers.js';

const context = fixtureContext();

describe('shellcheck', () => {
  const file = yaml(`
    on: push
    jobs:
      a:
        runs-on: ubuntu-24.04
        steps:
          - run: |
              set -eu
              echo $HOME
              [ \${{ github.event_name }} = push ] && echo "\${{ github.ref }}"
          - shell: sh
            run: |
              if [[ -n "$HOME" ]]; then echo home; fi
          - shell: pwsh
            run: echo $HOME
      windows:
        runs-on: windows-latest
        steps:
          - run: echo $HOME
  `);

  it('reports at the file line, in the job shell, with expressions blanked', async () => {
    const findings = await shellcheckFindings([file]);
    expect(sites(findings)).toEqual([
      [8, 'shellcheck:SC2086'],
      [12, 'shellcheck:SC3010'],
    ]);
  });

  it('is a finding, not a silent pass, when shellcheck is missing', async () => {
    const findings = await shellcheckFindings([file], { executable: '/nonexistent/shellcheck' });
    expect(findings).toEqual([
      expect.objectContaining({ line: 6, rule: 'shellcheck:unavailable' }),
    ]);
  });
});

describe('actionlint', () => {
  it('reports type errors as actionlint:<kind>', async () => {
    const file = yaml(`
      on: push
      jobs:
        a:
          runs-on: ubuntu-24.04
          steps:
            - if: \${{ github.run_number.foo }}
              run: echo hi
    `);
    const findings = await actionlintFindings(file);
    expect(sites(findings)).toEqual([[6, 'actionlint:expression']]);
    expect(findings[0]?.message).toMatch(/must be type of object/);
  });

  it('does not repeat its outdated view of the job context', async () => {
    const file = yaml(`
      on: workflow_call
      jobs:
        a:
          runs-on: ubuntu-24.04
          steps:
            - env:
                REPOSITORY: \${{ job.workflow_repository }}
              run: echo "$REPOSITORY"
    `);
    expect(await actionlintFindings(file)).toEqual([]);
  });
});

describe("GitHub's validator", () => {
  it('reports schema errors in workflows, wherever the file lives', async () => {
    const file = yaml(
      `
      on: push
      jobs:
        a:
          runs-on: ubuntu-24.04
          colour: blue
          steps:
            - run: echo hi
      `,
      'somewhere/else.yml',
    );
    const findings = await languageServiceFindings(file, context, REPO);
    expect(sites(findings)).toEqual([[5, 'languageservice']]);
    expect(findings[0]?.message).toContain('colour');
  });

  it('validates action.yml against the action schema', async () => {
    const file = yaml(
      `
      name: x
      description: x
      runs:
        using: node99
        main: dist/index.js
      `,
      'actions/x/action.yml',
    );
    const findings = await languageServiceFindings(file, context, REPO);
    expect(sites(findings)).toEqual([[4, 'languageservice']]);
  });

  it('reads reusable workflows of this repository from the context', async () => {
    const file = fixture('needs-output-exists.yml');
    const messages = (await languageServiceFindings(file, context, REPO)).map(
      (item) => item.message,
    );
    expect(messages).not.toContain('Unable to find reusable workflow');
    expect(messages).toContain('Context access might be invalid: nothing');
  });
});

describe('all checkers together', () => {
  it('find nothing in the clean fixture', async () => {
    const file = fixture('clean.yml');
    expect(await lintFiles([file], fixtureContext(file), { external: { root: REPO } })).toEqual([]);
  });

  it('reject the seed release workflow through every checker', async () => {
    const file = fixture('seed-release.yml');
    const rules = new Set(
      (await externalFindings([file], context, { root: REPO })).map((item) => item.rule),
    );
    expect([...rules].sort()).toEqual([
      'actionlint:syntax-check',
      'languageservice',
      'shellcheck:SC2164',
    ]);
  });

  it('honour suppressions of external rules', async () => {
    const file = fixture('suppression.yml');
    const findings = await lintFiles([file], fixtureContext(file), { external: { root: REPO } });
    expect(findings.filter((item) => item.rule.startsWith('shellcheck:'))).toEqual([]);
  });
});
