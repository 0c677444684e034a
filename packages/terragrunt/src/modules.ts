import type { CallNode } from './expr-ast.js';
import { ExprSyntaxError } from './expr-ast.js';
import { evaluate, type Scope } from './expr-eval.js';
import { parseTemplate } from './expr-parse.js';
import { callFileFunction, FILE_FUNCTIONS } from './file-functions.js';
import type { FileCache, Json, JsonMap } from './files.js';
import { joinRepo, resolveRepo, toVirtual } from './paths.js';
import { isLocalModuleSource } from './sources.js';
import type { Issue, Recorder } from './trail.js';
import { Unknown, type Value } from './values.js';

/** What one module dir contributes, computed once per build. */
interface ModuleInfo {
  exists: boolean;
  files: string[];
  /** Local module calls: the hop and the called dir. */
  calls: Array<{ hop: string; dir: string }>;
  /** Files its .tf code reads through path.module (templates/, policies/...). */
  reads: Array<{ file: string; hop: string }>;
  issues: Issue[];
}

const READS_FILES = /\b(file\w*|templatefile)\s*\(/;

/** The files of local Terraform modules, followed through nested local `module` calls. */
export class ModuleIndex {
  private readonly infos = new Map<string, Promise<ModuleInfo>>();

  constructor(private readonly files: FileCache) {}

  /**
   * Records every file of the module at `dir` and of the local modules it calls, recursively
   * (cycle-safe), under `rec`. A missing dir is reported against `from`.
   */
  async follow(dir: string, rec: Recorder, from: { file: string; what: string }): Promise<void> {
    const seen = new Set<string>([dir]);
    const queue: Array<{ dir: string; rec: Recorder; from: typeof from }> = [{ dir, rec, from }];
    for (let item = queue.shift(); item; item = queue.shift()) {
      const info = await this.info(item.dir);
      if (!info.exists) {
        item.rec.issue(
          item.from.file,
          `${item.from.what} resolves to ${item.dir}, which is not a directory in this tree.`,
        );
        continue;
      }
      for (const file of info.files) item.rec.ref(file);
      for (const read of info.reads) item.rec.ref(read.file, read.hop);
      item.rec.trail.issues.push(...info.issues);
      for (const call of info.calls) {
        if (seen.has(call.dir)) continue;
        seen.add(call.dir);
        queue.push({
          dir: call.dir,
          rec: item.rec.deeper(call.hop),
          from: { file: item.dir, what: call.hop },
        });
      }
    }
  }

  private info(dir: string): Promise<ModuleInfo> {
    let found = this.infos.get(dir);
    if (!found) {
      found = this.load(dir);
      this.infos.set(dir, found);
    }
    return found;
  }

  private async load(dir: string): Promise<ModuleInfo> {
    const entries = await this.files.list(dir);
    const info: ModuleInfo = {
      exists: entries !== undefined,
      files: [],
      calls: [],
      reads: [],
      issues: [],
    };
    const code: string[] = [];
    for (const entry of entries ?? []) {
      const file = joinRepo(dir, entry.name);
      if (entry.kind === 'file' || entry.kind === 'symlink') info.files.push(file);
      if (entry.kind === 'file' && /\.tf(\.json)?$/.test(entry.name)) code.push(file);
      if (entry.kind === 'symlink') {
        const message = `${file} is a symlink; change detection does not follow symlinks, so changes to its target are not seen. Replace it with a file or a module call.`;
        info.issues.push({ file, message, kind: 'eval' });
      }
    }
    const bodies = await this.parseAll(code, info);
    for (const { file, body } of bodies) this.calls(dir, file, body, info);
    await this.scanReads(dir, bodies, info);
    return info;
  }

  private async parseAll(files: string[], info: ModuleInfo) {
    const bodies: Array<{ file: string; body: JsonMap }> = [];
    for (const file of files) {
      const parsed = await this.files.hcl(file);
      if (parsed.ok) bodies.push({ file, body: parsed.body });
      else
        info.issues.push({ file, message: `cannot parse ${file}: ${parsed.error}`, kind: 'parse' });
    }
    return bodies;
  }

  private calls(dir: string, file: string, body: JsonMap, info: ModuleInfo): void {
    for (const { label, body: block } of moduleBlocks(body.module)) {
      const source = block.source;
      if (typeof source !== 'string' || !isLocalModuleSource(source)) continue;
      const target = resolveRepo(dir, source);
      if (source.includes('${') || target === undefined) {
        const message = `module "${label}" in ${file} has source ${JSON.stringify(source)}, which change detection cannot follow (it must be a literal path inside the repository).`;
        info.issues.push({ file, message, kind: 'eval' });
      } else info.calls.push({ hop: `module "${label}" (source ${source})`, dir: target });
    }
  }

  /** Evaluates the expressions that read files, with path.module and the module's locals known. */
  private async scanReads(
    dir: string,
    bodies: Array<{ file: string; body: JsonMap }>,
    info: ModuleInfo,
  ) {
    const locals: JsonMap = {};
    for (const { body } of bodies) {
      for (const block of blockBodiesOf(body.locals)) Object.assign(locals, block);
    }
    const scope = new ModuleScope(dir, this.files, locals, info);
    for (const { body } of bodies) await scope.walk(body);
  }
}

/** `module "x" {}` from hcl2json ({x: [body]}) or from Terraform's JSON syntax ({x: body}). */
function moduleBlocks(raw: Json | undefined): Array<{ label: string; body: JsonMap }> {
  if (Array.isArray(raw)) return raw.flatMap(moduleBlocks);
  if (!isJsonMap(raw)) return [];
  return Object.entries(raw).flatMap(([label, value]) =>
    blockBodiesOf(value).map((body) => ({ label, body })),
  );
}

/** A block's bodies: hcl2json gives a list, Terraform's JSON syntax an object or a list. */
function blockBodiesOf(raw: Json | undefined): JsonMap[] {
  if (Array.isArray(raw)) return raw.filter(isJsonMap);
  return isJsonMap(raw) ? [raw] : [];
}

function isJsonMap(raw: Json | undefined): raw is JsonMap {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

/**
 * Enough of a Terraform module's scope to resolve "${path.module}/templates/x.tpl". Paths built
 * from variables come from the caller and are not knowable here; they are skipped, not reported.
 */
class ModuleScope implements Scope {
  private readonly values = new Map<string, Value>();
  private readonly evaluating = new Set<string>();

  constructor(
    private readonly dir: string,
    private readonly files: FileCache,
    private readonly locals: JsonMap,
    private readonly info: ModuleInfo,
  ) {}

  async walk(raw: Json): Promise<void> {
    if (typeof raw === 'string') {
      if (READS_FILES.test(raw)) await this.expression(raw);
    } else if (Array.isArray(raw)) {
      for (const item of raw) await this.walk(item);
    } else if (raw !== null && typeof raw === 'object') {
      for (const value of Object.values(raw)) await this.walk(value);
    }
  }

  async lookup(root: string, attr: string | undefined): Promise<Value> {
    if (root === 'path' && attr === 'module') return toVirtual(this.dir);
    if (root !== 'local' || attr === undefined || !Object.hasOwn(this.locals, attr)) {
      return new Unknown(`${root}.${attr ?? ''} is not known inside a module`);
    }
    if (this.values.has(attr)) return this.values.get(attr)!;
    if (this.evaluating.has(attr)) return new Unknown(`local "${attr}" refers to itself`, 'error');
    this.evaluating.add(attr);
    const raw = this.locals[attr]!;
    const value =
      typeof raw === 'string' ? await this.expression(raw) : new Unknown('a structured local');
    this.evaluating.delete(attr);
    this.values.set(attr, value);
    return value;
  }

  async call(name: string, args: Value[], _node: CallNode): Promise<Value | undefined> {
    if (!FILE_FUNCTIONS.has(name)) return undefined;
    return callFileFunction(name, args, {
      files: this.files,
      baseDir: this.dir,
      record: (file, hop) => this.info.reads.push({ file, hop }),
      unresolved: () => undefined,
    });
  }

  private async expression(text: string): Promise<Value> {
    try {
      return await evaluate(parseTemplate(text), this);
    } catch (error) {
      if (!(error instanceof ExprSyntaxError)) throw error;
      const message = `cannot parse the expression ${JSON.stringify(text)} in module ${this.dir}: ${error.message}`;
      this.info.issues.push({ file: this.dir, message, kind: 'eval' });
      return new Unknown('unparsable expression', 'error');
    }
  }
}
