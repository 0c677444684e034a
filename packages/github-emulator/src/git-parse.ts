/** Pure parsers of git plumbing output. */

export type ObjectType = 'blob' | 'tree' | 'commit' | 'tag';

export interface TreeEntry {
  mode: string;
  type: ObjectType;
  sha: string;
  /** Name for a non-recursive listing, path from the tree's root for a recursive one. */
  path: string;
  /** Blob size in bytes (absent for trees and submodules). */
  size?: number;
}

export interface GitIdentity {
  name: string;
  email: string;
  /** ISO 8601 date. */
  date: string;
}

export interface CommitData {
  sha: string;
  tree: string;
  parents: string[];
  author: GitIdentity;
  committer: GitIdentity;
  message: string;
  /** The raw commit object (GitHub's verification payload). */
  raw: string;
}

export function parseLsTreeLine(line: string): TreeEntry {
  const tab = line.indexOf('\t');
  const [mode, type, sha, size] = line.slice(0, tab).split(/ +/) as [
    string,
    ObjectType,
    string,
    string,
  ];
  const entry: TreeEntry = { mode, type, sha, path: line.slice(tab + 1) };
  if (type === 'blob') entry.size = Number(size);
  return entry;
}

export function parseCommit(sha: string, raw: string): CommitData {
  const split = raw.indexOf('\n\n');
  const header = split === -1 ? raw : raw.slice(0, split);
  const message = split === -1 ? '' : raw.slice(split + 2);
  const parents: string[] = [];
  let tree = '';
  let author: GitIdentity | undefined;
  let committer: GitIdentity | undefined;
  for (const line of header.split('\n')) {
    const space = line.indexOf(' ');
    const key = line.slice(0, space);
    const value = line.slice(space + 1);
    if (key === 'tree') tree = value;
    else if (key === 'parent') parents.push(value);
    else if (key === 'author') author = parseIdentity(value);
    else if (key === 'committer') committer = parseIdentity(value);
  }
  if (!author || !committer) throw new Error(`commit ${sha} has no author or committer`);
  return { sha, tree, parents, author, committer, message, raw };
}

/** `Name <email> 1700000000 +0100` -> ISO date in UTC without milliseconds, as GitHub answers. */
function parseIdentity(value: string): GitIdentity {
  const match = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(value);
  if (!match) throw new Error(`unparsable git identity ${JSON.stringify(value)}`);
  const date = new Date(Number(match[3]) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { name: match[1] as string, email: match[2] as string, date };
}
