import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import {
  ActionError,
  createInputReader,
  InputError,
  type InputReader,
} from '@infra-fleet/action-kit';
import { DEFAULT_CONFIG_FILE, isName } from '@infra-fleet/fleet';
import { CheckoutLocationError, containedCheckout } from '@infra-fleet/git';

export type Payload = Record<string, unknown>;

/** What the runner says about the triggering event. */
export interface EventContext {
  name: string;
  payload: Payload;
  /** GITHUB_SHA: the commit the run checked out (for pull requests, the test merge commit). */
  sha?: string;
  ref?: string;
}

export interface Settings {
  /** Absolute path of the repository checkout. */
  repositoryPath: string;
  base?: string;
  head?: string;
  /** infra-fleet.yaml's path; explicit when the config input named it. */
  config: { path: string; explicit: boolean };
  /** Roots given as inputs: they win over infra-fleet.yaml. */
  roots: { infrastructure?: string; k8s?: string };
  /** Narrows the discovered targets; undefined = every discovered one. */
  environments?: string[];
  failClosed: boolean;
  /** git glob for release tags (`git tag --list` pattern). */
  releaseTagPattern: string;
  remote: string;
  defaultBranch: string;
  event: EventContext;
}

const REV = /^[A-Za-z0-9_][A-Za-z0-9_./@^~{}-]{0,254}$/;

const quote = (value: string) => JSON.stringify(value);
const hasControl = (value: string) =>
  [...value].some((char) => char.charCodeAt(0) < 0x20 || char === '\x7f');

function revision(inputs: InputReader, name: string): string | undefined {
  const value = inputs.optional(name);
  if (value === undefined || (REV.test(value) && !value.includes('..'))) return value;
  throw new InputError(
    name,
    `${quote(value)} is not a commit sha or ref name.`,
    'Pass a sha such as ${{ github.event.before }} or a ref such as origin/main.',
  );
}

/** A repository-relative POSIX folder that cannot leave the repository. */
export function repositoryFolder(input: string, value: string, root: string): string {
  const inside = relative(root, resolve(root, value));
  const escapes = inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside);
  if (isAbsolute(value) || escapes || inside === '' || hasControl(value)) {
    throw new InputError(
      input,
      `${quote(value)} is not a folder inside the repository.`,
      'Give a path relative to the repository root, e.g. infrastructure, k8s, or . for the root.',
    );
  }
  return inside.split(sep).join('/');
}

/** A repository-relative POSIX file path that cannot leave the repository. */
function repositoryFile(input: string, value: string, root: string): string {
  const path = repositoryFolder(input, value, root);
  if (!path.endsWith('/')) return path;
  throw new InputError(input, `${quote(value)} is a folder, not a file.`);
}

/** Newline, comma or space separated names, or a JSON array of names. */
export function environmentNames(inputs: InputReader): string[] | undefined {
  const raw = inputs.string('environments');
  if (raw === '') return undefined;
  const names = raw.startsWith('[') ? jsonNames(raw) : raw.split(/[\s,]+/).filter(Boolean);
  for (const name of names) {
    if (!isName(name)) {
      throw new InputError(
        'environments',
        `${quote(name)} is not an environment name.`,
        'Use folder names such as staging, production or permanent.',
      );
    }
  }
  return [...new Set(names)];
}

function jsonNames(raw: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new InputError('environments', `is not valid JSON: ${(error as Error).message}.`);
  }
  if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed;
  throw new InputError('environments', 'must be a JSON array of strings.', 'E.g. ["staging"].');
}

function tagPattern(inputs: InputReader): string {
  const pattern = inputs.string('release-tag-pattern') || 'v*';
  if (/^[^-\s]\S{0,199}$/.test(pattern) && !hasControl(pattern)) return pattern;
  throw new InputError(
    'release-tag-pattern',
    `${quote(pattern)} is not a tag glob.`,
    'Use a git tag pattern without spaces, e.g. v*.',
  );
}

function simpleName(inputs: InputReader, name: string, fallback: string): string {
  const value = inputs.optional(name) ?? fallback;
  if (/^[A-Za-z0-9_][A-Za-z0-9._/-]{0,200}$/.test(value) && !value.includes('..')) return value;
  throw new InputError(name, `${quote(value)} is not a valid name.`);
}

function readPayload(path: string | undefined): Payload {
  if (!path) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return parsed !== null && typeof parsed === 'object' ? (parsed as Payload) : {};
  } catch (error) {
    throw new ActionError(
      `Cannot read the event payload at GITHUB_EVENT_PATH=${path}: ${(error as Error).message}`,
      { hint: 'The runner writes this file; run the action in a workflow job.' },
    );
  }
}

function payloadDefaultBranch(payload: Payload): string | undefined {
  const repository = payload.repository as Payload | undefined;
  const branch = repository?.default_branch;
  return typeof branch === 'string' && branch !== '' ? branch : undefined;
}

function eventContext(env: NodeJS.ProcessEnv): EventContext {
  return {
    name: env.GITHUB_EVENT_NAME ?? '',
    payload: readPayload(env.GITHUB_EVENT_PATH),
    sha: env.GITHUB_SHA || undefined,
    ref: env.GITHUB_REF || undefined,
  };
}

/**
 * The checkout to read: inside the workspace, and so are the git directories it uses (a `.git`
 * file, symlink or parent repository could lead to another repository on the runner).
 */
function repositoryPathOf(inputs: InputReader, workspace: string): string {
  const value = inputs.string('repository-path') || '.';
  try {
    containedCheckout(workspace, value);
  } catch (error) {
    if (!(error instanceof CheckoutLocationError)) throw error;
    throw new InputError('repository-path', error.message, error.hint);
  }
  return resolve(workspace, value);
}

/** Reads and validates every input once; nothing else reads inputs or env. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const inputs = createInputReader(env);
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const repositoryPath = repositoryPathOf(inputs, workspace);
  const event = eventContext(env);
  const folder = (name: string) => {
    const value = inputs.optional(name);
    if (value === undefined) return undefined;
    return value.trim() === '.' ? '.' : repositoryFolder(name, value, repositoryPath);
  };
  const configPath = inputs.optional('config');
  const roots = { infrastructure: folder('infrastructure-root'), k8s: folder('k8s-root') };
  return {
    repositoryPath,
    base: revision(inputs, 'base'),
    head: revision(inputs, 'head'),
    config: {
      path:
        configPath === undefined
          ? DEFAULT_CONFIG_FILE
          : repositoryFile('config', configPath, repositoryPath),
      explicit: configPath !== undefined,
    },
    roots: Object.fromEntries(Object.entries(roots).filter(([, value]) => value !== undefined)),
    environments: environmentNames(inputs),
    failClosed: inputs.optional('fail-closed') === undefined || inputs.boolean('fail-closed'),
    releaseTagPattern: tagPattern(inputs),
    remote: simpleName(inputs, 'remote', 'origin'),
    defaultBranch: simpleName(
      inputs,
      'default-branch',
      payloadDefaultBranch(event.payload) ?? 'main',
    ),
    event,
  };
}
