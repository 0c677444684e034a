import type { FileCache } from './files.js';
import { joinRepo } from './paths.js';
import { STACK_FILE } from './stack.js';

/** Directories Terragrunt and OpenTofu write into; never part of the configuration. */
const SKIPPED_DIRS = new Set(['.terragrunt-cache', '.terraform', '.terragrunt-stack', '.git']);
export const CONFIG = 'terragrunt.hcl';

/** A dir holding a unit or a stack config, or one that cannot be read (fails closed). */
export interface Found {
  dir: string;
  kind: 'unit' | 'stack';
  problem?: string;
}

export function configOf(found: Pick<Found, 'dir' | 'kind'>): string {
  return joinRepo(found.dir, found.kind === 'stack' ? STACK_FILE : CONFIG);
}

/** Walks `root` for unit and stack dirs. Symlinked dirs are not entered (Terragrunt's default discovery). */
export async function discover(files: FileCache, root: string): Promise<Found[]> {
  const found: Found[] = [];
  let level = [root];
  while (level.length) {
    const listings = await Promise.all(
      level.map(async (dir) => ({ dir, entries: await files.list(dir) })),
    );
    level = [];
    for (const { dir, entries } of listings) {
      const item = classify(dir, entries ?? []);
      if (item) found.push(item);
      for (const entry of entries ?? []) {
        if (entry.kind === 'dir' && !SKIPPED_DIRS.has(entry.name))
          level.push(joinRepo(dir, entry.name));
      }
    }
  }
  return found.sort((a, b) => (a.dir < b.dir ? -1 : 1));
}

function classify(dir: string, entries: Array<{ name: string; kind: string }>): Found | undefined {
  const config = entries.find((entry) => entry.name === CONFIG);
  const stack = entries.find((entry) => entry.name === STACK_FILE);
  if (config && stack)
    return {
      dir,
      kind: 'unit',
      problem: `${dir} holds both ${CONFIG} and ${STACK_FILE}, which Terragrunt refuses; keep one.`,
    };
  if (config)
    return config.kind === 'file'
      ? { dir, kind: 'unit' }
      : { dir, kind: 'unit', problem: unreadable(dir, CONFIG, config.kind) };
  if (stack)
    return stack.kind === 'file'
      ? { dir, kind: 'stack' }
      : { dir, kind: 'stack', problem: unreadable(dir, STACK_FILE, stack.kind) };
  if (entries.some((entry) => entry.name === `${CONFIG}.json`)) {
    const problem = `${dir}/${CONFIG}.json: JSON Terragrunt configs are not supported by change detection; use terragrunt.hcl.`;
    return { dir, kind: 'unit', problem };
  }
  return undefined;
}

function unreadable(dir: string, name: string, kind: string): string {
  return `${dir}/${name} is a ${kind}, which change detection does not follow; make it a regular file.`;
}
