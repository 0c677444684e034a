import { posix } from 'node:path';
import { parseHcl } from './hcl-wasm.js';
import type { TreeEntryKind, TreeReader } from '@infra-fleet/git';
import { dirOf } from './paths.js';

/** hcl2json's output: attribute expressions as "${...}" template strings, blocks as arrays/maps. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonMap = { [key: string]: Json };

export type Parsed = { ok: true; body: JsonMap } | { ok: false; error: string };
type Entries = Array<{ name: string; kind: TreeEntryKind }>;

/**
 * Every read of one graph build goes through here, once per path: a module used by a thousand
 * units is listed and parsed once. Promises are cached, so concurrent units share the work.
 */
export class FileCache {
  private readonly texts = new Map<string, Promise<string | undefined>>();
  private readonly lists = new Map<string, Promise<Entries | undefined>>();
  private readonly parsed = new Map<string, Promise<Parsed>>();

  constructor(private readonly reader: TreeReader) {}

  text(path: string): Promise<string | undefined> {
    return memo(this.texts, path, () => this.reader.readText(path));
  }

  list(dir: string): Promise<Entries | undefined> {
    return memo(this.lists, dir, () => this.reader.listDir(dir));
  }

  /** The kind of entry at `path` (from its parent's listing), or undefined when there is none. */
  async kind(path: string): Promise<TreeEntryKind | undefined> {
    if (path === '') return 'dir';
    const entries = await this.list(dirOf(path));
    return entries?.find((entry) => entry.name === posix.basename(path))?.kind;
  }

  /** The file parsed as HCL (or as JSON for *.json); a missing file is an error too. */
  hcl(path: string): Promise<Parsed> {
    return memo(this.parsed, path, async () => {
      const text = await this.text(path);
      if (text === undefined) return { ok: false, error: await this.missing(path) };
      try {
        const body = path.endsWith('.json') ? JSON.parse(text) : await parseHcl(path, text);
        if (typeof body !== 'object' || body === null || Array.isArray(body)) {
          return { ok: false, error: 'the file does not hold an HCL/JSON body' };
        }
        return { ok: true, body: body as JsonMap };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    });
  }

  /** Why `path` cannot be read: absent, a symlink (never followed), or a directory. */
  async missing(path: string): Promise<string> {
    const kind = await this.kind(path);
    if (kind === 'symlink') return `${path} is a symlink, which is not followed`;
    return kind ? `${path} is a ${kind}, not a file` : `there is no file at ${path}`;
  }
}

function memo<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let found = cache.get(key);
  if (!found) {
    found = load();
    cache.set(key, found);
  }
  return found;
}
