import { calledWorkflowPath, sameName, workflowAt, type RepoContext } from '../context.js';
import { contextReferences, type Expression } from '../expressions.js';
import { finding, type Finding, type Rule } from '../finding.js';
import type { Job, WorkflowFile } from '../model.js';

/**
 * `needs.<job>` names a job listed in this job's `needs:` (only direct needs are visible), and
 * `needs.<job>.outputs.<name>` an output that job declares (for a call of a local reusable
 * workflow: an output of its `on.workflow_call`).
 */
export const needsOutputExists: Rule = (file, context) => {
  if (file.kind !== 'workflow') return [];
  return file.workflow.jobs.flatMap((job) =>
    [...job.expressions, ...job.steps.flatMap((step) => step.expressions)].flatMap((expression) =>
      checkExpression(file, job, expression, context),
    ),
  );
};

function checkExpression(
  file: WorkflowFile,
  job: Job,
  expression: Expression,
  context: RepoContext,
): Finding[] {
  return contextReferences(expression.body)
    .filter((reference) => reference.context === 'needs')
    .flatMap((reference) => {
      const problem = referenceProblem(file, job, reference.id, reference.name, context);
      return problem ? [finding(file, expression.line, 'needs-output-exists', problem)] : [];
    });
}

function referenceProblem(
  file: WorkflowFile,
  job: Job,
  id: string,
  name: string | undefined,
  context: RepoContext,
): string | undefined {
  if (!job.needs.some((need) => sameName(need.value, id))) {
    return `needs.${id}: job ${job.id} does not list "${id}" in needs:`;
  }
  const needed = file.workflow.jobs.find((candidate) => sameName(candidate.id, id));
  if (!needed) return `needs.${id}: there is no job "${id}"`;
  const outputs = declaredOutputs(needed, context);
  if (
    name === undefined ||
    outputs === undefined ||
    outputs.some((output) => sameName(output, name))
  ) {
    return undefined;
  }
  return `needs.${id}.outputs.${name}: job ${needed.id} declares no output "${name}" (declared: ${outputs.join(', ') || 'none'})`;
}

/** A job's outputs; undefined when they cannot be known (a call to another repository). */
export function declaredOutputs(job: Job, context: RepoContext): string[] | undefined {
  if (!job.uses) return [...job.outputs.keys()];
  const called = calledWorkflowPath(job, context);
  const call = called === undefined ? undefined : workflowAt(context, called)?.workflow.call;
  return call ? [...call.outputs.keys()] : undefined;
}
