import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, lstat, mkdir, mkdtemp, open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * One tool version in @actions/tool-cache's layout: `<root>/<tool>/<version>/<arch>/` holding the
 * release asset exactly as downloaded, and `<arch>.complete` beside it, written last. Nothing in
 * the cache is trusted: an asset is used only when its bytes, copied out of the cache, have the
 * digest the caller got from the publisher's signature or the action's pinned table.
 */
export interface CacheKey {
  root: string;
  tool: string;
  version: string;
  /** Node's arch name (x64, arm64), as @actions/tool-cache uses. */
  arch: string;
}

export type CacheLookup = { kind: 'hit' } | { kind: 'miss' } | { kind: 'refused'; reason: string };

const MAX_ASSET_BYTES = 512 * 1024 * 1024;
const READ_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

export function cacheFolder(key: CacheKey): string {
  return join(key.root, key.tool, key.version, key.arch);
}

export function cacheMarker(key: CacheKey): string {
  return `${cacheFolder(key)}.complete`;
}

/**
 * Copies the cached asset to `destination` (hashing what is copied): a hit when the copy has the
 * `expected` digest. Refused when a folder below the root is a symbolic link, the asset is not a
 * regular file, or its digest differs; the copy is then removed.
 */
export async function takeCachedAsset(
  key: CacheKey,
  assetName: string,
  expected: string,
  destination: string,
): Promise<CacheLookup> {
  const unsafe = await unsafePath(key);
  if (unsafe) return { kind: 'refused', reason: unsafe };
  if (!(await isFile(cacheMarker(key)))) return { kind: 'miss' };
  const source = join(cacheFolder(key), assetName);
  let actual: string | undefined;
  try {
    actual = await copyHashed(source, destination);
  } catch (error) {
    await rm(destination, { force: true });
    return { kind: 'refused', reason: (error as Error).message };
  }
  // An older layout (the binary, not the asset) or a half-removed folder: simply not cached.
  if (actual === undefined) return { kind: 'miss' };
  if (actual === expected) return { kind: 'hit' };
  await rm(destination, { force: true });
  return {
    kind: 'refused',
    reason: `${source} has SHA-256 ${actual}, not the verified ${expected}`,
  };
}

/**
 * Stores a verified asset atomically: copied into a staging folder beside the final one (same
 * file system), which is renamed into place; the marker comes last. Returns why it was not
 * stored (an unsafe path, a read-only cache) instead of failing: the cache only saves a download.
 */
export async function storeCachedAsset(
  key: CacheKey,
  assetName: string,
  source: string,
): Promise<string | undefined> {
  const unsafe = await unsafePath(key);
  if (unsafe) return unsafe;
  const folder = cacheFolder(key);
  try {
    await mkdir(dirname(folder), { recursive: true });
    const staging = await mkdtemp(join(dirname(folder), `.${basename(folder)}.staging-`));
    try {
      await copyFile(source, join(staging, assetName));
      await rm(cacheMarker(key), { force: true });
      await rm(folder, { recursive: true, force: true });
      await rename(staging, folder);
      await writeFile(cacheMarker(key), '');
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  } catch (error) {
    return `it could not be written: ${(error as Error).message}`;
  }
  return undefined;
}

/** The first folder below the root that is a symbolic link or not a folder, as a reason. */
async function unsafePath(key: CacheKey): Promise<string | undefined> {
  let path = key.root;
  for (const part of [key.tool, key.version, key.arch]) {
    path = join(path, part);
    const stats = await lstat(path).catch(() => undefined);
    if (!stats) return undefined;
    if (stats.isSymbolicLink()) return `${path} is a symbolic link`;
    if (!stats.isDirectory()) return `${path} is not a folder`;
  }
  return undefined;
}

/**
 * Copies a regular file without following a link or blocking on a FIFO; returns its SHA-256,
 * or undefined when there is no such file.
 */
async function copyHashed(source: string, destination: string): Promise<string | undefined> {
  const input = await open(source, READ_FLAGS).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    const what = error.code === 'ELOOP' ? 'is a symbolic link' : `cannot be read (${error.code})`;
    throw new Error(`${source} ${what}`);
  });
  if (!input) return undefined;
  try {
    if (!(await input.stat()).isFile()) throw new Error(`${source} is not a regular file`);
    const output = await open(destination, 'w', 0o600);
    const hash = createHash('sha256');
    let bytes = 0;
    try {
      for await (const chunk of input.createReadStream({ autoClose: false })) {
        bytes += (chunk as Buffer).length;
        if (bytes > MAX_ASSET_BYTES) throw new Error(`${source} is larger than a release asset`);
        hash.update(chunk as Buffer);
        await output.write(chunk as Buffer);
      }
    } finally {
      await output.close();
    }
    return hash.digest('hex');
  } finally {
    await input.close();
  }
}

async function isFile(path: string): Promise<boolean> {
  const stats = await lstat(path).catch(() => undefined);
  return stats?.isFile() ?? false;
}
