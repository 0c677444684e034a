import { spawnSync } from 'node:child_process';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../src/index.js';

export const REPO = '/repos/octo-org/infra-fleet';

export interface ApiResponse {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export interface CallOptions {
  token?: string | null;
  headers?: Record<string, string>;
  rawBody?: string;
}

export interface Api {
  emu: RunningEmulator;
  token: string;
  call(method: string, path: string, body?: unknown, options?: CallOptions): Promise<ApiResponse>;
}

/** Starts an emulator; `call` speaks real HTTP to it with the admin token unless told otherwise. */
export async function startApi(options: EmulatorOptions = {}): Promise<Api> {
  const emu = await startEmulator(options);
  const call = async (method: string, path: string, body?: unknown, opts: CallOptions = {}) => {
    const token = opts.token === undefined ? emu.adminToken : opts.token;
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      ...opts.headers,
    };
    if (token !== null) headers.authorization = `token ${token}`;
    const payload = opts.rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
    if (payload !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${emu.url}${path}`, { method, headers, body: payload });
    const text = await response.text();
    let parsed: unknown = text === '' ? undefined : text;
    if ((response.headers.get('content-type') ?? '').includes('json')) parsed = JSON.parse(text);
    return { status: response.status, headers: response.headers, body: parsed };
  };
  return { emu, token: emu.adminToken, call };
}

const GIT_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
  GIT_COMMITTER_NAME: 'Test Committer',
  GIT_COMMITTER_EMAIL: 'committer@example.com',
  GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
  LC_ALL: 'C',
};

/** Runs git with a deterministic environment; throws with stderr on failure. */
export function git(args: readonly string[], cwd: string): string {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('GIT_')) env[key] = value;
  }
  const result = spawnSync('git', args, { cwd, env: { ...env, ...GIT_ENV }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
}
