import type { Job, LoadedFile, Located, Step } from './model.js';

/** A list of steps: a workflow job's, or a composite action's `runs.steps`. */
export interface StepScope {
  job?: Job;
  steps: Step[];
  /** `defaults.run.shell` that applies. */
  shell?: string;
  runsOn?: string;
}

export function stepScopes(file: LoadedFile): StepScope[] {
  if (file.kind === 'action') return [{ steps: file.action.steps }];
  return file.workflow.jobs.map((job) => ({
    job,
    steps: job.steps,
    ...(job.shell !== undefined && { shell: job.shell }),
    ...(job.runsOn !== undefined && { runsOn: job.runsOn }),
  }));
}

export function allSteps(file: LoadedFile): Step[] {
  return stepScopes(file).flatMap((scope) => scope.steps);
}

/** Every `uses:` of the file: steps' actions and jobs' reusable workflows. */
export function allUses(file: LoadedFile): Located[] {
  const jobs =
    file.kind === 'workflow'
      ? file.workflow.jobs.flatMap((job) => (job.uses ? [job.uses] : []))
      : [];
  const steps = allSteps(file).flatMap((step) => (step.uses ? [step.uses] : []));
  return [...jobs, ...steps].sort((a, b) => a.line - b.line);
}
