import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import {
  branchInput,
  createInputReader,
  InputError,
  maskSecret,
  repositoryFileInput,
  statusPosterInput,
  type InputReader,
} from '@infra-fleet/action-kit';
import { DEFAULT_CONFIG_FILE } from '@infra-fleet/fleet';
import { repoFromEnv, type RepoRef } from '@infra-fleet/github';

export interface Settings {
  fluxAccount: string;
  branch: string;
  config: { path: string; explicit: boolean };
  depth: number;
  summary: boolean;
  /** Absolute, inside the workspace. */
  htmlFile?: string;
  token: string;
  repo: RepoRef;
  apiUrl: string;
}

/** Inside GITHUB_WORKSPACE by real path, so a symlinked folder cannot send the page elsewhere. */
function htmlFile(inputs: InputReader, env: NodeJS.ProcessEnv): string | undefined {
  const value = inputs.optional('html-file');
  if (value === undefined) return undefined;
  const workspace = realpathSync(env.GITHUB_WORKSPACE || process.cwd());
  const wanted = resolve(workspace, value);
  let folder: string;
  try {
    folder = realpathSync(dirname(wanted));
  } catch {
    throw new InputError(
      'html-file',
      `The folder of ${JSON.stringify(value)} does not exist.`,
      'Create it in an earlier step, or write the page at the workspace root.',
    );
  }
  const inside = relative(workspace, folder);
  if (inside.startsWith('..') || isAbsolute(inside))
    throw new InputError(
      'html-file',
      `${JSON.stringify(value)} is outside the workspace (${workspace}).`,
      'Give a path inside the workspace, e.g. site/fleet.html.',
    );
  return resolve(folder, relative(dirname(wanted), wanted));
}

/** Reads and validates every input and the run context once. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const inputs = createInputReader(env);
  const token = inputs.string('token', { required: true });
  maskSecret(token);
  const html = htmlFile(inputs, env);
  return {
    fluxAccount: statusPosterInput(inputs, 'flux-account'),
    branch: branchInput(inputs, 'branch', 'Give the branch Flux follows, e.g. main.'),
    config: repositoryFileInput(inputs, 'config', DEFAULT_CONFIG_FILE),
    depth: inputs.integer('depth', { min: 1, max: 100 }),
    summary: inputs.boolean('summary'),
    ...(html && { htmlFile: html }),
    token,
    // Its error says what to set; the runner always sets it.
    repo: repoFromEnv(env),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
  };
}
