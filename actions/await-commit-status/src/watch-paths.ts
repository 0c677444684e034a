import type { ChangedFile } from '@infra-fleet/github';

/**
 * Whether `path` (a file of the repository) lies under `watch`: a folder entry ends with `/`;
 * an entry without one matches that file and, should it be a folder, everything inside it.
 */
export function isWatched(path: string, watch: string): boolean {
  const folder = watch.endsWith('/') ? watch : `${watch}/`;
  return path === folder.slice(0, -1) || path.startsWith(folder);
}

/** The changed files (old or new name) that lie under any watch path, sorted. */
export function watchedChanges(files: readonly ChangedFile[], watchPaths: readonly string[]) {
  const hits = new Set<string>();
  for (const file of files) {
    for (const name of [file.filename, file.previousFilename]) {
      if (name !== undefined && watchPaths.some((watch) => isWatched(name, watch))) hits.add(name);
    }
  }
  return [...hits].sort();
}
