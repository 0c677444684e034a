import type { Git, TreeReader } from '@infra-fleet/git';
import type { CommitInfo } from './model.js';
import { parseTrailers, utcDate } from './trailers.js';

/** What the status reads of the repository, at one commit of the branch. */
export interface RepositoryReader extends TreeReader {
  head: string;
  readFile(path: string, at?: string): Promise<string | undefined>;
  /** Commits that touched `path` up to the head, newest first. */
  touched(path: string, limit: number): Promise<CommitInfo[]>;
  /** Commits after `sha` up to the head, oldest first. */
  later(sha: string, limit: number): Promise<string[]>;
}

const FIELD = '\x1f';
const RECORD = '\x1e';
const FORMAT = ['%H', '%an', '%cI', '%s', '%B'].join('%x1f') + '%x1e';

export function parseLog(stdout: string): CommitInfo[] {
  return stdout
    .split(RECORD)
    .map((record) => record.replace(/^\n/, ''))
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const [sha = '', author = '', date = '', subject = '', body = ''] = record.split(FIELD);
      return { sha, author, date: utcDate(date), subject, trailers: parseTrailers(body) };
    });
}

function kindOf(type: string, mode: string) {
  if (type === 'tree') return 'dir' as const;
  if (type === 'commit') return 'submodule' as const;
  return mode === '120000' ? ('symlink' as const) : ('file' as const);
}

/** A RepositoryReader over a local clone, at `ref` (a branch, remote branch or commit). */
export async function gitRepositoryReader(git: Git, ref: string): Promise<RepositoryReader> {
  const head = await git.revParse(ref);
  const readFile = async (path: string, at = head) => (await git.readFile(at, path))?.content;
  return {
    head,
    readFile,
    readText: (path) => readFile(path),
    async listDir(dir) {
      const entries = await git.listTree(head, dir);
      return entries?.map((entry) => ({ name: entry.name, kind: kindOf(entry.type, entry.mode) }));
    },
    async touched(path, limit) {
      const args = ['log', `--max-count=${limit}`, `--format=${FORMAT}`, head, '--', path];
      return parseLog((await git.run(args)).stdout);
    },
    async later(sha, limit) {
      const args = ['rev-list', '--reverse', '--ancestry-path', `${sha}..${head}`];
      const out = (await git.run(args)).stdout.split('\n').filter(Boolean);
      return out.slice(0, limit);
    },
  };
}
