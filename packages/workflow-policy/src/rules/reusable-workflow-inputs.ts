import { calledWorkflowPath, workflowAt, type RepoContext } from '../context.js';
import { finding, type Finding, type Rule } from '../finding.js';
import type { Job, Located, Parameter, WorkflowFile } from '../model.js';

/**
 * A call to a reusable workflow of this repository passes only the inputs and secrets its
 * `on.workflow_call` declares, and every required one.
 */
export const reusableWorkflowInputs: Rule = (file, context) =>
  file.kind === 'workflow'
    ? file.workflow.jobs.flatMap((job) => checkCall(file, job, context))
    : [];

function checkCall(file: WorkflowFile, job: Job, context: RepoContext): Finding[] {
  const target = calledWorkflowPath(job, context);
  if (target === undefined || !job.uses) return [];
  const uses = job.uses;
  const report = (line: number, message: string) =>
    finding(file, line, 'reusable-workflow-inputs', message);
  const called = workflowAt(context, target);
  if (!called) return [report(uses.line, `${uses.value}: there is no workflow at ${target}`)];
  const call = called.workflow.call;
  if (!call) return [report(uses.line, `${target} has no on.workflow_call; it cannot be called`)];
  const inputs = compare('input', job.with, call.inputs, target);
  const secrets =
    job.secretsInherit === undefined
      ? compare('secret', job.secrets, call.secrets, target)
      : { unknown: [], missing: [] };
  return [
    ...[...inputs.unknown, ...secrets.unknown].map((item) => report(item.line, item.message)),
    ...[...inputs.missing, ...secrets.missing].map((message) => report(uses.line, message)),
  ];
}

function compare(
  kind: string,
  passed: ReadonlyMap<string, Located>,
  declared: ReadonlyMap<string, Parameter>,
  target: string,
): { unknown: Array<{ line: number; message: string }>; missing: string[] } {
  const declaredNames = new Set([...declared.keys()].map((name) => name.toLowerCase()));
  const passedNames = new Set([...passed.keys()].map((name) => name.toLowerCase()));
  const list = [...declared.keys()].join(', ') || 'none';
  return {
    unknown: [...passed]
      .filter(([name]) => !declaredNames.has(name.toLowerCase()))
      .map(([name, value]) => ({
        line: value.line,
        message: `${kind} "${name}" is not declared by ${target} (declared: ${list})`,
      })),
    missing: [...declared.values()]
      .filter(
        (parameter) =>
          parameter.required &&
          !parameter.hasDefault &&
          !passedNames.has(parameter.name.toLowerCase()),
      )
      .map((parameter) => `${target} needs the required ${kind} "${parameter.name}"`),
  };
}
