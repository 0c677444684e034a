import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ActionError } from '@infra-fleet/action-kit';
import {
  authEnv,
  Git,
  gitTreeReader,
  isInside,
  realPath,
  type GitIdentity,
  type Transports,
} from '@infra-fleet/git';
import { overlayClosure } from '@infra-fleet/kustomize';
import type { OverlayFile } from './bump.js';
import { unknownRef } from './overlay.js';
import { quoteValue } from './references.js';
import type { OverlayStore, PublishResult } from './store.js';

export const BOT_IDENTITY: GitIdentity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

export interface GitStoreOptions {
  repositoryPath: string;
  remote: string;
  branch: string;
  serverUrl: string;
  token?: string;
  identity?: GitIdentity;
}

const CHECKOUT_HINT =
  'commit-method: git commits from a checkout of the repository: add actions/checkout ' +
  '(with persist-credentials: false) before this step, or use commit-method: api, which needs no checkout.';

/** Plain http only towards a plain-http server (GHES without TLS, loopback tests). */
export function transportsFor(serverUrl: string): Transports {
  return { http: new URL(serverUrl).protocol === 'http:' };
}

/**
 * commit-method: git works in a checkout; say so instead of git's "not a git repository". The
 * git directories git itself uses for it (a `.git` file, symlink or worktree may point anywhere)
 * must lie in the workspace: the step pushes from there with the token.
 */
export async function assertCheckout(repositoryPath: string, workspace: string): Promise<void> {
  const notCheckout = (why: string) =>
    new ActionError(
      `repository-path ${quoteValue(repositoryPath)} is not a git checkout: ${why}.`,
      { hint: CHECKOUT_HINT },
    );
  if (!existsSync(repositoryPath)) throw notCheckout('the folder does not exist');
  const git = new Git({ cwd: repositoryPath });
  const args = ['rev-parse', '--absolute-git-dir', '--git-common-dir'];
  const result = await git.run(args, { allowFailure: true });
  if (result.exitCode !== 0) {
    const reason = result.stderr.trim();
    if (/not a git repository/i.test(reason))
      throw notCheckout('no git repository there or in a parent folder');
    throw new ActionError(
      `git cannot use repository-path ${quoteValue(repositoryPath)}: ${reason}`,
    );
  }
  const [gitDir = '', commonDir = ''] = result.stdout.trim().split('\n');
  const root = realPath(workspace) ?? workspace;
  for (const dir of [gitDir, resolve(repositoryPath, commonDir)]) {
    const real = realPath(dir) ?? dir;
    if (isInside(root, real)) continue;
    throw new ActionError(
      `repository-path ${quoteValue(repositoryPath)} uses the git directory ${real}, outside the workspace ${root}.`,
      {
        hint: 'Check the repository out inside GITHUB_WORKSPACE (actions/checkout `path:`); remove any .git file or symlink that leads elsewhere.',
      },
    );
  }
}

/** How git says a fetched ref or object is not on the remote. */
const NO_SUCH_REF = /couldn't find remote ref|not our ref|unadvertised object|no such remote ref/i;

/** Lands commits with git plumbing: the checkout's worktree and index are never touched. */
export class GitOverlayStore implements OverlayStore {
  private readonly git: Git;

  constructor(private readonly options: GitStoreOptions) {
    const env = options.token ? authEnv(options.serverUrl, options.token) : {};
    const transports = transportsFor(options.serverUrl);
    this.git = new Git({ cwd: options.repositoryPath, env, transports });
  }

  readTip(): Promise<string> {
    return this.git.fetchBranch(this.options.remote, this.options.branch);
  }

  async resolveCommit(ref: string): Promise<string> {
    const local = await this.git.run(
      ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`],
      {
        allowFailure: true,
      },
    );
    if (local.exitCode === 0) return local.stdout.trim();
    const shallow = await this.git.isShallow();
    const { remote } = this.options;
    const args = ['fetch', '--no-tags', ...(shallow ? ['--depth=1'] : []), '--', remote, ref];
    const fetched = await this.git.run(args, { allowFailure: true });
    if (fetched.exitCode !== 0 && NO_SUCH_REF.test(fetched.stderr)) {
      throw unknownRef(ref, `in the checkout or on remote ${quoteValue(remote)}`);
    }
    if (fetched.exitCode !== 0) {
      throw new ActionError(
        `Could not fetch promote-from-ref ${quoteValue(ref)} from ${quoteValue(remote)}: ${fetched.stderr.trim()}`,
      );
    }
    return this.git.revParse('FETCH_HEAD');
  }

  async listDir(commit: string, dir: string): Promise<string[] | undefined> {
    const entries = await this.git.listTree(commit, dir);
    return entries?.map((entry) => entry.name);
  }

  async readFile(commit: string, path: string): Promise<string | undefined> {
    return (await this.git.readFile(commit, path))?.content;
  }

  treeOf(commit: string): Promise<string> {
    return this.git.treeOf(commit);
  }

  writeTree(base: string, file: OverlayFile): Promise<string> {
    return this.git.writeTree(base, [{ path: file.path, content: file.content }]);
  }

  /** Only what rendering the overlay reads (its kustomize closure), else the whole tree. */
  async materialize(tree: string, dir: string, overlayDir: string): Promise<void> {
    const reader = gitTreeReader(this.git, tree);
    try {
      const closure = await overlayClosure(reader, overlayDir);
      if (closure.complete) return await this.git.exportFiles(tree, dir, closure.files);
    } finally {
      reader.close();
    }
    await this.git.exportTree(tree, dir);
  }

  commit(tree: string, parent: string, message: string): Promise<string> {
    return this.git.commitTree(tree, [parent], message, this.options.identity ?? BOT_IDENTITY);
  }

  async publish(sha: string): Promise<PublishResult> {
    const result = await this.git.push(this.options.remote, sha, this.options.branch);
    return result.status === 'pushed' ? { status: 'landed', sha } : result;
  }
}
