import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ActionError, InputError } from '@infra-fleet/action-kit';
import { readSmallRegularFile } from './small-file.js';

/** Pinned defaults, used when neither an input nor a version file names a version. */
export const DEFAULT_TERRAGRUNT_VERSION = '1.0.2';
export const DEFAULT_OPENTOFU_VERSION = '1.11.5';

export const TERRAGRUNT_VERSION_FILE = '.terragrunt-version';
export const OPENTOFU_VERSION_FILE = '.opentofu-version';
/** A version file holds one version; anything larger is refused rather than read. */
export const MAX_VERSION_FILE_BYTES = 1024;

/** A version file that exists but is not read: a link, a FIFO or device, or too large. */
export class RefusedFileError extends Error {}

export type VersionSource =
  | { kind: 'input'; input: 'terragrunt-version' | 'opentofu-version' }
  /** path: the version file, relative to the workspace, with forward slashes. */
  | { kind: 'file'; path: string }
  | { kind: 'default' };

export interface ToolVersions {
  /** Versions without a leading `v`, e.g. `1.0.2`, `1.11.0-rc1`. */
  terragrunt: string;
  opentofu: string;
  sources: { terragrunt: VersionSource; opentofu: VersionSource };
}

export interface ResolveVersionsRequest {
  /** The raw inputs; empty or undefined means "not given". */
  terragruntInput?: string;
  opentofuInput?: string;
  /** Absolute, or relative to the workspace; a real path (no symbolic links), as readSettings gives. */
  workingDirectory: string;
  /** Real absolute path of the workspace; version files above it are never read. */
  workspace: string;
  /**
   * Returns a file's text, or undefined when it does not exist, or throws RefusedFileError.
   * Default: readVersionFile.
   */
  readFile?: (path: string) => string | undefined;
}

interface ToolRule {
  input: 'terragrunt-version' | 'opentofu-version';
  file: string;
  name: string;
  check: (version: Semver) => string | undefined;
}

interface Semver {
  major: number;
  minor: number;
  patch: number;
  prerelease?: string;
}

const SEMVER =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
const MAX_VERSION_LENGTH = 64;

const TERRAGRUNT: ToolRule = {
  input: 'terragrunt-version',
  file: TERRAGRUNT_VERSION_FILE,
  name: 'Terragrunt',
  check: (v) => (v.major === 1 ? undefined : 'is not a Terragrunt 1.x version'),
};

const OPENTOFU: ToolRule = {
  input: 'opentofu-version',
  file: OPENTOFU_VERSION_FILE,
  name: 'OpenTofu',
  // OpenTofu's first release is 1.6.0; anything older is a Terraform version.
  check: (v) =>
    v.major > 1 || (v.major === 1 && v.minor >= 6)
      ? undefined
      : 'is older than OpenTofu 1.6.0, its first release (a Terraform version?)',
};

/** Input wins, else the nearest version file from the working directory up to the workspace, else the default. */
export function resolveToolVersions(request: ResolveVersionsRequest): ToolVersions {
  const terragrunt = resolveOne(TERRAGRUNT, request.terragruntInput, request);
  const opentofu = resolveOne(OPENTOFU, request.opentofuInput, request);
  return {
    terragrunt: terragrunt.version,
    opentofu: opentofu.version,
    sources: { terragrunt: terragrunt.source, opentofu: opentofu.source },
  };
}

/** How a version's origin reads in messages and summaries. */
export function describeVersionSource(source: VersionSource): string {
  if (source.kind === 'input') return `input '${source.input}'`;
  if (source.kind === 'file') return source.path;
  return 'the pinned default';
}

function resolveOne(
  rule: ToolRule,
  input: string | undefined,
  request: ResolveVersionsRequest,
): { version: string; source: VersionSource } {
  const given = input?.trim();
  if (given) {
    const source: VersionSource = { kind: 'input', input: rule.input };
    return { version: checkVersion(rule, given, source), source };
  }
  const found = findVersionFile(rule.file, request);
  if (found) {
    const source: VersionSource = { kind: 'file', path: found.path };
    return { version: checkVersion(rule, found.value, source), source };
  }
  const fallback = rule === TERRAGRUNT ? DEFAULT_TERRAGRUNT_VERSION : DEFAULT_OPENTOFU_VERSION;
  return { version: fallback, source: { kind: 'default' } };
}

const NOT_A_VERSION =
  'is not a version of the form X.Y.Z (optionally with a pre-release, e.g. 1.2.0-rc1)';

/** Validates `value` as X.Y.Z[-pre] for the tool; returns it without a leading `v`. */
function checkVersion(rule: ToolRule, value: string, source: VersionSource): string {
  const parsed = value.length <= MAX_VERSION_LENGTH ? SEMVER.exec(value) : null;
  const problem = parsed
    ? rule.check({ major: Number(parsed[1]), minor: Number(parsed[2]), patch: Number(parsed[3]) })
    : NOT_A_VERSION;
  if (problem === undefined) return value.replace(/^v/, '');
  if (source.kind === 'file') {
    // File content is quoted only once it is a valid version: the file may be anything.
    const what = parsed ? `its version ${value}` : 'its first line';
    throw new ActionError(`${source.path}: ${what} ${problem}.`, {
      hint: `${fixFor(rule, source)} Blank lines and # comments are skipped.`,
    });
  }
  throw new InputError(
    rule.input,
    `${JSON.stringify(value.slice(0, MAX_VERSION_LENGTH))} (from ${describeVersionSource(source)}) ${problem}.`,
    fixFor(rule, source),
  );
}

function fixFor(rule: ToolRule, source: VersionSource): string {
  const example = rule === TERRAGRUNT ? DEFAULT_TERRAGRUNT_VERSION : DEFAULT_OPENTOFU_VERSION;
  const exact = `an exact ${rule === TERRAGRUNT ? 'Terragrunt 1.x' : 'OpenTofu'} version`;
  const where =
    source.kind === 'file' ? `Put ${exact} in ${source.path}` : `Set ${rule.input} to ${exact}`;
  return `${where}, e.g. ${example}, or remove it to use the pinned default.`;
}

/** The first version file from the working directory upwards, never above the workspace. */
function findVersionFile(
  name: string,
  request: ResolveVersionsRequest,
): { path: string; value: string } | undefined {
  const root = resolve(request.workspace);
  const read = request.readFile ?? readVersionFile;
  for (const dir of ancestorsWithin(resolve(root, request.workingDirectory), root)) {
    const path = relative(root, join(dir, name)).split(sep).join('/');
    let text: string | undefined;
    try {
      text = read(join(dir, name));
    } catch (error) {
      if (error instanceof RefusedFileError) throw refusedVersionFile(path, error.message);
      throw error;
    }
    if (text !== undefined) return { path, value: firstValue(text) };
  }
  return undefined;
}

function refusedVersionFile(path: string, reason: string): ActionError {
  return new ActionError(
    `${path} ${reason}; a version file is read only when it is a regular file of the repository of at most ${MAX_VERSION_FILE_BYTES} bytes.`,
    {
      hint: `Make ${path} a regular file holding one version, or remove it to use the pinned default.`,
    },
  );
}

/** dir, its parent, ... up to and including root; nothing when dir is outside root. */
function ancestorsWithin(dir: string, root: string): string[] {
  const rel = relative(root, dir);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return [];
  const dirs = [dir];
  for (let current = dir; current !== root;) {
    current = dirname(current);
    dirs.push(current);
  }
  return dirs;
}

/** The first line that is neither blank nor a `#` comment, trimmed ('' when none). */
function firstValue(text: string): string {
  for (const line of text.split(/\r?\n/)) {
    const value = line.trim();
    if (value !== '' && !value.startsWith('#')) return value;
  }
  return '';
}

/** A version file's text: a small regular file, never through a link (see readSmallRegularFile). */
export function readVersionFile(path: string): string | undefined {
  const file = readSmallRegularFile(path, MAX_VERSION_FILE_BYTES);
  if (file.kind === 'refused') throw new RefusedFileError(file.reason);
  return file.kind === 'text' ? file.text : undefined;
}
