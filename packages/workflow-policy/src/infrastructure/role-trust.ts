// role-trust: checks over Terraform/OpenTofu modules and Terragrunt units, not workflows. The
// workflow linter (npm run lint:workflows) reads YAML only, so this runs as a test over
// infrastructure/ (test/role-trust.test.ts), on files parsed by HashiCorp's HCL parser
// (hcl2json, as packages/terragrunt uses it). Each check is a pure function of parsed files.
import type { Finding } from '../finding.js';

/** One HCL file: its repository path, its text (for line numbers) and hcl2json's JSON of it. */
export interface HclFile {
  path: string;
  text: string;
  json: unknown;
}

/** A trust statement GitHub's OIDC tokens can satisfy, and whether it pins job_workflow_ref. */
export interface WebIdentityTrust {
  file: string;
  line: number;
  /** `data.aws_iam_policy_document.<name>` or `aws_iam_role.<name>.assume_role_policy`. */
  where: string;
  pinsWorkflow: boolean;
}

const RULE = 'role-trust';
const WEB_IDENTITY = 'sts:AssumeRoleWithWebIdentity';

/**
 * Every role trust in a module that web identities (GitHub's OIDC tokens) can assume must pin the
 * reusable workflow the job is defined in: a condition on the `job_workflow_ref` claim, or, for
 * AWS, which reads only the standard claims, a `sub` condition whose subjects carry
 * `job_workflow_ref:` (the repository's subject template then includes it). Without it, any
 * workflow file that declares the environment, written on any branch, can assume the role.
 * https://docs.github.com/en/actions/how-tos/secure-your-work/security-harden-deployments/oidc-with-reusable-workflows
 * https://docs.github.com/en/actions/reference/security/oidc#customizing-the-subject-claims-for-an-organization-or-repository
 *
 * `files` are the .tf files of one module: `local.<name>` references are followed across them.
 */
export function roleTrustFindings(files: readonly HclFile[]): Finding[] {
  return webIdentityTrusts(files)
    .filter((trust) => !trust.pinsWorkflow)
    .map((trust) => ({
      file: trust.file,
      line: trust.line,
      rule: RULE,
      message: `${trust.where} lets GitHub's OIDC tokens (${WEB_IDENTITY}) assume the role without pinning job_workflow_ref: any workflow file that declares the environment, on any branch, gets the role; add the reusable workflow and its ref to the sub condition (subject template repo, context, job_workflow_ref)`,
    }));
}

/** The web-identity trust statements of a module, pinned or not. */
export function webIdentityTrusts(files: readonly HclFile[]): WebIdentityTrust[] {
  const locals = collectLocals(files);
  const expand = (value: unknown) => expandLocals(JSON.stringify(value) ?? '', locals);
  return files.flatMap((file) => [
    ...policyDocumentTrusts(file, expand),
    ...inlineRoleTrusts(file, expand),
  ]);
}

type Expand = (value: unknown) => string;

function policyDocumentTrusts(file: HclFile, expand: Expand): WebIdentityTrust[] {
  const documents = record(record(record(file.json).data).aws_iam_policy_document);
  return Object.entries(documents).flatMap(([name, blocks]) => {
    const statements = list(blocks).flatMap((block) => list(record(block).statement));
    const trusts = statements.filter((statement) =>
      expand(record(statement).actions).includes(WEB_IDENTITY),
    );
    if (trusts.length === 0) return [];
    return [
      {
        file: file.path,
        line: lineOf(file, new RegExp(`data\\s+"aws_iam_policy_document"\\s+"${name}"`)),
        where: `data.aws_iam_policy_document.${name}`,
        pinsWorkflow: trusts.every((statement) => pinsWorkflow(statement, expand)),
      },
    ];
  });
}

/** A statement's conditions: one on job_workflow_ref, or on sub with job_workflow_ref subjects. */
function pinsWorkflow(statement: unknown, expand: Expand): boolean {
  return list(record(statement).condition).some((condition) => {
    const { variable, values } = record(condition);
    const claim = expand(variable);
    if (/:job_workflow_ref"?$/.test(claim)) return true;
    return /:sub"?$/.test(claim) && expand(values).includes('job_workflow_ref:');
  });
}

/** `assume_role_policy` written inline (jsonencode or a heredoc) rather than from a document. */
function inlineRoleTrusts(file: HclFile, expand: Expand): WebIdentityTrust[] {
  const roles = record(record(record(file.json).resource).aws_iam_role);
  return Object.entries(roles).flatMap(([name, blocks]) =>
    list(blocks).flatMap((block) => {
      const policy = expand(record(block).assume_role_policy);
      if (!policy.includes(WEB_IDENTITY)) return [];
      return [
        {
          file: file.path,
          line: lineOf(file, new RegExp(`resource\\s+"aws_iam_role"\\s+"${name}"`)),
          where: `aws_iam_role.${name}.assume_role_policy`,
          pinsWorkflow: /job_workflow_ref/.test(policy),
        },
      ];
    }),
  );
}

/**
 * A Terragrunt unit that uses the deploy-role module passes `job_workflow_refs`, each naming a
 * workflow file at a ref (the module requires them; this keeps a unit from being written for an
 * older module that did not).
 */
export function deployRoleUnitFindings(unit: HclFile, moduleName = 'deploy-role'): Finding[] {
  const json = record(unit.json);
  const source = JSON.stringify(list(json.terraform).map((block) => record(block).source));
  if (!new RegExp(`//${moduleName}"`).test(source)) return [];
  const refs = record(json.inputs).job_workflow_refs;
  const text = JSON.stringify(refs) ?? '';
  if (refs !== undefined && /\.github\/workflows\/[^"@]+@/.test(text)) return [];
  return [
    {
      file: unit.path,
      line: lineOf(unit, /^inputs\s*=/m),
      rule: RULE,
      message: `a ${moduleName} unit without job_workflow_refs (<owner>/<repo>/.github/workflows/<file>@<ref>): the role it makes would not pin the workflow that may assume it`,
    },
  ];
}

function collectLocals(files: readonly HclFile[]): ReadonlyMap<string, string> {
  const locals = new Map<string, string>();
  for (const file of files) {
    for (const block of list(record(file.json).locals)) {
      for (const [name, value] of Object.entries(record(block))) {
        locals.set(name, JSON.stringify(value) ?? '');
      }
    }
  }
  return locals;
}

/** Replaces `local.<name>` by the local's expression, a few levels deep. */
function expandLocals(text: string, locals: ReadonlyMap<string, string>): string {
  let expanded = text;
  for (let depth = 0; depth < 5; depth += 1) {
    const next = expanded.replace(
      /\blocal\.([A-Za-z_][\w-]*)/g,
      (reference, name: string) => locals.get(name) ?? reference,
    );
    if (next === expanded) break;
    expanded = next;
  }
  return expanded;
}

function lineOf(file: HclFile, pattern: RegExp): number {
  const match = pattern.exec(file.text);
  return match ? file.text.slice(0, match.index).split('\n').length : 1;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}
