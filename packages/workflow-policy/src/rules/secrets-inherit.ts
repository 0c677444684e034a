import { finding, type Rule } from '../finding.js';

/** A reusable-workflow call passes the secrets it needs by name, never all of them. */
export const secretsInherit: Rule = (file) =>
  file.kind !== 'workflow'
    ? []
    : file.workflow.jobs.flatMap((job) =>
        job.secretsInherit === undefined
          ? []
          : [
              finding(
                file,
                job.secretsInherit,
                'secrets-inherit',
                `job ${job.id} passes every secret (secrets: inherit); pass only the ones the called workflow declares`,
              ),
            ],
      );
