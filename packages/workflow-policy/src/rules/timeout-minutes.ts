import { hasExpression } from '../expressions.js';
import { finding, type Rule } from '../finding.js';

/** Every job that runs steps has a `timeout-minutes` (a reusable-workflow call cannot have one). */
export const timeoutMinutes: Rule = (file) => {
  if (file.kind !== 'workflow') return [];
  return file.workflow.jobs.flatMap((job) => {
    if (job.uses) return [];
    const timeout = job.timeoutMinutes;
    if (!timeout) {
      return [
        finding(
          file,
          job.line,
          'timeout-minutes',
          `job ${job.id} has no timeout-minutes (the default is 360)`,
        ),
      ];
    }
    if (hasExpression(timeout.value) || Number(timeout.value) > 0) return [];
    return [
      finding(
        file,
        timeout.line,
        'timeout-minutes',
        `job ${job.id}: timeout-minutes "${timeout.value}" is not a positive number`,
      ),
    ];
  });
};
