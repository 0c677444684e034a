import { finding, type Rule } from '../finding.js';
import type { Job, Step, Workflow } from '../model.js';
import { parseUses, remoteName } from '../uses.js';

/**
 * A job that declares a production-like environment, in a workflow that tags or releases can
 * trigger, runs only after a step has verified that the run's commit is reachable from the
 * default branch. Environments admit `v*` tags (releases run on the tag), and anyone with write
 * access can push a tag on any commit: the run then uses that commit's workflow files and code,
 * which nobody reviewed on the default branch. Tag rulesets that restrict who may create `v*`
 * (README, "Repository settings") close this for the repository; the check closes it for the
 * reusable workflows, which a caller's tag-triggered workflow can run with its environments.
 *
 * - Triggered by tags or releases: `release`, `create`, `push` with `tags`/`tags-ignore` or
 *   without any branch or tag filter (such a push runs for tags too), and `workflow_call`: a
 *   reusable workflow cannot know its callers, and ours are called from `on: release`.
 * - Production-like: a literal name with a word prod, production, prd or live; any expression
 *   (it may be production).
 * - The check: an `actions/github-script` step whose script compares commits through the API
 *   (`compareCommits...`) against the repository's `default_branch`: in the job itself, before
 *   any step other than a checkout; or anywhere in a job it needs (directly or through others)
 *   whose failure it does not override (`always()`, `cancelled()`, `failure()` in its `if:`
 *   without naming that job's `needs.<job>.result`). The rule sees that the step is there, not
 *   what its `if:` decides.
 */
export const defaultBranchCheck: Rule = (file) => {
  if (file.kind !== 'workflow' || !runsForTags(file.workflow)) return [];
  const jobs = new Map(file.workflow.jobs.map((job) => [job.id, job]));
  return file.workflow.jobs.flatMap((job) => {
    const environment = job.environment;
    if (job.uses || !environment || !isProductionLike(environment.value)) return [];
    if (verifiedBefore(job, jobs, new Set())) return [];
    return [
      finding(
        file,
        environment.line,
        'default-branch-check',
        `job ${job.id} deploys to ${environment.value} in a workflow that tags or releases can trigger, without first checking that the run's commit is on the default branch; add an actions/github-script step (values through env:) that compares the commit with the default branch (repos.compareCommitsWithBasehead, status behind or identical), in this job or a job it needs`,
      ),
    ];
  });
};

const TAG_FILTERS = ['tags', 'tags-ignore'];
const BRANCH_FILTERS = ['branches', 'branches-ignore'];

/** Whether a tag push or a release can start the workflow (or a caller of it, workflow_call). */
export function runsForTags(workflow: Workflow): boolean {
  return workflow.triggers.some((trigger) => {
    if (['release', 'create', 'workflow_call'].includes(trigger.event)) return true;
    if (trigger.event !== 'push') return false;
    const config = trigger.config;
    if (typeof config !== 'object' || config === null) return true;
    const keys = Object.keys(config);
    return (
      keys.some((key) => TAG_FILTERS.includes(key)) ||
      !keys.some((key) => BRANCH_FILTERS.includes(key))
    );
  });
}

const PRODUCTION_WORDS = new Set(['prod', 'production', 'prd', 'live']);

export function isProductionLike(environment: string): boolean {
  if (environment.includes('${{')) return true;
  return environment
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((word) => PRODUCTION_WORDS.has(word));
}

/** An actions/github-script step comparing the run's commit with the default branch. */
export function verifiesDefaultBranch(step: Step): boolean {
  if (!step.uses || remoteName(parseUses(step.uses.value)) !== 'actions/github-script') {
    return false;
  }
  const script = step.with.get('script')?.value ?? '';
  return /\bcompareCommits\w*\(/.test(script) && /\bdefault_branch\b/.test(script);
}

function isCheckout(step: Step): boolean {
  return step.uses !== undefined && remoteName(parseUses(step.uses.value)) === 'actions/checkout';
}

/** The job checks first thing (after checkouts), or a job it depends on checks at all. */
function verifiedBefore(job: Job, jobs: ReadonlyMap<string, Job>, seen: Set<string>): boolean {
  const first = job.steps.find((step) => !isCheckout(step));
  return (first !== undefined && verifiesDefaultBranch(first)) || upstreamVerifies(job, jobs, seen);
}

function upstreamVerifies(job: Job, jobs: ReadonlyMap<string, Job>, seen: Set<string>): boolean {
  if (seen.has(job.id)) return false;
  seen.add(job.id);
  const condition = job.condition?.value ?? '';
  const overrides = /\b(always|cancelled|failure)\s*\(/.test(condition);
  return job.needs.some((need) => {
    const upstream = jobs.get(need.value);
    if (!upstream) return false;
    const named = new RegExp(`\\bneeds\\.${escape(need.value)}\\.result\\b`).test(condition);
    if (overrides && !named) return false;
    return upstream.steps.some(verifiesDefaultBranch) || upstreamVerifies(upstream, jobs, seen);
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}
