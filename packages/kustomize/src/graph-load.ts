import { parse, parseAllDocuments } from 'yaml';
import { KustomizeError } from './errors.js';
import { KUSTOMIZATION_FILE_NAMES, pickKustomizationFile } from './files.js';
import { scanKustomization } from './graph-fields.js';
import { scanFluxKustomizations } from './graph-flux.js';
import type { RefSpec } from './graph-model.js';
import { isRemote, resolveFluxPath, resolveLocal } from './graph-paths.js';
import { scanPluginConfig } from './graph-plugins.js';
import { Scan } from './graph-scan.js';
import { byName, CachedTree, joinPath, tooLargeToParse } from './graph-tree.js';

/** An include edge: kustomize's own, or a Flux object applying another path. */
export type Edge = 'kustomize' | 'flux';

/** What one kustomization dir (or Flux-generated tree) names directly; `via` is relative to it. */
export type Item =
  | { type: 'file'; file: string; via: string[] }
  | { type: 'include'; key: string; edge: Edge; via: string[]; from: string }
  | { type: 'remote'; value: string }
  | { type: 'problem'; file: string; message: string };

export interface Unit {
  dir: string;
  items: Item[];
}

/** Where a reference was named: paths resolve against `dir`; problems point at `file`. */
interface Site {
  dir: string;
  file: string;
  via: string[];
}

const MANIFEST = /\.(?:ya?ml|json)$/i;
const GENERATED: RefSpec = { hop: '', path: '', expect: 'resource' };

export const kustomizationKey = (dir: string) => `k:${dir}`;
const generatedKey = (dir: string) => `g:${dir}`;

/**
 * Reads and parses every unit reachable from the roots, concurrently and once each. It never
 * waits on another unit, so include cycles cannot deadlock it; the walk resolves them later.
 */
export class UnitLoader {
  readonly units = new Map<string, Promise<Unit>>();

  constructor(private readonly tree: CachedTree) {}

  /** Loads `key` and everything it includes, transitively. */
  async loadAll(key: string): Promise<void> {
    if (this.units.has(key)) return;
    const unit = this.load(key);
    this.units.set(key, unit);
    const includes = (await unit).items.flatMap((item) =>
      item.type === 'include' ? [item.key] : [],
    );
    await Promise.all(includes.map((include) => this.loadAll(include)));
  }

  private load(key: string): Promise<Unit> {
    const dir = key.slice(2);
    const items = key.startsWith('g:') ? this.generated(dir, dir) : this.kustomization(dir);
    return items.then((list) => ({ dir, items: list }));
  }

  private async kustomization(dir: string): Promise<Item[]> {
    const names = await this.tree.kustomizationNames(dir);
    const own: Item[] = names.map((name) => ({ type: 'file', file: joinPath(dir, name), via: [] }));
    const picked = pick(names, dir);
    if ('error' in picked) {
      const file = names.length > 0 ? joinPath(dir, names[0] as string) : dir;
      return [...own, { type: 'problem', file, message: picked.error }];
    }
    const file = joinPath(dir, picked.name);
    const parsed = await this.parseKustomization(file);
    if ('problem' in parsed) return [...own, parsed.problem];
    const scan = scanKustomization(parsed.doc);
    return [
      ...own,
      ...problems(file, scan.problems),
      ...(await this.followAll(scan.refs, { dir, file, via: [] })),
    ];
  }

  private async parseKustomization(file: string): Promise<{ doc: unknown } | { problem: Item }> {
    const text = await this.tree.readText(file);
    const problem = (message: string) => ({ problem: { type: 'problem' as const, file, message } });
    if (text === undefined) return problem(`${file} is not a regular file; make it one`);
    const tooLarge = tooLargeToParse(file, text);
    if (tooLarge) return problem(tooLarge);
    try {
      return { doc: parse(text) as unknown };
    } catch (error) {
      return problem(`${file} is invalid YAML: ${(error as Error).message}`);
    }
  }

  private async followAll(refs: RefSpec[], at: Site): Promise<Item[]> {
    return (await Promise.all(refs.map((ref) => this.follow(ref, at)))).flat();
  }

  private async follow(ref: RefSpec, at: Site): Promise<Item[]> {
    if (isRemote(ref.path)) return [{ type: 'remote', value: ref.path }];
    const resolved =
      ref.expect === 'flux' ? resolveFluxPath(ref.path) : resolveLocal(at.dir, ref.path);
    const problem = (message: string): Item => ({ type: 'problem', file: at.file, message });
    if ('error' in resolved) return [problem(`\`${ref.hop}\` ${resolved.error}`)];
    const { path } = resolved;
    const site = { ...at, via: [...at.via, ref.hop] };
    const kind = await this.tree.kind(path);
    if (kind === 'file') return this.followFile(ref, path, site);
    if (kind === 'dir') return this.followDir(ref, path, site);
    if (kind === undefined) {
      if (ref.expect === 'optional-tree') return [];
      return [problem(`\`${ref.hop}\`: ${path} does not exist; fix the path or add it`)];
    }
    const message = `\`${ref.hop}\`: ${path} is a ${kind}, which the graph cannot follow`;
    return [{ type: 'file', file: path, via: site.via }, problem(message)];
  }

  private async followFile(ref: RefSpec, file: string, at: Site): Promise<Item[]> {
    const item: Item = { type: 'file', file, via: at.via };
    if (ref.expect === 'resource' || ref.expect === 'flux') {
      return [item, ...(await this.scanResource(file, at))];
    }
    if (ref.expect === 'plugin') return [item, ...(await this.scanPluginFile(file, at))];
    return [item];
  }

  private async followDir(ref: RefSpec, dir: string, at: Site): Promise<Item[]> {
    const include = (key: string, edge: Edge): Item[] => [
      { type: 'include', key, edge, via: at.via, from: at.file },
    ];
    const hasKustomization = (await this.tree.kustomizationNames(dir)).length > 0;
    switch (ref.expect) {
      case 'resource':
      case 'plugin':
        if (hasKustomization) return include(kustomizationKey(dir), 'kustomize');
        return [{ type: 'problem', file: at.file, message: noKustomization(ref.hop, dir) }];
      case 'flux':
        return include(hasKustomization ? kustomizationKey(dir) : generatedKey(dir), 'flux');
      case 'tree':
      case 'optional-tree':
        return (await this.tree.files(dir)).map((file) => ({ type: 'file', file, via: at.via }));
      case 'file': {
        const message = `\`${ref.hop}\`: ${dir} is a directory, but a file is expected`;
        return [{ type: 'problem', file: at.file, message }];
      }
    }
  }

  /** A manifest may hold Flux Kustomizations; the paths they apply are included too. */
  private async scanResource(file: string, at: Site): Promise<Item[]> {
    if (!MANIFEST.test(file)) return [];
    const flux = scanFluxKustomizations(file, (await this.tree.readText(file)) ?? '');
    const remote = flux.remote.map((value): Item => ({ type: 'remote', value }));
    const refs = await this.followAll(flux.refs, { dir: '', file, via: at.via });
    return [...problems(file, flux.problems), ...remote, ...refs];
  }

  /** Builtin plugin configs name files relative to the kustomization that lists them. */
  private async scanPluginFile(file: string, at: Site): Promise<Item[]> {
    const scan = new Scan();
    const text = (await this.tree.readText(file)) ?? '';
    const tooLarge = tooLargeToParse(file, text);
    if (tooLarge) return [{ type: 'problem', file, message: tooLarge }];
    for (const doc of parseAllDocuments(text)) {
      const error = doc.errors[0];
      if (error) scan.problems.push(`${file} is invalid YAML: ${error.message}`);
      else scanPluginConfig(scan, doc.toJS(), '');
    }
    return [
      ...problems(file, scan.problems),
      ...(await this.followAll(scan.refs, { ...at, file })),
    ];
  }

  /** What kustomize-controller generates for a dir without a kustomization: its manifests. */
  private async generated(root: string, dir: string): Promise<Item[]> {
    const entries = [...((await this.tree.entries(dir)) ?? [])].sort(byName);
    const lists = entries.map(async ([name, kind]): Promise<Item[]> => {
      const path = joinPath(dir, name);
      const hop = `flux-generated resources ${root === '' ? path : path.slice(root.length + 1)}`;
      if (kind !== 'dir')
        return this.followFile(GENERATED, path, { dir: root, file: path, via: [hop] });
      if ((await this.tree.kustomizationNames(path)).length === 0)
        return this.generated(root, path);
      return [
        { type: 'include', key: kustomizationKey(path), edge: 'kustomize', via: [hop], from: path },
      ];
    });
    return (await Promise.all(lists)).flat();
  }
}

function problems(file: string, messages: string[]): Item[] {
  return messages.map((message) => ({ type: 'problem', file, message }));
}

function noKustomization(hop: string, dir: string): string {
  const names = KUSTOMIZATION_FILE_NAMES.join(', ');
  return `\`${hop}\`: ${dir} holds no kustomization file (${names}); add one or name a file`;
}

function pick(names: string[], dir: string): { name: string } | { error: string } {
  try {
    return { name: pickKustomizationFile(names, dir) };
  } catch (error) {
    const { message, hint } = error as KustomizeError;
    return { error: hint ? `${message}. ${hint}` : message };
  }
}
