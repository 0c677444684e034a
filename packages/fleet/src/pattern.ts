import { isHiddenFolder } from './names.js';

/**
 * A folder pattern relative to a root, one path segment per element: a literal folder name,
 * `*` (any one folder), `{env}` (exactly once: the environment) or `{app}` (at most once).
 * E.g. `environments/{env}`, `*\/*\/{env}`, `apps/{app}/overlays/{env}`.
 */
export type Segment =
  { kind: 'literal'; value: string } | { kind: 'any' } | { kind: 'env' } | { kind: 'app' };

export interface FolderPattern {
  text: string;
  segments: Segment[];
}

/** Where a pattern matched: the folder (relative to the repository) and what it names. */
export interface FolderMatch {
  folder: string;
  env: string;
  app?: string;
}

/** Why a pattern text is invalid, or undefined when it is valid. */
export function patternProblem(text: string): string | undefined {
  if (text.trim() === '') return 'is empty';
  if (text.startsWith('/')) return 'must be relative to its root, without a leading "/"';
  const parts = text.replace(/\/+$/, '').split('/');
  if (parts.some((part) => part === '' || part === '.' || part === '..'))
    return 'has an empty, "." or ".." segment';
  const mixed = parts.find((part) => /[{}*]/.test(part) && !['{env}', '{app}', '*'].includes(part));
  if (mixed) return `segment "${mixed}": {env}, {app} and * must each be a whole segment`;
  const count = (token: string) => parts.filter((part) => part === token).length;
  if (count('{env}') !== 1) return 'must hold {env} exactly once, as a whole segment';
  if (count('{app}') > 1) return 'may hold {app} at most once';
  return undefined;
}

/** Compiles a pattern text that patternProblem accepted. */
export function compilePattern(text: string): FolderPattern {
  const problem = patternProblem(text);
  if (problem) throw new Error(`Pattern ${JSON.stringify(text)} ${problem}.`);
  const segments = text
    .replace(/\/+$/, '')
    .split('/')
    .map((part): Segment => {
      if (part === '*') return { kind: 'any' };
      if (part === '{env}') return { kind: 'env' };
      if (part === '{app}') return { kind: 'app' };
      return { kind: 'literal', value: part };
    });
  return { text, segments };
}

export function joinRoot(root: string, path: string): string {
  if (root === '' || root === '.') return path;
  return path === '' ? root : `${root}/${path}`;
}

/** The part of `path` below `root`, or undefined when it is not below it. */
export function belowRoot(root: string, path: string): string | undefined {
  if (root === '' || root === '.') return path;
  if (path === root) return '';
  return path.startsWith(`${root}/`) ? path.slice(root.length + 1) : undefined;
}

/**
 * Matches the leading folders of `path` (repository-relative; a folder, or a file when `kind`
 * says so) against `root`/`pattern`: `infrastructure/environments/staging/vpc/main.tf` ->
 * staging at `infrastructure/environments/staging`. Hidden folders (`_x`, `.x`) never match
 * a wildcard.
 */
export function matchFolder(
  pattern: FolderPattern,
  root: string,
  path: string,
  kind: 'dir' | 'file' = 'dir',
): FolderMatch | undefined {
  const rest = belowRoot(root, path);
  if (rest === undefined || rest === '') return undefined;
  const parts = rest.split('/');
  const folders = kind === 'file' ? parts.length - 1 : parts.length;
  if (folders < pattern.segments.length) return undefined;
  const found: { env?: string; app?: string } = {};
  for (const [index, segment] of pattern.segments.entries()) {
    const part = parts[index] as string;
    if (segment.kind === 'literal') {
      if (part !== segment.value) return undefined;
    } else if (isHiddenFolder(part)) return undefined;
    else if (segment.kind === 'env') found.env = part;
    else if (segment.kind === 'app') found.app = part;
  }
  const folder = joinRoot(root, parts.slice(0, pattern.segments.length).join('/'));
  return { folder, env: found.env as string, ...(found.app !== undefined && { app: found.app }) };
}

/** The pattern with {env} and {app} filled in (`*` stays), relative to the repository. */
export function expandPattern(
  pattern: FolderPattern,
  root: string,
  values: { env: string; app?: string },
): string {
  const parts = pattern.segments.map((segment) => {
    if (segment.kind === 'literal') return segment.value;
    if (segment.kind === 'env') return values.env;
    if (segment.kind === 'app') return values.app ?? '{app}';
    return '*';
  });
  return joinRoot(root, parts.join('/'));
}

export function hasApp(pattern: FolderPattern): boolean {
  return pattern.segments.some((segment) => segment.kind === 'app');
}
