import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, lstat, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ActionError } from '@infra-fleet/action-kit';
import { formatChecksumLine, parseChecksums } from './checksums.js';

/**
 * One tool version in a layout @actions/tool-cache reads and writes:
 * `<root>/<tool>/<version>/<arch>/` holding the files, and `<arch>.complete` beside it, written
 * last. We add `<binary>.sha256` inside the folder, checked on every hit.
 */
export interface CacheKey {
  root: string;
  tool: string;
  version: string;
  /** Node's arch name (x64, arm64), as @actions/tool-cache uses. */
  arch: string;
}

export type CacheLookup =
  { kind: 'hit'; path: string } | { kind: 'miss' } | { kind: 'refused'; reason: string };

export function cacheFolder(key: CacheKey): string {
  return join(key.root, key.tool, key.version, key.arch);
}

export function cacheMarker(key: CacheKey): string {
  return `${cacheFolder(key)}.complete`;
}

/** A hit only when the marker exists and the binary still has the digest recorded at install. */
export async function lookupCachedTool(key: CacheKey, binaryName: string): Promise<CacheLookup> {
  if (!(await isFile(cacheMarker(key)))) return { kind: 'miss' };
  const path = join(cacheFolder(key), binaryName);
  const recorded = await readSidecar(path);
  if (recorded === undefined) return { kind: 'refused', reason: `${path}.sha256 is missing` };
  if (!(await isFile(path))) return { kind: 'refused', reason: `${path} is missing` };
  const actual = await sha256OfFile(path);
  if (actual !== recorded) {
    return { kind: 'refused', reason: `${path} has SHA-256 ${actual}, installed as ${recorded}` };
  }
  return { kind: 'hit', path };
}

/**
 * Installs one binary into the cache atomically: `fill` writes it into a staging folder beside the
 * final one (same file system), which is renamed into place; the marker comes last.
 * Returns the installed binary's path.
 */
export async function storeCachedTool(
  key: CacheKey,
  binaryName: string,
  fill: (stagingDir: string) => Promise<void>,
): Promise<string> {
  const folder = cacheFolder(key);
  await mkdir(dirname(folder), { recursive: true });
  const staging = await mkdtemp(join(dirname(folder), `.${basename(folder)}.staging-`));
  try {
    await fill(staging);
    const binary = join(staging, binaryName);
    await requireRegularFile(binary);
    await chmod(binary, 0o755);
    await writeFile(`${binary}.sha256`, formatChecksumLine(await sha256OfFile(binary), binaryName));
    return await moveIntoPlace(key, staging, binaryName);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function moveIntoPlace(key: CacheKey, staging: string, binaryName: string): Promise<string> {
  // Another job on this runner may have finished the same install meanwhile: keep its copy.
  const current = await lookupCachedTool(key, binaryName);
  if (current.kind === 'hit') return current.path;
  await rm(cacheMarker(key), { force: true });
  await rm(cacheFolder(key), { recursive: true, force: true });
  await rename(staging, cacheFolder(key));
  await writeFile(cacheMarker(key), '');
  return join(cacheFolder(key), binaryName);
}

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function readSidecar(binaryPath: string): Promise<string | undefined> {
  try {
    const text = await readFile(`${binaryPath}.sha256`, 'utf8');
    return parseChecksums(text).get(basename(binaryPath));
  } catch {
    return undefined;
  }
}

async function requireRegularFile(path: string): Promise<void> {
  const stats = await lstat(path).catch(() => undefined);
  if (!stats?.isFile()) {
    throw new ActionError(`The release did not provide ${basename(path)} as a regular file.`, {
      hint: 'The archive layout is not the one expected; check the download URL and version.',
    });
  }
}

async function isFile(path: string): Promise<boolean> {
  const stats = await lstat(path).catch(() => undefined);
  return stats?.isFile() ?? false;
}
