import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runGit } from '@infra-fleet/testkit';
import { startEmulator, type RunningEmulator } from '../src/index.js';
import type { TokenGrant } from '../src/http.js';
import { contractValidator } from './contract.js';

/** One emulator per test file, with users, tokens, real HTTP calls and git pushes to its repo. */

export interface Reply {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export interface Caller {
  login: string;
  token: string;
  call(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Reply>;
}

export interface Fixture {
  emu: RunningEmulator;
  url: string;
  /** `/repos/<owner>/<repo>` + suffix. */
  repo(suffix: string): string;
  user(
    login: string,
    permission?: 'admin' | 'maintain' | 'write' | 'triage' | 'read' | null,
    type?: 'User' | 'Bot',
  ): string;
  caller(login: string, permissions: TokenGrant['permissions']): Caller;
  /** Commits files on a new branch cut from `from` and pushes it; returns the commit sha. */
  pushBranch(branch: string, files: Record<string, string | null>, from?: string): string;
  close(): Promise<void>;
}

export async function startFixture(): Promise<Fixture> {
  check ??= await contractValidator();
  const emu = await startEmulator({
    seed: { files: { 'README.md': '# infra\n', 'k8s/prod/kustomization.yaml': 'images: []\n' } },
  });
  const scratch = mkdtempSync(join(tmpdir(), 'emulator-areas-'));
  let clones = 0;
  const fixture: Fixture = {
    emu,
    url: emu.url,
    repo: (suffix) => `/repos/${emu.state.owner}/${emu.state.repo}${suffix}`,
    user(login, permission = null, type = 'User') {
      emu.state.addAccount({ login, type });
      emu.state.setCollaborator(login, permission);
      return login;
    },
    caller(login, permissions) {
      const token = emu.createToken(login, permissions);
      return { login, token, call: (...args) => request(emu.url, token, ...args) };
    },
    pushBranch(branch, files, from = 'main') {
      const work = join(scratch, `clone-${++clones}`);
      runGit(['clone', '--quiet', '--branch', from, emu.gitDir, work], scratch);
      for (const [path, content] of Object.entries(files)) {
        if (content === null) runGit(['rm', '--quiet', path], work);
        else {
          mkdirSync(dirname(join(work, path)), { recursive: true });
          writeFileSync(join(work, path), content);
        }
      }
      runGit(['add', '--all'], work);
      runGit(['commit', '--quiet', '-m', `change on ${branch}`], work);
      runGit(['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`], work);
      return runGit(['rev-parse', 'HEAD'], work);
    },
    async close() {
      await emu.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
  return fixture;
}

async function request(
  url: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/vnd.github+json',
      ...(body !== undefined && { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined,
  };
}

/** The URLs of a Link header by relation. */
export function links(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(',')) {
    const match = /<([^>]+)>;\s*rel="(\w+)"/.exec(part);
    if (match?.[1] && match[2]) out[match[2]] = match[1];
  }
  return out;
}

let check: ((operationId: string, status: number, body: unknown) => void) | undefined;

/** Asserts the reply's status, then that its body is what GitHub's OpenAPI description documents. */
export function conforms(operationId: string, reply: Reply, status: number): void {
  if (reply.status !== status) {
    throw new Error(
      `${operationId}: expected ${status}, got ${reply.status}: ${JSON.stringify(reply.body)}`,
    );
  }
  if (!check) throw new Error('startFixture() loads the contract validator; call it first');
  check(operationId, status, reply.body);
}
