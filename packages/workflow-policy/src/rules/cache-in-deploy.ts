import { isDeployJob, isReleaseWorkflow } from '../deploy.js';
import { finding, type Rule } from '../finding.js';
import type { Step } from '../model.js';
import { parseUses, remoteName } from '../uses.js';

/**
 * No cache restore in release or deploy jobs: a cache written by any branch's run could plant
 * code in the job that holds deploy credentials. Release jobs are every job of a workflow
 * triggered by `release` or a tag push; deploy jobs are defined in deploy.ts.
 */
export const cacheInDeploy: Rule = (file, context) => {
  if (file.kind !== 'workflow') return [];
  const release = isReleaseWorkflow(file.workflow);
  return file.workflow.jobs
    .filter((job) => release || isDeployJob(job, context))
    .flatMap((job) =>
      job.steps.flatMap((step) => {
        const problem = cacheProblem(step);
        const kind = isDeployJob(job, context) ? 'deploy' : 'release';
        return problem
          ? [
              finding(
                file,
                step.uses?.line ?? step.line,
                'cache-in-deploy',
                `${kind} job ${job.id}: ${problem}`,
              ),
            ]
          : [];
      }),
    );
};

export function cacheProblem(step: Step): string | undefined {
  const name = step.uses ? remoteName(parseUses(step.uses.value)) : undefined;
  if (name === undefined) return undefined;
  if (name === 'actions/cache' || name.includes('cache')) return `${name} restores a cache`;
  if (!name.startsWith('actions/setup-')) return undefined;
  const cache = step.with.get('cache')?.value;
  if (name === 'actions/setup-go' && cache !== 'false') {
    return 'actions/setup-go restores a cache unless cache: false';
  }
  return cache && cache !== 'false' ? `${name} restores a cache (cache: ${cache})` : undefined;
}
