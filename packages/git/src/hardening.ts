import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The checkout is untrusted input (SECURITY.md): whoever wrote its .git (an earlier step, a
 * persistent runner) chose its config, hooks and attributes. Command-line configuration wins
 * over the repository's, so every git we run gets the entries below; and it runs in an
 * environment that holds only what git needs, so nothing git might still start can read the
 * job's secrets.
 */

/** Transports beyond https, each for one narrow case. */
export interface Transports {
  /** Plain http: only when the server itself is http (GHES without TLS, loopback tests). */
  http?: boolean;
  /**
   * Pushing to a local path. receive-pack then runs in that repository, with its hooks and our
   * environment (the token included): for trusted test fixtures only. Fetching from a local
   * path is always allowed: upload-pack is safe in an untrusted repository, and ours is pinned.
   */
  filePush?: boolean;
}

/** The git subcommand of an argument list: its first word that is not an option. */
function subcommand(args: readonly string[]): string | undefined {
  return args.find((arg) => !arg.startsWith('-'));
}

/** `-c` entries that switch off everything a repository's config or .git could make git run. */
function hardenedConfig(command: string | undefined, transports: Transports = {}) {
  const file = command !== 'push' || transports.filePush === true;
  const entries: Array<[string, string]> = [
    ['core.hooksPath', '/dev/null'],
    ['core.fsmonitor', 'false'],
    ['core.sshCommand', 'false'],
    ['core.askPass', ''],
    // Run for an alternate object store on every fetch; `true` lists no alternate refs.
    ['core.alternateRefsCommand', 'true'],
    // An empty value empties the helper list, URL-specific helpers included.
    ['credential.helper', ''],
    ['commit.gpgSign', 'false'],
    ['push.gpgSign', 'false'],
    ['fetch.recurseSubmodules', 'false'],
    ['push.recurseSubmodules', 'no'],
    ['submodule.recurse', 'false'],
    ['gc.auto', '0'],
    ['maintenance.auto', 'false'],
    // Ownership guards against a hostile config; none of its executable parts is obeyed here.
    ['safe.directory', '*'],
    ['protocol.allow', 'never'],
    ['protocol.https.allow', 'always'],
    ['protocol.http.allow', transports.http ? 'always' : 'never'],
    ['protocol.file.allow', file ? 'always' : 'never'],
    ['protocol.ext.allow', 'never'],
  ];
  return entries;
}

/**
 * Pins the programs a local transport would start: `remote.<name>.uploadpack`/`receivepack`
 * from the repository's config run through a shell.
 */
function pinnedTransportArgs(command: string | undefined): string[] {
  if (command === 'fetch') return ['--upload-pack=git-upload-pack'];
  if (command === 'push') return ['--receive-pack=git-receive-pack'];
  return [];
}

/** The full argument list: hardening config first, transport programs pinned after the verb. */
export function hardenedArgs(args: readonly string[], transports: Transports = {}): string[] {
  const command = subcommand(args);
  const config = hardenedConfig(command, transports).flatMap(([key, value]) => [
    '-c',
    `${key}=${value}`,
  ]);
  const at = command === undefined ? -1 : args.indexOf(command);
  if (at < 0) return [...config, ...args];
  const pinned = pinnedTransportArgs(command);
  return [...config, ...args.slice(0, at + 1), ...pinned, ...args.slice(at + 1)];
}

/** Variables git may need from the runner: the search path, temp files, proxies, CA bundles. */
const PASSED_THROUGH = [
  'PATH',
  'TMPDIR',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'all_proxy',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'ALL_PROXY',
  'GIT_SSL_CAINFO',
  'GIT_SSL_CAPATH',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'SYSTEMROOT',
  'WINDIR',
];

/**
 * Set last, over anything a caller passes: no system or global config or attributes, no
 * prompts, C locale so the output we parse is never translated.
 */
export function forcedEnv(): Record<string, string> {
  return {
    HOME: emptyHome(),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_ATTR_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    LANG: 'C',
    LC_ALL: 'C',
  };
}

/** The part of `env` git may see; INPUT_*, ACTIONS_*, GITHUB_TOKEN and the rest stay behind. */
export function baseEnv(env: Record<string, string | undefined>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of PASSED_THROUGH) {
    const value = env[name];
    if (value !== undefined) kept[name] = value;
  }
  return kept;
}

let home: string | undefined;

/** One empty HOME per process, removed at exit: git finds no user config, hooks or credentials. */
function emptyHome(): string {
  if (home !== undefined) return home;
  const dir = mkdtempSync(join(tmpdir(), 'infra-fleet-git-home-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  home = dir;
  return dir;
}
