import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cliOptions, HELP, parseCli } from '../src/cli.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'packages/github-emulator/src/cli.ts');
const seed = mkdtempSync(join(tmpdir(), 'gh-emulator-cli-'));
afterAll(() => rmSync(seed, { recursive: true, force: true }));

/** Resolves with stdout once `pattern` shows up, or rejects after `ms`. */
function waitFor(child: ReturnType<typeof spawn>, pattern: RegExp, ms: number): Promise<string> {
  return new Promise((done, fail) => {
    let out = '';
    const timer = setTimeout(
      () => fail(new Error(`no ${pattern} within ${ms} ms; stdout: ${out}`)),
      ms,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (pattern.test(out)) {
        clearTimeout(timer);
        done(out);
      }
    });
  });
}

describe('cli', () => {
  it('serves the seed dir on 127.0.0.1, prints URL and admin token, and stops on SIGTERM', async () => {
    writeFileSync(join(seed, 'hello.txt'), 'hello\n');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CLI, '--port', '0', '--seed-dir', seed],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const out = await waitFor(child, /GITHUB_TOKEN=\S+\n[\s\S]*git repository: \S+\n/, 15_000);
    const url = /GITHUB_API_URL=(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
    const token = /GITHUB_TOKEN=(\S+)/.exec(out)?.[1];
    const gitDir = /git repository: (\S+)/.exec(out)?.[1] as string;
    const response = await fetch(`${url}/repos/octo-org/infra-fleet/contents/hello.txt`, {
      headers: { authorization: `token ${token}` },
    });
    const body = (await response.json()) as { content: string };
    expect(Buffer.from(body.content, 'base64').toString()).toBe('hello\n');
    // The printed token is the admin token: the control API takes it, and only it.
    expect(out).toContain(`Control API: ${url}/_emulator/`);
    const clock = `${url}/_emulator/clock`;
    expect((await fetch(clock, { headers: { authorization: `token ${token}` } })).status).toBe(200);
    expect((await fetch(clock)).status).toBe(401);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(gitDir)).toBe(false);
  });

  it('turns flags into options and names a bad value', () => {
    expect(cliOptions(['--port', '8080', '--seed-dir', 'k8s', '--rate-limit', '60'])).toEqual({
      port: 8080,
      rateLimit: 60,
      seed: { copy: [{ from: 'k8s', to: '.' }] },
    });
    expect(() => cliOptions(['--port', 'http'])).toThrow(
      '--port "http" must be an integer from 0 to 65535',
    );
  });

  it('prints --help with every flag and exits 0 without starting', () => {
    expect(parseCli(['-h'])).toEqual({ help: true, options: {} });
    const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, '--help'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(HELP);
    for (const flag of [
      '--port N',
      '--seed-dir DIR',
      '--owner NAME',
      '--repo NAME',
      '--rate-limit N',
      '--help',
    ]) {
      expect(HELP).toContain(flag);
    }
    expect(run.stdout).not.toContain('GITHUB_API_URL=');
  });

  it('names a seed dir that is not a directory and exits 2', () => {
    const missing = join(seed, 'missing');
    const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, '--seed-dir', missing], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--seed-dir "${missing}" is not a directory`);
    expect(run.stderr).toContain('--help');
  });
});
