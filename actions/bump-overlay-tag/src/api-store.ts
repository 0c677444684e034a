import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { listedTreeReader } from '@infra-fleet/git';
import type { GitDataPort } from '@infra-fleet/github';
import { overlayClosure } from '@infra-fleet/kustomize';
import type { OverlayFile } from './bump.js';
import { unknownRef } from './overlay.js';
import type { OverlayStore, PublishResult } from './store.js';

/**
 * Lands commits through the Git Data API: blob, tree and commit on the expected parent, then a
 * non-forced ref update. No checkout is needed, and GitHub signs the commits.
 */
export class ApiOverlayStore implements OverlayStore {
  constructor(
    private readonly git: GitDataPort,
    private readonly branch: string,
    private readonly repository: string,
  ) {}

  readTip(): Promise<string> {
    return this.git.branchTip(this.branch);
  }

  async resolveCommit(ref: string): Promise<string> {
    const sha = await this.git.resolveCommit(ref);
    if (sha) return sha;
    const abbreviated = /^[0-9a-f]{4,39}$/i.test(ref)
      ? ' An abbreviated sha is not resolved through the API: pass the full 40-character sha.'
      : '';
    throw unknownRef(ref, `in ${this.repository}`, abbreviated);
  }

  async listDir(commit: string, dir: string): Promise<string[] | undefined> {
    return (await this.git.listDirectory(commit, dir))?.map((entry) => entry.name);
  }

  async readFile(commit: string, path: string): Promise<string | undefined> {
    return (await this.git.readFile(commit, path))?.content;
  }

  treeOf(commit: string): Promise<string> {
    return this.git.commitTree(commit);
  }

  async writeTree(base: string, file: OverlayFile): Promise<string> {
    const [blob, baseTree] = await Promise.all([
      this.git.createBlob(file.content),
      this.git.commitTree(base),
    ]);
    return this.git.createTree(baseTree, [{ path: file.path, sha: blob }]);
  }

  /**
   * One recursive tree listing, then only the blobs rendering the overlay reads (its kustomize
   * closure: siblings, ../../base, components); the overlay's top-level folder when the closure
   * cannot be told.
   */
  async materialize(tree: string, dir: string, overlayDir: string): Promise<void> {
    const files = new Map((await this.git.listFiles(tree, '')).map((file) => [file.path, file]));
    const blobs = new Map<string, Promise<Buffer>>();
    const blob = (path: string) => {
      const read = blobs.get(path) ?? this.git.readBlob(files.get(path)?.sha ?? '');
      blobs.set(path, read);
      return read;
    };
    const reader = listedTreeReader([...files.keys()], async (path) =>
      (await blob(path)).toString('utf8'),
    );
    const closure = await overlayClosure(reader, overlayDir);
    const top = overlayDir === '.' || overlayDir === '' ? '' : `${overlayDir.split('/')[0]}/`;
    const wanted = closure.complete
      ? closure.files.filter((path) => files.has(path))
      : [...files.keys()].filter((path) => path.startsWith(top));
    await Promise.all(
      wanted.map(async (path) => {
        const target = join(dir, ...path.split(posix.sep));
        await mkdir(dirname(target), { recursive: true });
        const mode = files.get(path)?.mode === '100755' ? 0o755 : 0o644;
        await writeFile(target, await blob(path), { mode });
      }),
    );
  }

  commit(tree: string, parent: string, message: string): Promise<string> {
    return this.git.createCommit({ message, tree, parents: [parent] });
  }

  /**
   * A refused or failed update may be a repeat of one whose answer was lost after it applied,
   * with other writers landing since: the commit, made just now, is then in the branch.
   */
  async publish(sha: string): Promise<PublishResult> {
    const result = await this.git.updateBranch(this.branch, sha).catch(async (error: unknown) => {
      if (await this.git.branchContains(this.branch, sha).catch(() => false)) return 'updated';
      throw error;
    });
    if (result === 'updated' || (await this.git.branchContains(this.branch, sha)))
      return { status: 'landed', sha };
    return { status: 'stale', detail: `${this.branch} moved (the update was not a fast-forward)` };
  }
}
