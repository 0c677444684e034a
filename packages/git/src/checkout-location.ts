import { existsSync, lstatSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Where a checkout's repository lives, found on disk the way git discovers it, without running
 * git: a repository path inside the workspace may still lead elsewhere through a symlink, a
 * `.git` file (`gitdir:`), a worktree's `commondir`, or a parent folder's repository.
 */

export interface GitLocation {
  /** The folder holding `.git` (or the bare repository itself). */
  root: string;
  /** Real paths of the git directory and of its common directory (objects, refs, config). */
  gitDir: string;
  commonDir: string;
}

/** True when `path` is `root` or inside it; both absolute real paths. */
export function isInside(root: string, path: string): boolean {
  const rest = relative(root, path);
  return rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest);
}

/** The real path of `path`, or undefined when nothing is there. */
export function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

const isDirectory = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory();

/** git's validate_headref: a symlink into refs/, `ref: refs/...`, or an object id. */
function validHead(gitDir: string): boolean {
  const head = join(gitDir, 'HEAD');
  const stats = lstatSync(head, { throwIfNoEntry: false });
  if (stats?.isSymbolicLink()) return readlinkSync(head).startsWith('refs/');
  if (!stats?.isFile()) return false;
  const text = readFileSync(head, 'utf8').slice(0, 256);
  return /^ref:\s*refs\//.test(text) || /^(?:[0-9a-f]{40}|[0-9a-f]{64})/.test(text);
}

/** The common directory a (worktree) git directory names in `commondir`, else itself. */
function commonDirOf(gitDir: string): string {
  const file = join(gitDir, 'commondir');
  if (!existsSync(file)) return gitDir;
  return resolve(gitDir, readFileSync(file, 'utf8').trim());
}

/** git's is_git_directory: a valid HEAD, and objects/ and refs/ in the common directory. */
function isGitDirectory(path: string): boolean {
  if (!isDirectory(path) || !validHead(path)) return false;
  const common = commonDirOf(path);
  return !!isDirectory(join(common, 'objects')) && !!isDirectory(join(common, 'refs'));
}

export class CheckoutLocationError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'CheckoutLocationError';
  }
}

const RECHECKOUT = 'Check out the repository again (actions/checkout).';

/** The git directory a `.git` entry names: itself, or the target of its `gitdir:` line. */
function dotGitTarget(dotGit: string): string {
  const stats = statSync(dotGit, { throwIfNoEntry: false });
  if (!stats) throw new CheckoutLocationError(`${dotGit} is a broken symbolic link.`, RECHECKOUT);
  if (stats.isDirectory()) return dotGit;
  const text = readFileSync(dotGit, 'utf8');
  const match = /^gitdir: (.+)/.exec(text);
  if (!match?.[1]) {
    throw new CheckoutLocationError(
      `${dotGit} is neither a git directory nor a "gitdir: <path>" file.`,
      RECHECKOUT,
    );
  }
  return resolve(dirname(dotGit), match[1].trim());
}

function located(root: string, gitDir: string): GitLocation {
  if (!isGitDirectory(gitDir)) {
    throw new CheckoutLocationError(
      `${gitDir} (the git directory of ${root}) is not a valid git directory.`,
      RECHECKOUT,
    );
  }
  const real = realpathSync(gitDir);
  return { root, gitDir: real, commonDir: realpathSync(commonDirOf(real)) };
}

/**
 * The repository git would use for `dir`: the nearest `.git` (folder, symlink or gitdir file)
 * or bare repository, walking up. A `.git` that is not a valid one stops the walk with an
 * error instead of letting git look further up. Undefined when there is none.
 */
export function findGitLocation(dir: string): GitLocation | undefined {
  for (let current = realpathSync(dir); ; current = dirname(current)) {
    const dotGit = join(current, '.git');
    if (lstatSync(dotGit, { throwIfNoEntry: false })) return located(current, dotGitTarget(dotGit));
    if (isGitDirectory(current)) return located(current, current);
    if (dirname(current) === current) return undefined;
  }
}

const MOVE_INSIDE =
  'Check the repository out inside GITHUB_WORKSPACE (actions/checkout `path:`) and give ' +
  'repository-path relative to it; remove any symlink or .git file that leads elsewhere.';

/** Refuses a path that leaves `workspace`, by name and then (when it exists) by real path. */
export function assertInsideWorkspace(workspace: string, path: string): void {
  const root = resolve(workspace);
  const outside = (where: string) =>
    new CheckoutLocationError(
      `${JSON.stringify(path)} is outside the workspace ${root}${where}.`,
      MOVE_INSIDE,
    );
  if (!isInside(root, resolve(root, path))) throw outside('');
  const real = realPath(resolve(root, path));
  const realRoot = realPath(root) ?? root;
  if (real !== undefined && !isInside(realRoot, real)) throw outside(` (it resolves to ${real})`);
}

/**
 * The repository of the checkout at `path`, proved to live inside `workspace`: the folder,
 * its git directory and its common directory, by real path. Undefined when `path` does not
 * exist or no repository is found at all (the caller says it is not a checkout).
 */
export function containedCheckout(workspace: string, path: string): GitLocation | undefined {
  assertInsideWorkspace(workspace, path);
  const absolute = resolve(workspace, path);
  if (!existsSync(absolute)) return undefined;
  const location = findGitLocation(absolute);
  if (!location) return undefined;
  const root = realPath(resolve(workspace)) ?? resolve(workspace);
  for (const [name, dir] of [
    ['repository', location.root],
    ['git directory', location.gitDir],
    ['common git directory', location.commonDir],
  ] as const) {
    if (!isInside(root, dir)) {
      throw new CheckoutLocationError(
        `${JSON.stringify(path)} uses the ${name} ${dir}, outside the workspace ${root}.`,
        MOVE_INSIDE,
      );
    }
  }
  return location;
}
