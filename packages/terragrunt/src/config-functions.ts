import { posix } from 'node:path';
import type { ConfigScope, TerragruntFunctions } from './config-scope.js';
import type { ReadCache } from './config-reads.js';
import { globToRegExp, listFiles } from './file-functions.js';
import type { FileCache } from './files.js';
import {
  dirOf,
  fromVirtual,
  joinRepo,
  REPO_ROOT,
  relativePath,
  resolveRepo,
  toVirtual,
} from './paths.js';
import { isUnknown, toText, Unknown, type Value } from './values.js';
import { LIMITS } from './budget.js';

const BOUNDARY_FLAG = '--terragrunt-boundary';

/** Terragrunt's context functions: paths of the current config, its unit and its includes. */
export class ContextFunctions implements TerragruntFunctions {
  constructor(
    private readonly files: FileCache,
    private readonly reads: ReadCache,
  ) {}

  async call(name: string, args: Value[], scope: ConfigScope): Promise<Value | undefined> {
    const ctx = scope.ctx;
    switch (name) {
      case 'find_in_parent_folders':
        return this.findInParentFolders(args, scope);
      case 'read_terragrunt_config':
        return this.read(args, scope);
      case 'get_terragrunt_dir':
        return scope.virtualDir();
      case 'get_original_terragrunt_dir':
        if (ctx.shared) ctx.root.usesUnit = true;
        return toVirtual(ctx.unitDir);
      case 'get_parent_terragrunt_dir': {
        const include = scope.selectedInclude(args);
        if (isUnknown(include ?? null)) return include as Unknown;
        return include === undefined ? scope.virtualDir() : toVirtual(dirOf(include as string));
      }
      case 'path_relative_to_include':
      case 'path_relative_from_include':
        return scope.relativeToInclude(args, name === 'path_relative_from_include');
      case 'get_repo_root':
        return REPO_ROOT;
      // Relative to Terragrunt's working dir: the unit's, or that of the file being read.
      case 'get_path_from_repo_root':
        return ctx.terragruntDir || '.';
      case 'get_path_to_repo_root':
        return relativePath(ctx.terragruntDir, '');
      case 'mark_as_read':
        return this.markAsRead(args, scope);
      case 'mark_glob_as_read':
        return this.markGlobAsRead(args, scope);
      case 'get_env':
        return new Unknown(
          `get_env(${args.map((arg) => JSON.stringify(arg)).join(', ')}) depends on the runner`,
        );
    }
    return undefined;
  }

  /** Terragrunt's search: from the parent of the current config's dir up to the root. */
  private async findInParentFolders(args: Value[], scope: ConfigScope): Promise<Value> {
    const name = args.length ? toText(args[0]!) : 'terragrunt.hcl';
    if (isUnknown(name)) return name;
    for (let dir = scope.ctx.terragruntDir; dir !== '';) {
      dir = dirOf(dir);
      const candidate = resolveRepo(dir, name);
      if (candidate !== undefined && (await this.files.kind(candidate)))
        return toVirtual(candidate);
    }
    if (args.length > 1) return args[1]!;
    const message = `find_in_parent_folders("${name}") found no ${name} above ${scope.ctx.terragruntDir}`;
    return new Unknown(message, 'error');
  }

  private async read(args: Value[], scope: ConfigScope): Promise<Value> {
    const path = scope.requirePath(args[0] ?? null, 'read_terragrunt_config()');
    if (path === undefined) return new Unknown('read_terragrunt_config() of an unknown path');
    let file = resolveRepo(scope.ctx.terragruntDir, path);
    if (file === undefined) {
      scope.unresolved(`read_terragrunt_config "${path}"`, 'the path is outside the repository');
      return new Unknown(`${path} is outside the repository`);
    }
    if ((await this.files.kind(file)) === 'dir') file = joinRepo(file, 'terragrunt.hcl');
    const hop = `read_terragrunt_config ${file}`;
    scope.rec.ref(file, hop);
    if (!(await this.files.kind(file)) && args.length > 1) return args[1]!;
    const stop = nestingProblem(scope, file, 'read_terragrunt_config');
    if (stop) {
      scope.rec.issue(scope.file, stop);
      return new Unknown(stop, 'error');
    }
    return this.reads.read(file, scope, hop);
  }

  /** Relative to Terragrunt's working dir, which is the current config's dir. */
  private markAsRead(args: Value[], scope: ConfigScope): Value {
    const path = scope.requirePath(args[0] ?? null, 'mark_as_read()');
    if (path === undefined) return new Unknown('mark_as_read() of an unknown path');
    const file = fromVirtual(absolute(scope, path));
    if (file === undefined)
      scope.unresolved(`mark_as_read("${path}")`, 'the path is outside the repository');
    else scope.rec.ref(file, `mark_as_read ${file}`);
    return path;
  }

  /** Every file the glob matches (gobwas syntax; we match a superset) is read by the unit. */
  private async markGlobAsRead(args: Value[], scope: ConfigScope): Promise<Value> {
    const given = args.filter((arg, at) => !(at === 0 && String(arg).startsWith(BOUNDARY_FLAG)));
    const pattern = given.length === args.length ? args[0] : args.at(-1);
    const text = scope.requirePath(pattern ?? null, 'mark_glob_as_read()');
    if (text === undefined) return new Unknown('mark_glob_as_read() of an unknown pattern');
    const full = posix.normalize(absolute(scope, text));
    const segments = full.split('/');
    const fixed = segments.findIndex((segment) => /[*?[{\\]/.test(segment));
    const rootDir = fromVirtual(fixed < 0 ? full : segments.slice(0, fixed).join('/') || '/');
    if (rootDir === undefined) {
      scope.unresolved(`mark_glob_as_read("${text}")`, 'the pattern starts outside the repository');
      return new Unknown(`${text} is outside the repository`);
    }
    const hop = `mark_glob_as_read(${text})`;
    if (fixed < 0) {
      if ((await this.files.kind(rootDir)) === 'dir') return [];
      scope.rec.ref(rootDir, hop);
      return [toVirtual(rootDir)];
    }
    const matcher = globToRegExp(segments.slice(fixed).join('/'));
    const found = (await listFiles(this.files, rootDir)).filter((file) => matcher.test(file));
    return found.sort().map((relative) => {
      const file = joinRepo(rootDir, relative);
      scope.rec.ref(file, hop);
      return toVirtual(file);
    });
  }
}

function absolute(scope: ConfigScope, path: string): string {
  return posix.isAbsolute(path) ? path : `${toVirtual(scope.ctx.terragruntDir)}/${path}`;
}

/** Why `file` must not be evaluated below `scope`: a cycle, or nesting past the bound. */
export function nestingProblem(scope: ConfigScope, file: string, what: string): string | undefined {
  if ([...scope.ctx.chain, scope.file].includes(file))
    return `${what} in ${scope.file} forms a cycle through ${file}; remove the loop.`;
  if (scope.ctx.chain.length >= LIMITS.depth)
    return `${what} of ${file} in ${scope.file} nests includes and reads more than ${LIMITS.depth} deep; change detection stops following them here.`;
  return undefined;
}
