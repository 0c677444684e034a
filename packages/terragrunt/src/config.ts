import { posix } from 'node:path';
import { ConfigScope, type ConfigContext, type TerragruntFunctions } from './config-scope.js';
import type { FileCache, Json, JsonMap } from './files.js';
import {
  dirOf,
  fromVirtual,
  joinRepo,
  REPO_ROOT,
  relativePath,
  resolveRepo,
  toVirtual,
} from './paths.js';
import { Recorder, type Trail } from './trail.js';
import { isUnknown, toText, Unknown, type Value, type ValueMap } from './values.js';

/** One evaluated Terragrunt config file and the files it includes, in block order. */
export interface Config {
  file: string;
  /** Hops from the unit's own config to this file. */
  via: string[];
  /** Every attribute and block, evaluated; `locals` is a map. */
  body: ValueMap;
  includes: Config[];
  scope: ConfigScope;
}

/** The block bodies hcl2json gives for `name { }` (a list) or `name "label" { }` (a map of lists). */
export function blockBodies<T extends Value | Json>(
  raw: T | undefined,
): Array<{ label: string; body: Record<string, T> }> {
  if (Array.isArray(raw))
    return raw.filter(isBody).map((body) => ({ label: '', body: body as Record<string, T> }));
  if (!isBody(raw)) return [];
  return Object.entries(raw).flatMap(([label, inner]) =>
    blockBodies(inner as T).map((block) => ({
      label: block.label ? `${label}.${block.label}` : label,
      body: block.body,
    })),
  );
}

function isBody(raw: unknown): raw is Record<string, unknown> {
  return (
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) && !(raw instanceof Unknown)
  );
}

/**
 * Evaluates Terragrunt configs: includes (evaluated in the unit's context, as Terragrunt does),
 * read_terragrunt_config (in the read file's own context, so its result is shared and cached),
 * and the path functions.
 */
export class ConfigEvaluator implements TerragruntFunctions {
  private readonly reads = new Map<string, { value: Value; trail: Trail }>();

  constructor(readonly files: FileCache) {}

  /** Evaluates `file`; undefined (with a 'parse' issue) when it cannot be parsed. */
  async evaluate(file: string, ctx: ConfigContext, rec: Recorder): Promise<Config | undefined> {
    const parsed = await this.files.hcl(file);
    if (!parsed.ok) {
      rec.issue(file, `cannot parse ${file}: ${parsed.error}`, 'parse');
      return undefined;
    }
    const locals: JsonMap = Object.assign(
      {},
      ...blockBodies<Json>(parsed.body.locals).map((block) => block.body),
    );
    const scope = new ConfigScope(file, ctx, this.files, rec, locals, this);
    const includes = await this.includes(parsed.body, scope);
    const body: ValueMap = { locals: await scope.allLocals() };
    for (const [key, raw] of Object.entries(parsed.body)) {
      if (key !== 'locals' && key !== 'include') body[key] = await scope.json(raw);
    }
    return { file, via: rec.via, body, includes, scope };
  }

  private async includes(raw: JsonMap, scope: ConfigScope): Promise<Config[]> {
    const configs: Config[] = [];
    for (const { label, body } of blockBodies<Json>(raw.include)) {
      const hop = label ? `include "${label}"` : 'include';
      const path = scope.requirePath(await scope.json(body.path ?? null), `${hop} path`);
      const file = path === undefined ? undefined : this.target(scope, path, hop);
      if (file === undefined) continue;
      scope.rec.ref(file, hop);
      scope.includes.set(label, { file });
      const ctx = {
        ...scope.ctx,
        includedAs: { name: label, file },
        chain: [...scope.ctx.chain, scope.file],
      };
      const included = await this.nested(file, ctx, scope, hop);
      if (!included) continue;
      scope.includes.set(label, { file, body: included.body });
      configs.push(included);
    }
    return configs;
  }

  private async nested(file: string, ctx: ConfigContext, scope: ConfigScope, hop: string) {
    if (ctx.chain.includes(file)) {
      scope.rec.issue(
        scope.file,
        `${hop} in ${scope.file} forms a cycle through ${file}; remove the loop.`,
      );
      return undefined;
    }
    return this.evaluate(file, ctx, scope.rec.deeper(hop));
  }

  /** A repository path for a config path, reporting ones outside the repository. */
  private target(scope: ConfigScope, path: string, what: string): string | undefined {
    const file = resolveRepo(scope.ctx.terragruntDir, path);
    if (file === undefined)
      scope.unresolved(`${what} "${path}"`, 'the path is outside the repository');
    return file;
  }

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
        return ctx.shared
          ? new Unknown('get_original_terragrunt_dir() in a shared config')
          : toVirtual(ctx.unitDir);
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
      case 'get_path_from_repo_root':
        return ctx.shared ? new Unknown(`${name}() in a shared config`) : ctx.unitDir || '.';
      case 'get_path_to_repo_root':
        return ctx.shared
          ? new Unknown(`${name}() in a shared config`)
          : relativePath(ctx.unitDir, '');
      case 'mark_as_read':
        return this.markAsRead(args, scope);
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
    let file = this.target(scope, path, 'read_terragrunt_config');
    if (file === undefined) return new Unknown(`${path} is outside the repository`);
    if ((await this.files.kind(file)) === 'dir') file = joinRepo(file, 'terragrunt.hcl');
    const hop = `read_terragrunt_config ${file}`;
    scope.rec.ref(file, hop);
    if (!(await this.files.kind(file)) && args.length > 1) return args[1]!;
    if ([...scope.ctx.chain, scope.file].includes(file)) {
      scope.rec.issue(
        scope.file,
        `read_terragrunt_config in ${scope.file} forms a cycle through ${file}.`,
      );
      return new Unknown('read_terragrunt_config cycle', 'error');
    }
    const found = this.reads.get(file) ?? (await this.readShared(file, scope));
    scope.rec.replay(found.trail, hop);
    return found.value;
  }

  /** Evaluates a read config once per build: its context is the file itself, not the reader. */
  private async readShared(file: string, scope: ConfigScope) {
    const rec = new Recorder([]);
    // A cycle found below this file is one through it, whoever reads it first.
    const chain = [...scope.ctx.chain, scope.file];
    const ctx: ConfigContext = {
      unitDir: scope.ctx.unitDir,
      terragruntDir: dirOf(file),
      chain,
      shared: true,
    };
    const config = await this.evaluate(file, ctx, rec);
    const value = config ? config.body : new Unknown(`${file} could not be parsed`, 'error');
    const found = { value, trail: rec.trail };
    this.reads.set(file, found);
    return found;
  }

  private markAsRead(args: Value[], scope: ConfigScope): Value {
    const path = scope.requirePath(args[0] ?? null, 'mark_as_read()');
    if (path === undefined) return new Unknown('mark_as_read() of an unknown path');
    const file = fromVirtual(
      posix.isAbsolute(path) ? path : toVirtual(joinRepo(scope.ctx.terragruntDir, path)),
    );
    if (file === undefined)
      scope.unresolved(`mark_as_read("${path}")`, 'the path is outside the repository');
    else scope.rec.ref(file, `mark_as_read ${file}`);
    return path;
  }
}
