/** A problem found while following references; the node it affects is added later. */
export interface Problem {
  file: string;
  message: string;
}

/**
 * Everything one kustomization (or generated Flux tree) includes: files with the shortest hop
 * chain found, remote references, and problems. `low` is the lowest walk depth a cycle reached
 * from inside it; a closure that reached above its own depth is incomplete and not cached.
 */
export class Closure {
  readonly refs = new Map<string, string[]>();
  readonly remote = new Set<string>();
  readonly problems = new Map<string, Problem>();
  low = Infinity;

  addFile(file: string, via: string[]): void {
    const known = this.refs.get(file);
    if (!known || via.length < known.length) this.refs.set(file, via);
  }

  problem(file: string, message: string): void {
    this.problems.set(`${file}\n${message}`, { file, message });
  }

  /** Includes `other`, reached through the hops `prefix`. */
  merge(prefix: string[], other: Closure): void {
    for (const [file, via] of other.refs) this.addFile(file, [...prefix, ...via]);
    for (const remote of other.remote) this.remote.add(remote);
    for (const [key, problem] of other.problems) this.problems.set(key, problem);
    this.low = Math.min(this.low, other.low);
  }
}
