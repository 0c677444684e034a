import { posix } from 'node:path';
import type { FileCache } from './files.js';
import { fromVirtual, resolveVirtual } from './paths.js';
import { isUnknown, toText, Unknown, type Value } from './values.js';

/** Where a file function runs: its base dir, and what to do with what it finds. */
export interface FileHost {
  files: FileCache;
  /** Repository-relative dir that relative paths resolve against. */
  baseDir: string;
  record(file: string, hop: string): void;
  /** A file function whose path could not be evaluated (or left the repository). */
  unresolved(call: string, reason: string): void;
}

const CONTENT_READERS = new Set([
  'file',
  'templatefile',
  'filebase64',
  'filemd5',
  'filesha1',
  'filesha256',
  'filesha512',
  'read_tfvars_file',
  'sops_decrypt_file',
]);

export const FILE_FUNCTIONS = new Set([...CONTENT_READERS, 'fileexists', 'fileset']);

/** Calls a file-reading function; undefined when `name` is not one. */
export async function callFileFunction(
  name: string,
  args: Value[],
  host: FileHost,
): Promise<Value | undefined> {
  if (!FILE_FUNCTIONS.has(name)) return undefined;
  const path = repoPath(name, args[0] ?? null, host);
  if (isUnknown(path)) return path;
  if (name === 'fileset') return fileset(path, args[1] ?? null, host);
  host.record(path, `${name}(${path})`);
  if (name === 'fileexists') return (await host.files.kind(path)) === 'file';
  return new Unknown(`the contents of ${path}`);
}

function repoPath(name: string, arg: Value, host: FileHost): string | Unknown {
  const path = toText(arg);
  if (isUnknown(path)) {
    host.unresolved(`${name}()`, path.reason);
    return path;
  }
  const resolved = fromVirtual(resolveVirtual(host.baseDir, path));
  if (resolved === undefined) {
    host.unresolved(`${name}("${path}")`, 'the path is outside the repository');
    return new Unknown(`${path} is outside the repository`);
  }
  return resolved;
}

async function fileset(dir: string, patternArg: Value, host: FileHost): Promise<Value> {
  const pattern = toText(patternArg);
  if (isUnknown(pattern)) {
    host.unresolved(`fileset("${dir}", ...)`, pattern.reason);
    return pattern;
  }
  const matcher = globToRegExp(pattern);
  const matches = (await listFiles(host.files, dir)).filter((file) => matcher.test(file)).sort();
  for (const file of matches) host.record(posix.join(dir, file), `fileset(${dir}, "${pattern}")`);
  return matches;
}

/** Files under `dir`, relative to it; symlinks and missing dirs contribute nothing. */
export async function listFiles(files: FileCache, dir: string, prefix = ''): Promise<string[]> {
  const entries = (await files.list(dir)) ?? [];
  const found: string[] = [];
  for (const entry of entries) {
    const relative = prefix + entry.name;
    if (entry.kind === 'file') found.push(relative);
    if (entry.kind === 'dir')
      found.push(...(await listFiles(files, `${dir}/${entry.name}`, `${relative}/`)));
  }
  return found;
}

/** Terraform's fileset globs: *, **, ?, {a,b} and [...] classes. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i += 1) {
    const c = glob[i]!;
    if (glob.startsWith('**/', i)) {
      source += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') source += '(?:';
    else if (c === '}') source += ')';
    else if (c === ',' && glob.lastIndexOf('{', i) > glob.lastIndexOf('}', i)) source += '|';
    else if (c === '[' || c === ']') source += c;
    else source += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
