import type { Reference } from './types.js';

/** Something one evaluation could not do: 'parse' (a file is unreadable) or 'eval' (a value). */
export interface Issue {
  file: string;
  message: string;
  kind: 'parse' | 'eval';
}

/**
 * What one evaluation found: the files it depends on, what went wrong, and the trails of the
 * evaluations it used. Trails are shared, never copied: a file read by a hundred configs is
 * one node linked from each, so a diamond of reads stays linear.
 */
export interface Trail {
  refs: Reference[];
  issues: Issue[];
  links: Array<{ via: string[]; trail: Trail }>;
}

export function newTrail(): Trail {
  return { refs: [], issues: [], links: [] };
}

export const FIX_HINT =
  'Use literal paths or the functions change detection evaluates (find_in_parent_folders, ' +
  'read_terragrunt_config, get_terragrunt_dir, get_parent_terragrunt_dir, path_relative_to_include, ' +
  'dirname, basename, format, local.* and include.*.locals.*).';

/** Records references under a hop prefix; `deeper` extends the prefix for a nested file. */
export class Recorder {
  constructor(
    readonly via: string[] = [],
    readonly trail: Trail = newTrail(),
  ) {}

  ref(file: string, ...hops: string[]): void {
    this.trail.refs.push({ file, via: [...this.via, ...hops] });
  }

  issue(file: string, message: string, kind: Issue['kind'] = 'eval'): void {
    this.trail.issues.push({ file, message, kind });
  }

  deeper(...hops: string[]): Recorder {
    return new Recorder([...this.via, ...hops], this.trail);
  }

  /** Makes another evaluation's findings part of this one, under this prefix plus `hops`. */
  link(found: Trail, ...hops: string[]): void {
    this.trail.links.push({ via: [...this.via, ...hops], trail: found });
  }
}

/**
 * Every file `root` reaches, once, with its shortest chain, and every issue. Trails are visited
 * in order of their chain length, each once (cycles included), so the work is linear.
 */
export function flatten(root: Trail): { references: Reference[]; issues: Issue[] } {
  const best = new Map<string, Reference>();
  const issues = new Map<string, Issue>();
  const visited = new Set<Trail>();
  const buckets: Array<Array<{ trail: Trail; via: string[] }>> = [[{ trail: root, via: [] }]];
  for (let length = 0; length < buckets.length; length++) {
    for (const { trail, via } of buckets[length] ?? []) {
      if (visited.has(trail)) continue;
      visited.add(trail);
      for (const ref of trail.refs) keepShortest(best, ref.file, [...via, ...ref.via]);
      for (const issue of trail.issues)
        issues.set(`${issue.kind}\u0000${issue.file}\u0000${issue.message}`, issue);
      for (const link of trail.links) {
        const next = [...via, ...link.via];
        (buckets[next.length] ??= []).push({ trail: link.trail, via: next });
      }
    }
  }
  return { references: [...best.values()], issues: [...issues.values()] };
}

function keepShortest(best: Map<string, Reference>, file: string, via: string[]): void {
  const known = best.get(file);
  if (!known) best.set(file, { file, via });
  else if (via.length < known.via.length) known.via = via;
}
