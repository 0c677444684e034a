import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
// HashiCorp's HCL parser as packages/terragrunt loads it (test-only: the linter reads YAML).
import { parseHcl } from '../../terragrunt/src/hcl-wasm.js';
import {
  deployRoleUnitFindings,
  roleTrustFindings,
  webIdentityTrusts,
  type HclFile,
} from '../src/infrastructure/role-trust.js';
import { FIXTURES, REPO, sites } from './helpers.js';

async function load(file: string, as = path.relative(REPO, file)): Promise<HclFile> {
  const text = readFileSync(file, 'utf8');
  return { path: as, text, json: await parseHcl(path.basename(as), text) };
}

const fixture = (name: string) =>
  load(path.join(FIXTURES, 'role-trust', name), `role-trust/${name.replace(/\.txt$/, '')}`);

/** Every folder under dir (itself included) that holds files with the extension. */
function foldersWith(dir: string, extension: string): string[] {
  const entries = readdirSync(dir);
  const here = entries.some((name) => name.endsWith(extension)) ? [dir] : [];
  const below = entries
    .map((name) => path.join(dir, name))
    .filter((entry) => statSync(entry).isDirectory())
    .flatMap((entry) => foldersWith(entry, extension));
  return [...here, ...below];
}

async function moduleFiles(dir: string): Promise<HclFile[]> {
  const names = readdirSync(dir).filter((name) => name.endsWith('.tf'));
  return Promise.all(names.map((name) => load(path.join(dir, name))));
}

describe('role-trust', () => {
  it('flags web-identity trusts that do not pin job_workflow_ref', async () => {
    const findings = roleTrustFindings([await fixture('flagged.tf.txt')]);
    expect(sites(findings)).toEqual([
      [6, 'role-trust'],
      [28, 'role-trust'],
    ]);
    expect(findings[0]?.message).toContain('data.aws_iam_policy_document.trust');
    expect(findings[1]?.message).toContain('aws_iam_role.inline.assume_role_policy');
  });

  it('passes trusts that pin it in sub (through locals) or as a claim, and ignores others', async () => {
    const file = await fixture('clean.tf.txt');
    expect(roleTrustFindings([file])).toEqual([]);
    expect(webIdentityTrusts([file]).map((trust) => trust.where)).toEqual([
      'data.aws_iam_policy_document.claim',
      'data.aws_iam_policy_document.trust',
    ]);
  });

  it('flags a deploy-role unit without job_workflow_refs', async () => {
    const unit = await fixture('unit-without-refs.hcl.txt');
    expect(sites(deployRoleUnitFindings(unit))).toEqual([[9, 'role-trust']]);
  });
});

describe("this repository's infrastructure/", () => {
  const root = path.join(REPO, 'infrastructure');

  it('pins job_workflow_ref in every role trust of every module', async () => {
    const modules = foldersWith(path.join(root, 'modules'), '.tf');
    const trusts = [];
    for (const dir of modules) {
      const files = await moduleFiles(dir);
      expect(roleTrustFindings(files)).toEqual([]);
      trusts.push(...webIdentityTrusts(files));
    }
    // Not vacuous: the deploy roles' trust is among them.
    expect(trusts.map((trust) => `${trust.file} ${trust.where}`)).toContain(
      'infrastructure/modules/deploy-role/main.tf data.aws_iam_policy_document.trust',
    );
  });

  it('passes job_workflow_refs from every deploy-role unit', async () => {
    const units = foldersWith(root, '.hcl')
      .map((dir) => path.join(dir, 'terragrunt.hcl'))
      .filter((file) => readdirSync(path.dirname(file)).includes('terragrunt.hcl'));
    const deployRoleUnits = [];
    for (const file of units) {
      const unit = await load(file);
      expect(deployRoleUnitFindings(unit)).toEqual([]);
      if (/\/\/deploy-role"/.test(JSON.stringify(unit.json))) deployRoleUnits.push(unit.path);
    }
    expect(deployRoleUnits.sort()).toEqual([
      'infrastructure/permanent/iam-role-plan-production/terragrunt.hcl',
      'infrastructure/permanent/iam-role-plan-staging/terragrunt.hcl',
      'infrastructure/permanent/iam-role-production/terragrunt.hcl',
      'infrastructure/permanent/iam-role-staging/terragrunt.hcl',
    ]);
  });
});
