import { listedTreeReader, type TreeReader } from '@infra-fleet/git';

/** A TreeReader over an in-memory map of repository-relative file paths to their text. */
export function memoryTree(files: Record<string, string>): TreeReader {
  return listedTreeReader(Object.keys(files), async (path) => files[path]);
}
