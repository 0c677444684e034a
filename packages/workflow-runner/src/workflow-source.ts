import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';

/**
 * Where workflows and their actions come from: one checkout of infra-fleet, which stands for the
 * repository `owner/name` at `sha`. `./.github/workflows/x.yml` and
 * `<any owner>/<name>/.github/workflows/x.yml@<ref>` both resolve to files of this checkout.
 */
export interface WorkflowSourceOptions {
  root: string;
  /** owner/name this checkout is, e.g. octo-org/infra-fleet. */
  repository: string;
  /** Default: the checkout's HEAD (git), else a hash of the workflows folder. */
  sha?: string;
}

export class WorkflowSource {
  readonly root: string;
  readonly repository: string;
  readonly sha: string;

  constructor(options: WorkflowSourceOptions) {
    this.root = resolve(options.root);
    this.repository = options.repository;
    this.sha = options.sha ?? checkoutSha(this.root);
  }

  get name(): string {
    return this.repository.split('/')[1] ?? this.repository;
  }

  /** A `uses:` of a reusable workflow as a path in this checkout; throws for other repositories. */
  workflowPath(uses: string): string {
    if (uses.startsWith('./')) return posix.normalize(uses.slice(2));
    const match = /^([^/@]+)\/([^/@]+)\/(.+)@(.+)$/.exec(uses);
    if (!match || match[2] !== this.name) {
      throw new Error(
        `Cannot run ${uses} locally: only this checkout's workflows run (./.github/workflows/… ` +
          `or <owner>/${this.name}/.github/workflows/…@<ref>).`,
      );
    }
    return posix.normalize(match[3] ?? '');
  }

  /** `<owner>/<name>/<path>@<ref>` of one of this checkout's actions, as a folder; else undefined. */
  actionFolder(uses: string): string | undefined {
    const match = /^([^/@]+)\/([^/@]+)\/(.+)@(.+)$/.exec(uses);
    if (!match || match[2] !== this.name) return undefined;
    return join(this.root, match[3] ?? '');
  }

  read(path: string): string {
    const file = join(this.root, path);
    if (!existsSync(file)) throw new Error(`No workflow file ${path} in ${this.root}.`);
    return readFileSync(file, 'utf8');
  }

  /** `owner/name/<path>@<ref>` as GitHub writes github.workflow_ref and job.workflow_ref. */
  ref(path: string, ref: string): string {
    return `${this.repository}/${path}@${ref}`;
  }
}

function checkoutSha(root: string): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return createHash('sha1').update(root).digest('hex');
  }
}
