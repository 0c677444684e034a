import { Closure } from './graph-closure.js';
import { kustomizationKey, type Edge, type Item, type Unit } from './graph-load.js';

interface Frame {
  key: string;
  dir: string;
  edge: Edge | 'root';
}

/**
 * Composes loaded units into closures, depth-first. A closure is cached for the whole build
 * unless a cycle reached above it while it was built (then it is incomplete and recomputed).
 */
export class ClosureWalker {
  private readonly memo = new Map<string, Closure>();
  private readonly stack: Frame[] = [];

  constructor(private readonly units: ReadonlyMap<string, Unit>) {}

  /** Everything the kustomization in `dir` includes, its own kustomization file first. */
  node(dir: string): Closure {
    return this.closure(kustomizationKey(dir), 'root', dir);
  }

  private closure(key: string, edge: Frame['edge'], from: string): Closure {
    const done = this.memo.get(key);
    if (done) return done;
    const at = this.stack.findIndex((frame) => frame.key === key);
    if (at >= 0) return this.cycle(at, edge, from);
    const unit = this.units.get(key) as Unit;
    const depth = this.stack.push({ key, dir: unit.dir, edge }) - 1;
    const acc = new Closure();
    for (const item of unit.items) this.apply(acc, item);
    this.stack.pop();
    if (acc.low >= depth) {
      acc.low = Infinity;
      this.memo.set(key, acc);
    }
    return acc;
  }

  private apply(acc: Closure, item: Item): void {
    if (item.type === 'file') acc.addFile(item.file, item.via);
    else if (item.type === 'remote') acc.remote.add(item.value);
    else if (item.type === 'problem') acc.problem(item.file, item.message);
    else acc.merge(item.via, this.closure(item.key, item.edge, item.from));
  }

  /** A loop of kustomize includes is an error; a loop through Flux objects is normal. */
  private cycle(at: number, edge: Frame['edge'], from: string): Closure {
    const acc = new Closure();
    acc.low = at;
    const frames = this.stack.slice(at);
    const edges = [...frames.slice(1).map((frame) => frame.edge), edge];
    if (edges.every((kind) => kind === 'kustomize')) {
      const loop = [...frames, frames[0] as Frame].map((frame) => frame.dir).join(' -> ');
      acc.problem(from, `kustomization cycle ${loop}; kustomize refuses it. Remove one reference.`);
    }
    return acc;
  }
}
