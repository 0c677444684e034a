import type { ActionFile, Job, LoadedFile, Step, WorkflowFile } from './model.js';
import { isWorkflowPath, normalisePath, parseUses, pathInRepository, remoteName } from './uses.js';

/** What the rules may know beyond the file they check. */
export interface RepoContext {
  /** Every loaded workflow and action file, by repository-relative path. */
  files: ReadonlyMap<string, LoadedFile>;
  /**
   * This repository's name: `<any owner>/<name>/actions/x@ref` is resolved to the local
   * `actions/x` (see `pathInRepository`).
   */
  repositoryName: string;
}

export const DEFAULT_REPOSITORY_NAME = 'infra-fleet';

export function repoContext(
  files: Iterable<LoadedFile>,
  repositoryName = DEFAULT_REPOSITORY_NAME,
): RepoContext {
  return { files: new Map([...files].map((file) => [file.path, file])), repositoryName };
}

/** The action.yml of a repository folder, if loaded. */
export function actionAt(context: RepoContext, dir: string): ActionFile | undefined {
  for (const name of ['action.yml', 'action.yaml']) {
    const file = context.files.get(dir === '' ? name : `${dir}/${name}`);
    if (file?.kind === 'action') return file;
  }
  return undefined;
}

export function workflowAt(context: RepoContext, repoPath: string): WorkflowFile | undefined {
  const file = context.files.get(repoPath);
  return file?.kind === 'workflow' ? file : undefined;
}

/**
 * The action of this repository a step runs, as a repository path (`actions/x`): `./actions/x`,
 * `<owner>/<repositoryName>/actions/x@ref`, or `./<dir>/actions/x` after an earlier step of the
 * same job checked this repository out into `<dir>` (how a reusable workflow reaches its own
 * actions: `repository: ${{ job.workflow_repository }}`, `path: <dir>`).
 */
export function localActionPath(
  step: Step,
  steps: readonly Step[],
  context: RepoContext,
): string | undefined {
  const target = step.uses && pathInRepository(step.uses.value, context.repositoryName);
  if (target === undefined || isWorkflowPath(target)) return undefined;
  const earlier = steps.slice(0, step.index);
  const dir = selfCheckoutDirs(earlier, context).find((item) => target.startsWith(`${item}/`));
  return dir === undefined ? target : target.slice(dir.length + 1);
}

const WORKFLOW_REPOSITORY = /^\$\{\{\s*job\.workflow_repository\s*\}\}$/;

/** Folders that earlier actions/checkout steps filled with this repository. */
function selfCheckoutDirs(steps: readonly Step[], context: RepoContext): string[] {
  return steps.flatMap((step) => {
    if (!step.uses || remoteName(parseUses(step.uses.value)) !== 'actions/checkout') return [];
    const repository = step.with.get('repository')?.value ?? '';
    const dir = normalisePath(step.with.get('path')?.value ?? '');
    const self =
      WORKFLOW_REPOSITORY.test(repository) ||
      sameName(repository.split('/')[1] ?? '', context.repositoryName);
    return self && dir !== '' ? [dir] : [];
  });
}

/** The local reusable workflow a job calls, if any. */
export function calledWorkflowPath(job: Job, context: RepoContext): string | undefined {
  const target = job.uses && pathInRepository(job.uses.value, context.repositoryName);
  return target !== undefined && isWorkflowPath(target) ? target : undefined;
}

/** Lower-cased: expression contexts are case-insensitive. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
