import type { OverlayFile } from './bump.js';

export type PublishResult = { status: 'landed'; sha: string } | { status: 'stale'; detail: string };

/**
 * Where overlays are read and commits land. The git method implements it with plumbing
 * in the checkout; the api method implements it with the Git Data API.
 */
export interface OverlayStore {
  /** Refreshes and returns the tip of the target branch. */
  readTip(): Promise<string>;
  /** Resolves a ref or sha (promote-from-ref) to a commit that can be read. */
  resolveCommit(ref: string): Promise<string>;
  /** Entry names of a directory at a commit; undefined when it does not exist. */
  listDir(commit: string, dir: string): Promise<string[] | undefined>;
  /** A file's text at a commit; undefined when absent. Refuses symlinks. */
  readFile(commit: string, path: string): Promise<string | undefined>;
  /** The tree of a commit. */
  treeOf(commit: string): Promise<string>;
  /** The tree of `base` with `file` replaced. */
  writeTree(base: string, file: OverlayFile): Promise<string>;
  /** Writes the files of `tree` that rendering `overlayDir` needs under `dir`. */
  materialize(tree: string, dir: string, overlayDir: string): Promise<void>;
  /** A commit of `tree` on top of `parent`. */
  commit(tree: string, parent: string, message: string): Promise<string>;
  /** Moves the branch to `sha` only if that is a fast-forward. */
  publish(sha: string): Promise<PublishResult>;
}
