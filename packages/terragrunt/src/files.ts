import { posix } from 'node:path';
import { parseHcl } from './hcl-wasm.js';
import type { TreeEntryKind, TreeReader } from '@infra-fleet/git';
import { labelBareIncludes } from './bare-include.js';
import { Mounts } from './mounts.js';
import { dirOf } from './paths.js';

/** hcl2json's output: attribute expressions as "${...}" template strings, blocks as arrays/maps. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonMap = { [key: string]: Json };

export type Parsed = { ok: true; body: JsonMap } | { ok: false; error: string };
type Entries = Array<{ name: string; kind: TreeEntryKind }>;

/** Deeper parsed files are refused: evaluation recurses, and hostile input must not overflow the stack. */
const MAX_NESTING = 100;

/**
 * Every read of one graph build goes through here, once per path: a module used by a thousand
 * units is listed and parsed once. Promises are cached, so concurrent units share the work.
 * Paths inside dirs that stacks generate read the tree dirs they are copied from (`mounts`).
 */
export class FileCache {
  readonly mounts = new Mounts();
  private readonly texts = new Map<string, Promise<string | undefined>>();
  private readonly lists = new Map<string, Promise<Entries | undefined>>();
  private readonly parsed = new Map<string, Promise<Parsed>>();

  constructor(private readonly reader: TreeReader) {}

  text(path: string): Promise<string | undefined> {
    const real = this.mounts.real(path);
    return memo(this.texts, real, () => this.reader.readText(real));
  }

  list(dir: string): Promise<Entries | undefined> {
    const real = this.mounts.real(dir);
    return memo(this.lists, real, () => this.reader.listDir(real));
  }

  /** The kind of entry at `path` (from its parent's listing), or undefined when there is none. */
  async kind(path: string): Promise<TreeEntryKind | undefined> {
    if (path === '' || this.mounts.isMountPoint(path)) return 'dir';
    const entries = await this.list(dirOf(path));
    return entries?.find((entry) => entry.name === posix.basename(path))?.kind;
  }

  /** The file parsed as HCL (or as JSON for *.json); a missing file is an error too. */
  hcl(path: string): Promise<Parsed> {
    return memo(this.parsed, this.mounts.real(path), async () => {
      const text = await this.text(path);
      if (text === undefined) return { ok: false, error: await this.missing(path) };
      try {
        const body = path.endsWith('.json') ? JSON.parse(text) : await parseLabelled(path, text);
        if (typeof body !== 'object' || body === null || Array.isArray(body)) {
          return { ok: false, error: 'the file does not hold an HCL/JSON body' };
        }
        if (deeperThan(body, MAX_NESTING))
          return { ok: false, error: `blocks and values nest more than ${MAX_NESTING} deep` };
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

/**
 * Parses HCL. A file mixing a bare include with labelled ones, which the JSON conversion
 * refuses, is parsed with the bare one labelled "" (as Terragrunt does).
 */
async function parseLabelled(path: string, text: string): Promise<unknown> {
  try {
    return await parseHcl(path, text);
  } catch (error) {
    const labelled = labelBareIncludes(text);
    if (!labelled) throw error;
    return parseHcl(path, labelled).catch(() => Promise.reject(error));
  }
}

/** Whether `value` nests deeper than `limit` (walked without recursion: it may be hostile). */
function deeperThan(value: unknown, limit: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (item.depth > limit) return true;
    if (typeof item.value !== 'object' || item.value === null) continue;
    for (const child of Object.values(item.value))
      stack.push({ value: child, depth: item.depth + 1 });
  }
  return false;
}

function memo<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let found = cache.get(key);
  if (!found) {
    found = load();
    cache.set(key, found);
  }
  return found;
}
