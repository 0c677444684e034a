import { sameName } from '../context.js';
import { contextReferences } from '../expressions.js';
import { finding, type Rule } from '../finding.js';
import { declaredOutputs } from './needs-output-exists.js';

/** A reusable workflow's `on.workflow_call.outputs` read `jobs.<job>.outputs.<name>` that exist. */
export const workflowOutputExists: Rule = (file, context) => {
  if (file.kind !== 'workflow' || !file.workflow.call) return [];
  const jobs = file.workflow.jobs;
  return [...file.workflow.call.outputs.values()].flatMap((output) =>
    output.expressions.flatMap((expression) =>
      contextReferences(expression.body)
        .filter((reference) => reference.context === 'jobs')
        .flatMap((reference) => {
          const job = jobs.find((candidate) => sameName(candidate.id, reference.id));
          const report = (message: string) => [
            finding(file, expression.line, 'workflow-output-exists', message),
          ];
          if (!job)
            return report(
              `output ${output.name} reads jobs.${reference.id}, but there is no job "${reference.id}"`,
            );
          const outputs = declaredOutputs(job, context);
          const name = reference.name;
          if (name === undefined || outputs === undefined || outputs.some((o) => sameName(o, name)))
            return [];
          return report(
            `output ${output.name} reads jobs.${reference.id}.outputs.${name}, which job ${job.id} does not declare (declared: ${outputs.join(', ') || 'none'})`,
          );
        }),
    ),
  );
};
