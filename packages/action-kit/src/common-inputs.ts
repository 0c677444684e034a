import { InputError } from './errors.js';
import type { InputReader } from './inputs.js';

export function hasControlCharacter(value: string): boolean {
  return [...value].some((ch) => (ch.codePointAt(0) ?? 0) < 0x20 || ch === '\u007f');
}

/** git check-ref-format's rules for a branch name. */
export function isBranchName(name: string): boolean {
  return (
    name !== '' &&
    !hasControlCharacter(name) &&
    !/[\s~^:?*[\\]|\.\.|@\{|\/\/|^[/.-]|[/.]$|\.lock$|\/\./.test(name)
  );
}

/** A branch input; `refs/heads/` is accepted and dropped. */
export function branchInput(inputs: InputReader, name: string, hint: string): string {
  const value = inputs.string(name, { required: true }).replace(/^refs\/heads\//, '');
  if (isBranchName(value)) return value;
  throw new InputError(name, `${JSON.stringify(value)} is not a branch name.`, hint);
}

/** A file path inside the repository; `explicit` is false when the input was left empty. */
export function repositoryFileInput(
  inputs: InputReader,
  name: string,
  fallback: string,
): { path: string; explicit: boolean } {
  const value = inputs.optional(name);
  if (value === undefined) return { path: fallback, explicit: false };
  const path = value.replace(/^(\.\/)+/, '');
  const parts = path.split('/');
  if (
    path.startsWith('/') ||
    hasControlCharacter(path) ||
    parts.some((p) => p === '' || p === '..')
  )
    throw new InputError(name, `${JSON.stringify(value)} is not a file path in the repository.`);
  return { path, explicit: true };
}

const LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\[bot\])?$/;
/** Any workflow with a GITHUB_TOKEN and statuses: write posts as this account. */
const SHARED_ACCOUNTS = ['github-actions', 'github-actions[bot]'];

/** The login whose commit statuses count (Flux's); never the account every GITHUB_TOKEN shares. */
export function statusPosterInput(inputs: InputReader, name: string): string {
  const value = inputs.string(name, { required: true }).replace(/^@/, '');
  if (SHARED_ACCOUNTS.includes(value.toLowerCase())) {
    throw new InputError(
      name,
      `${JSON.stringify(value)} is the account every workflow's GITHUB_TOKEN posts as, so anyone who can run a workflow could forge Flux's status.`,
      "Give Flux's Provider a token of its own (a bot account or a GitHub App) and name that account.",
    );
  }
  if (LOGIN.test(value)) return value;
  throw new InputError(
    name,
    `${JSON.stringify(value)} is not a GitHub login.`,
    'Give the login of the account whose token Flux posts with, e.g. flux-bot or my-app[bot].',
  );
}
