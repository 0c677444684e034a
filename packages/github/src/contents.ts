import { GitHubPortError } from './errors.js';
import { orUndefinedOn404, type PortCall } from './call.js';

export interface DirectoryEntry {
  name: string;
  type: string;
  path: string;
}

interface ContentEntry extends DirectoryEntry {
  sha: string;
  content?: string;
  encoding?: string;
}

/** Strips the slashes users add; the contents API wants a plain repository-relative path. */
export function normalizePath(path: string): string {
  return path.replace(/^(\.?\/)+/, '').replace(/\/+$/, '');
}

/** Reads files and directories at a ref through the contents API. */
export function contentsReader(call: PortCall) {
  const get = (ref: string, path: string) =>
    orUndefinedOn404(
      () =>
        call('read', `"${path}" at ${ref}`, 'GET /repos/{owner}/{repo}/contents/{path}', {
          path,
          ref,
        }) as Promise<ContentEntry | ContentEntry[]>,
    );

  /** The contents API leaves files over 1 MB without content; the blob API serves them. */
  const text = async (entry: ContentEntry): Promise<string> => {
    if (entry.encoding === 'base64' && typeof entry.content === 'string') {
      return decode(entry.content);
    }
    const route = 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}';
    const blob = (await call('read blob', `${entry.sha} ("${entry.path}")`, route, {
      file_sha: entry.sha,
    })) as { content: string };
    return decode(blob.content);
  };

  return {
    async listDirectory(ref: string, path: string): Promise<DirectoryEntry[] | undefined> {
      const data = await get(ref, normalizePath(path));
      if (data === undefined) return undefined;
      if (!Array.isArray(data)) throw notA('directory', data, path, ref);
      return data.map(({ name, type, path: entryPath }) => ({ name, type, path: entryPath }));
    },
    async readFile(ref: string, path: string) {
      const wanted = normalizePath(path);
      const data = await get(ref, wanted);
      if (data === undefined) return undefined;
      if (Array.isArray(data) || data.type !== 'file') throw notA('file', data, path, ref);
      // GitHub serves a symlink to a file as that file, under the target's path.
      if (data.path !== wanted) throw symlinkTo(data.path, path, ref);
      return { content: await text(data), sha: data.sha };
    },
  };
}

function decode(base64: string): string {
  return Buffer.from(base64.replace(/\s+/g, ''), 'base64').toString('utf8');
}

function notA(
  wanted: 'file' | 'directory',
  data: ContentEntry | ContentEntry[],
  path: string,
  ref: string,
): GitHubPortError {
  const found = Array.isArray(data) ? 'directory' : data.type;
  const hint =
    wanted === 'file'
      ? 'point at a regular file; symlinks and submodules are not followed'
      : 'point at a directory';
  return new GitHubPortError(`"${path}" at ${ref} is a ${found}, not a ${wanted}`, { hint });
}

function symlinkTo(target: string, path: string, ref: string): GitHubPortError {
  return new GitHubPortError(`"${path}" at ${ref} is a symlink to "${target}"`, {
    hint: `point at "${target}" itself; symlinks are not edited through`,
  });
}
