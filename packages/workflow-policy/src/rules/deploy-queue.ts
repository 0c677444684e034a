import { finding, type Rule } from '../finding.js';
import type { Concurrency, Job, WorkflowFile } from '../model.js';

/**
 * A job that declares `environment:` (a deploy) in a concurrency group that promises not to
 * cancel (`cancel-in-progress: false`, or not set, GitHub's default) also sets `queue: max`.
 * Without it a group holds one running and one pending run, and a newer run cancels the pending
 * one: a queued promotion, rollback or apply is dropped although the group says "never cancel".
 * `queue: max` keeps up to 100 pending runs in order; it is allowed when cancel-in-progress is
 * false or not set (https://github.blog/changelog/2026-05-07-github-actions-concurrency-groups-now-allow-larger-queues,
 * https://docs.github.com/en/actions/how-tos/write-workflows/choose-when-workflows-run/control-workflow-concurrency).
 *
 * A group that cancels (true, or an expression) is deploy-concurrency's finding, not this one.
 * Where replacing a pending run is the point (an approval gate), suppress it with the reason.
 */
export const deployQueue: Rule = (file) => {
  if (file.kind !== 'workflow') return [];
  return file.workflow.jobs.flatMap((job) => {
    const concurrency = job.uses || !job.environment ? undefined : effective(file, job);
    const line = concurrency && unqueuedLine(concurrency);
    if (line === undefined) return [];
    const fix =
      concurrency?.queue === undefined
        ? 'add queue: max (in the mapping form: group, cancel-in-progress: false, queue: max)'
        : `set queue: max (found "${concurrency.queue.value}")`;
    return [
      finding(
        file,
        line,
        'deploy-queue',
        `deploy job ${job.id} (environment ${job.environment?.value}) is in concurrency group "${concurrency?.group?.value}", which cancels no running job, yet without queue: max a newer run cancels the pending one; ${fix}`,
      ),
    ];
  });
};

function effective(file: WorkflowFile, job: Job): Concurrency | undefined {
  return job.concurrency ?? file.workflow.concurrency;
}

/** The line to report when the group promises no cancellation without queue: max. */
export function unqueuedLine(concurrency: Concurrency): number | undefined {
  if (!concurrency.group) return undefined;
  const cancel = concurrency.cancelInProgress;
  if (cancel !== undefined && cancel.value !== 'false') return undefined;
  if (concurrency.queue?.value === 'max') return undefined;
  return concurrency.queue?.line ?? cancel?.line ?? concurrency.line;
}
