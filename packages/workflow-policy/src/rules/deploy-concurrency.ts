import { localActionPath, type RepoContext } from '../context.js';
import { isDeployingStep, isDeployJob } from '../deploy.js';
import { contextPaths } from '../expressions.js';
import { finding, type Finding, type Rule } from '../finding.js';
import type { Concurrency, Job, LoadedFile, WorkflowFile } from '../model.js';

/**
 * A deploy job (see deploy.ts) runs in a concurrency group with `cancel-in-progress: false`
 * that names its environment, and the jobs that deploy with the same action (promotion and
 * rollback both land through bump-overlay-tag) share one group pattern, e.g. `deploy-<env>`,
 * so they queue behind each other instead of racing or cancelling one another.
 */
export const deployConcurrency: Rule = (file, context) => {
  if (file.kind !== 'workflow') return [];
  const conventions = groupConventions(context);
  return file.workflow.jobs
    .filter((job) => isDeployJob(job, context))
    .flatMap((job) => checkJob(file, job, context, conventions));
};

function checkJob(
  file: WorkflowFile,
  job: Job,
  context: RepoContext,
  conventions: ReadonlyMap<string, string>,
): Finding[] {
  const concurrency = effectiveConcurrency(file, job);
  const report = (line: number, message: string) =>
    finding(file, line, 'deploy-concurrency', message);
  if (!concurrency?.group) {
    return [
      report(
        job.line,
        `deploy job ${job.id} has no concurrency group; add concurrency: { group: deploy-<environment>, cancel-in-progress: false }`,
      ),
    ];
  }
  const group = concurrency.group;
  const problems: Finding[] = [];
  const cancel = concurrency.cancelInProgress;
  if (cancel?.value !== 'false') {
    problems.push(
      report(
        cancel?.line ?? concurrency.line,
        `deploy job ${job.id} needs cancel-in-progress: false (a cancelled deploy can leave the environment half-changed)`,
      ),
    );
  }
  if (job.environment && !namesEnvironment(group.value, job.environment.value)) {
    problems.push(
      report(
        group.line,
        `concurrency group "${group.value}" of deploy job ${job.id} does not name its environment "${job.environment.value}"`,
      ),
    );
  }
  const pattern = groupPattern(group.value, job.environment?.value);
  for (const action of deployingActions(job, context)) {
    const convention = conventions.get(action);
    if (pattern === undefined || convention === undefined || pattern === convention) continue;
    problems.push(
      report(
        group.line,
        `concurrency group "${group.value}" does not follow "${convention}", the pattern of the other jobs deploying with ${action}: one group per environment, shared by promotion and rollback`,
      ),
    );
  }
  return problems;
}

function effectiveConcurrency(file: WorkflowFile, job: Job): Concurrency | undefined {
  return job.concurrency ?? file.workflow.concurrency;
}

/**
 * The group names the environment when it contains it literally (`deploy-staging`, or the same
 * expression), or, for an environment computed by an expression, reads one of the same values
 * (`matrix.environment`, `inputs.environment`, ...).
 */
export function namesEnvironment(group: string, environment: string): boolean {
  if (normalise(group).includes(normalise(environment))) return true;
  const read = new Set(contextPaths(environment));
  return contextPaths(group).some((item) => read.has(item));
}

/**
 * The group with its environment written as `<env>`: the environment's text, or else the
 * group's only expression. Undefined when neither applies (a group computed in several parts).
 */
export function groupPattern(group: string, environment: string | undefined): string | undefined {
  const text = normalise(group);
  const env = environment === undefined ? '' : normalise(environment);
  if (env !== '' && text.includes(env)) return text.split(env).join('<env>');
  const expressions = text.match(/\$\{\{[\s\S]*?\}\}/g) ?? [];
  return expressions.length === 1 ? text.replace(expressions[0] ?? '', '<env>') : undefined;
}

function normalise(text: string): string {
  return text
    .trim()
    .replace(
      /\$\{\{\s*([\s\S]*?)\s*\}\}/g,
      (_, body: string) => `\${{ ${body.replace(/\s+/g, ' ')} }}`,
    );
}

function deployingActions(job: Job, context: RepoContext): string[] {
  return job.steps.flatMap((step) => {
    const action = localActionPath(step, job.steps, context);
    return action !== undefined && isDeployingStep(step, job.steps, context) ? [action] : [];
  });
}

/** Per deploying action, the group pattern most jobs using it follow (ties: sort order). */
export function groupConventions(context: RepoContext): ReadonlyMap<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const file of context.files.values()) {
    for (const [action, pattern] of deployPatterns(file, context)) {
      const perAction = counts.get(action) ?? new Map<string, number>();
      perAction.set(pattern, (perAction.get(pattern) ?? 0) + 1);
      counts.set(action, perAction);
    }
  }
  return new Map(
    [...counts].map(([action, patterns]) => {
      const ranked = [...patterns].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
      return [action, ranked[0]?.[0] ?? ''];
    }),
  );
}

function deployPatterns(file: LoadedFile, context: RepoContext): Array<[string, string]> {
  if (file.kind !== 'workflow') return [];
  return file.workflow.jobs.flatMap((job) => {
    const group = effectiveConcurrency(file, job)?.group;
    const pattern = group && groupPattern(group.value, job.environment?.value);
    if (pattern === undefined || pattern === '') return [];
    return deployingActions(job, context).map((action): [string, string] => [action, pattern]);
  });
}
