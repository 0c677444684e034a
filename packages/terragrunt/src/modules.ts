import { Tally } from './budget.js';
import type { FileCache, JsonMap } from './files.js';
import { blockBodiesOf, moduleBlocks, ModuleScope } from './module-scope.js';
import { joinRepo, resolveRepo } from './paths.js';
import { isLocalModuleSource } from './sources.js';
import { newTrail, Recorder, type Trail } from './trail.js';

/** OpenTofu's code files: parsed for module calls and file reads. */
const CODE = /\.(tf|tofu)(\.json)?$/;
/** What Terragrunt >= 1.1 marks as read anywhere under a local module (markLocalModuleSourceAsRead). */
const MARKED_READ = /\.(tf|tofu)(\.json)?$|\.hcl$/;
/** Dirs that walk skips (SkipDirIfIgnorable). */
const IGNORED_DIRS = new Set(['.git', '.terraform', '.terragrunt-cache']);

/**
 * The files of local Terraform modules, followed through nested local `module` calls. Each
 * module dir is loaded once per build into one trail, which every unit using it links to.
 */
export class ModuleIndex {
  private readonly trails = new Map<string, Trail>();
  private readonly loads = new Map<string, Promise<string[]>>();

  constructor(
    private readonly files: FileCache,
    private readonly tally = new Tally(),
  ) {}

  /** Links the module at `dir` (and what it calls) under `rec`; a missing dir is reported against `from`. */
  async follow(dir: string, rec: Recorder, from: { file: string; what: string }): Promise<void> {
    if ((await this.files.kind(dir)) !== 'dir') {
      rec.issue(
        from.file,
        `${from.what} resolves to ${dir}, which is not a directory in this tree.`,
      );
      return;
    }
    const queue = [dir];
    const seen = new Set(queue);
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      for (const called of await this.load(next)) {
        if (!seen.has(called)) queue.push(called);
        seen.add(called);
      }
    }
    rec.link(this.trailOf(dir));
  }

  private trailOf(dir: string): Trail {
    let trail = this.trails.get(dir);
    if (!trail) this.trails.set(dir, (trail = newTrail()));
    return trail;
  }

  /** Fills the dir's trail; resolves to the module dirs it calls. */
  private load(dir: string): Promise<string[]> {
    let found = this.loads.get(dir);
    if (!found)
      this.loads.set(dir, (found = this.loadOnce(dir, new Recorder([], this.trailOf(dir)))));
    return found;
  }

  private async loadOnce(dir: string, rec: Recorder): Promise<string[]> {
    const code: string[] = [];
    const subdirs: string[] = [];
    for (const entry of (await this.files.list(dir)) ?? []) {
      const file = joinRepo(dir, entry.name);
      if (entry.kind === 'file' || entry.kind === 'symlink') rec.ref(file);
      if (entry.kind === 'file' && CODE.test(entry.name)) code.push(file);
      if (entry.kind === 'dir' && !IGNORED_DIRS.has(entry.name)) subdirs.push(file);
      if (entry.kind === 'symlink') {
        const message = `${file} is a symlink; change detection does not follow symlinks, so changes to its target are not seen. Replace it with a file or a module call.`;
        rec.issue(file, message);
      }
    }
    const bodies = await this.parseAll(code, rec);
    const called: string[] = [];
    for (const { file, body } of bodies) called.push(...(await this.calls(dir, file, body, rec)));
    // A subfolder called as a module is followed as one, with the call in its chain.
    const skip = new Set(called);
    for (const subdir of subdirs) await this.markedRead(subdir, rec, skip);
    await scanReads(new ModuleScope(dir, this.files, localsOf(bodies), rec, this.tally), bodies);
    return called;
  }

  /** Code and .hcl files in the module's subfolders (not loaded by OpenTofu, but read by Terragrunt). */
  private async markedRead(dir: string, rec: Recorder, skip: Set<string>): Promise<void> {
    if (skip.has(dir)) return;
    for (const entry of (await this.files.list(dir)) ?? []) {
      const path = joinRepo(dir, entry.name);
      if (entry.kind === 'dir' && !IGNORED_DIRS.has(entry.name))
        await this.markedRead(path, rec, skip);
      else if (entry.kind !== 'dir' && MARKED_READ.test(entry.name)) rec.ref(path);
    }
  }

  private async parseAll(files: string[], rec: Recorder) {
    const bodies: Array<{ file: string; body: JsonMap }> = [];
    for (const file of files) {
      const parsed = await this.files.hcl(file);
      if (parsed.ok) bodies.push({ file, body: parsed.body });
      else rec.issue(file, `cannot parse ${file}: ${parsed.error}`, 'parse');
    }
    return bodies;
  }

  /** Links the local modules `file` calls; the dirs that exist. */
  private async calls(dir: string, file: string, body: JsonMap, rec: Recorder): Promise<string[]> {
    const called: string[] = [];
    for (const { label, body: block } of moduleBlocks(body.module)) {
      const source = block.source;
      if (typeof source !== 'string' || !isLocalModuleSource(source)) continue;
      const target = resolveRepo(dir, source);
      const hop = `module "${label}" (source ${source})`;
      if (source.includes('${') || target === undefined) {
        const message = `module "${label}" in ${file} has source ${JSON.stringify(source)}, which change detection cannot follow (it must be a literal path inside the repository).`;
        rec.issue(file, message);
      } else if ((await this.files.kind(target)) !== 'dir')
        rec.issue(dir, `${hop} resolves to ${target}, which is not a directory in this tree.`);
      else {
        rec.link(this.trailOf(target), hop);
        called.push(target);
      }
    }
    return called;
  }
}

function localsOf(bodies: Array<{ body: JsonMap }>): JsonMap {
  const locals: JsonMap = {};
  for (const { body } of bodies) {
    for (const block of blockBodiesOf(body.locals)) Object.assign(locals, block);
  }
  return locals;
}

/** Evaluates the expressions that read files, with path.module and the module's locals known. */
async function scanReads(scope: ModuleScope, bodies: Array<{ body: JsonMap }>) {
  for (const { body } of bodies) await scope.walk(body);
  scope.reportExhausted();
}
