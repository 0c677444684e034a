import type { Reference } from './types.js';

/** Something one evaluation could not do: 'parse' (a file is unreadable) or 'eval' (a value). */
export interface Issue {
  file: string;
  message: string;
  kind: 'parse' | 'eval';
}

/** What an evaluation found: the files it depends on and what went wrong. */
export interface Trail {
  refs: Reference[];
  issues: Issue[];
}

export const FIX_HINT =
  'Use literal paths or the functions change detection evaluates (find_in_parent_folders, ' +
  'read_terragrunt_config, get_terragrunt_dir, get_parent_terragrunt_dir, path_relative_to_include, ' +
  'dirname, basename, format, local.* and include.*.locals.*).';

/** Records references under a hop prefix; `deeper` extends the prefix for a nested file. */
export class Recorder {
  constructor(
    readonly via: string[],
    readonly trail: Trail = { refs: [], issues: [] },
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

  /** Copies a cached evaluation's findings under this recorder's prefix plus `hops`. */
  replay(found: Trail, ...hops: string[]): void {
    for (const ref of found.refs) this.ref(ref.file, ...hops, ...ref.via);
    this.trail.issues.push(...found.issues);
  }
}
