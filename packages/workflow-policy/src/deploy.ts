import { localActionPath, type RepoContext } from './context.js';
import type { Job, Step, Workflow } from './model.js';

/**
 * This repository's actions that change an environment, and when a step of them does:
 * bump-overlay-tag lands a commit unless `mode: dry-run`; terragrunt-run changes infrastructure
 * unless `command:` is literally `plan` or `validate` (an expression may be `apply`).
 */
const DEPLOYING_ACTIONS: Readonly<Record<string, (step: Step) => boolean>> = {
  'actions/bump-overlay-tag': (step) => step.with.get('mode')?.value !== 'dry-run',
  'actions/terragrunt-run': (step) =>
    !['plan', 'validate'].includes(step.with.get('command')?.value ?? ''),
};

export function isDeployingStep(step: Step, steps: readonly Step[], context: RepoContext): boolean {
  const action = localActionPath(step, steps, context);
  return action !== undefined && (DEPLOYING_ACTIONS[action]?.(step) ?? false);
}

/**
 * A deploy job is a job that runs steps and either declares `environment:` or has a step that
 * deploys (see DEPLOYING_ACTIONS). A job calling a reusable workflow is not one itself: the
 * called workflow's jobs are, and they are checked where they are defined.
 */
export function isDeployJob(job: Job, context: RepoContext): boolean {
  if (job.uses) return false;
  return (
    job.environment !== undefined ||
    job.steps.some((step) => isDeployingStep(step, job.steps, context))
  );
}

/** Triggered by a published release or a tag push: every job of it is a release job. */
export function isReleaseWorkflow(workflow: Workflow): boolean {
  return workflow.triggers.some(
    (trigger) =>
      trigger.event === 'release' ||
      (trigger.event === 'push' &&
        typeof trigger.config === 'object' &&
        trigger.config !== null &&
        'tags' in trigger.config),
  );
}
