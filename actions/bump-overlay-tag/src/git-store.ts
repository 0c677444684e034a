import { authEnv, Git, type GitIdentity } from '@infra-fleet/git';
import type { OverlayFile } from './bump.js';
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

/** Lands commits with git plumbing: the checkout's worktree and index are never touched. */
export class GitOverlayStore implements OverlayStore {
  private readonly git: Git;

  constructor(private readonly options: GitStoreOptions) {
    const env = options.token ? authEnv(options.serverUrl, options.token) : {};
    this.git = new Git({ cwd: options.repositoryPath, env });
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
    await this.git.run([
      'fetch',
      '--no-tags',
      ...(shallow ? ['--depth=1'] : []),
      '--',
      this.options.remote,
      ref,
    ]);
    return this.git.revParse('FETCH_HEAD');
  }

  async listDir(commit: string, dir: string): Promise<string[] | undefined> {
    const entries = await this.git.listTree(commit, dir);
    return entries?.map((entry) => entry.name);
  }

  async readFile(commit: string, path: string): Promise<string | undefined> {
    return (await this.git.readFile(commit, path))?.content;
  }

  writeTree(base: string, file: OverlayFile): Promise<string> {
    return this.git.writeTree(base, [{ path: file.path, content: file.content }]);
  }

  materialize(tree: string, dir: string): Promise<void> {
    return this.git.exportTree(tree, dir);
  }

  commit(tree: string, parent: string, message: string): Promise<string> {
    return this.git.commitTree(tree, [parent], message, this.options.identity ?? BOT_IDENTITY);
  }

  async publish(sha: string): Promise<PublishResult> {
    const result = await this.git.push(this.options.remote, sha, this.options.branch);
    return result.status === 'pushed' ? { status: 'landed', sha } : result;
  }
}
