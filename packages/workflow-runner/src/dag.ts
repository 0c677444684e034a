/** Jobs as a DAG on `needs`: which may start, and the status functions their `if:` sees. */

export type JobResult = 'success' | 'failure' | 'cancelled' | 'skipped';

export interface DagNode {
  id: string;
  needs: string[];
}

/** Jobs not started whose needs have all finished, in file order. */
export function readyJobs(
  nodes: DagNode[],
  finished: ReadonlyMap<string, JobResult>,
  started: ReadonlySet<string>,
): string[] {
  return nodes
    .filter((node) => !started.has(node.id) && node.needs.every((need) => finished.has(need)))
    .map((node) => node.id);
}

/** Every job `id` depends on, directly or not. */
export function ancestors(nodes: DagNode[], id: string): Set<string> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const seen = new Set<string>();
  const visit = (current: string) => {
    for (const need of byId.get(current)?.needs ?? []) {
      if (!seen.has(need)) {
        seen.add(need);
        visit(need);
      }
    }
  };
  visit(id);
  return seen;
}

export interface StatusFunctions {
  success: () => boolean;
  failure: () => boolean;
  cancelled: () => boolean;
  always: () => boolean;
}

/**
 * A job's `if:` status functions, as GitHub defines them over its ancestors: success() when
 * every ancestor succeeded (a skipped one is not a success, so its dependents skip too),
 * failure() when any ancestor failed, cancelled() when the run was cancelled.
 */
export function jobStatusFunctions(
  ancestorResults: JobResult[],
  runCancelled: boolean,
): StatusFunctions {
  return {
    success: () => !runCancelled && ancestorResults.every((result) => result === 'success'),
    failure: () => ancestorResults.some((result) => result === 'failure'),
    cancelled: () => runCancelled,
    always: () => true,
  };
}

export type JobStatus = 'success' | 'failure' | 'cancelled';

/** A step's `if:` status functions over the job's status so far. */
export function stepStatusFunctions(status: JobStatus): StatusFunctions {
  return {
    success: () => status === 'success',
    failure: () => status === 'failure',
    cancelled: () => status === 'cancelled',
    always: () => true,
  };
}

/** The result of a job run as several legs (matrix) or jobs (a called workflow). */
export function combinedResult(results: JobResult[]): JobResult {
  if (results.includes('failure')) return 'failure';
  if (results.includes('cancelled')) return 'cancelled';
  if (results.length > 0 && results.every((result) => result === 'skipped')) return 'skipped';
  return 'success';
}
