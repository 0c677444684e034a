import type { TreeEntryKind, TreeReader } from '@infra-fleet/git';
import { KUSTOMIZATION_FILE_NAMES } from './files.js';
import { baseName, parentDir } from './graph-paths.js';

type Listing = Map<string, TreeEntryKind>;

/**
 * The largest file the graph parses. YAML parsing costs far more than the text (a 100 MB
 * manifest took minutes and gigabytes); a larger file is a problem for the nodes that use it.
 */
export const MAX_PARSED_BYTES = 1024 * 1024;

/** Why `text` is too large to parse, or undefined. */
export function tooLargeToParse(file: string, text: string): string | undefined {
  if (text.length <= MAX_PARSED_BYTES / 4) return undefined;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= MAX_PARSED_BYTES) return undefined;
  return `${file} is ${bytes} bytes, more than the ${MAX_PARSED_BYTES} bytes the graph parses, so what it names cannot be followed; split it into smaller files`;
}

export function joinPath(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

/** A TreeReader with directory listings cached for one build; kinds come from the parent. */
export class CachedTree {
  private readonly listings = new Map<string, Promise<Listing | undefined>>();

  constructor(private readonly reader: TreeReader) {}

  entries(dir: string): Promise<Listing | undefined> {
    let listing = this.listings.get(dir);
    if (!listing) {
      listing = this.reader
        .listDir(dir)
        .then((list) => list && new Map(list.map((entry) => [entry.name, entry.kind])));
      this.listings.set(dir, listing);
    }
    return listing;
  }

  async kind(path: string): Promise<TreeEntryKind | undefined> {
    if (path === '') return 'dir';
    return (await this.entries(parentDir(path)))?.get(baseName(path));
  }

  readText(path: string): Promise<string | undefined> {
    return this.reader.readText(path);
  }

  /** The kustomization file names present in `dir`. */
  async kustomizationNames(dir: string): Promise<string[]> {
    const listing = await this.entries(dir);
    return KUSTOMIZATION_FILE_NAMES.filter((name) => listing?.has(name));
  }

  /** Every non-directory entry under `dir`, recursively, in name order. */
  async files(dir: string): Promise<string[]> {
    const listing = await this.entries(dir);
    const found: string[] = [];
    for (const [name, kind] of [...(listing ?? [])].sort(byName)) {
      const path = joinPath(dir, name);
      if (kind === 'dir') found.push(...(await this.files(path)));
      else found.push(path);
    }
    return found;
  }
}

export function byName<T>(a: [string, T], b: [string, T]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}
