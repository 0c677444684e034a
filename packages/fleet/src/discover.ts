import type { TreeReader } from '@infra-fleet/git';
import { isHiddenFolder, isName, NAME_RULE } from './names.js';
import { joinRoot, type FolderMatch, type FolderPattern } from './pattern.js';

export interface Discovery {
  matches: FolderMatch[];
  /** Folders a wildcard reached whose names are not valid environment or app names. */
  invalid: Array<{ folder: string; message: string }>;
}

interface Partial {
  path: string;
  env?: string;
  app?: string;
}

async function subfolders(reader: TreeReader, dir: string): Promise<string[]> {
  const entries = (await reader.listDir(dir)) ?? [];
  return entries
    .filter((entry) => entry.kind === 'dir')
    .map((entry) => entry.name)
    .sort();
}

/**
 * Every folder under `root` that `pattern` matches, walking one segment at a time. Hidden
 * folders (`_envcommon`, `.git`) are skipped; a name outside the grammar is reported, never
 * returned, so it can fail closed with a clear message instead of reaching a shell.
 */
export async function discoverFolders(
  reader: TreeReader,
  root: string,
  pattern: FolderPattern,
): Promise<Discovery> {
  let level: Partial[] = [{ path: joinRoot(root, '') }];
  const invalid: Discovery['invalid'] = [];
  for (const segment of pattern.segments) {
    const next: Partial[] = [];
    for (const partial of level) {
      if (segment.kind === 'literal') {
        const names = await subfolders(reader, partial.path);
        if (names.includes(segment.value))
          next.push({ ...partial, path: joinRoot(partial.path, segment.value) });
        continue;
      }
      for (const name of await subfolders(reader, partial.path)) {
        if (isHiddenFolder(name)) continue;
        const path = joinRoot(partial.path, name);
        if (segment.kind !== 'any' && !isName(name)) {
          invalid.push({
            folder: path,
            message: `folder name is not a valid ${segment.kind} name: ${NAME_RULE}`,
          });
          continue;
        }
        next.push({
          ...partial,
          path,
          ...(segment.kind === 'env' && { env: name }),
          ...(segment.kind === 'app' && { app: name }),
        });
      }
    }
    level = next;
  }
  const matches = level.map((partial) => ({
    folder: partial.path,
    env: partial.env as string,
    ...(partial.app !== undefined && { app: partial.app }),
  }));
  return { matches, invalid };
}
