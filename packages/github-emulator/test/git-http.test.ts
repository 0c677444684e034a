import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '../src/index.js';

/** The repository's git URL, as GitHub serves https://github.com/<owner>/<repo>.git. */
let emulator: RunningEmulator;
let scratch: string;
beforeAll(async () => {
  emulator = await startEmulator({ seed: { files: { 'README.md': '# hi\n' } } });
  scratch = mkdtempSync(join(tmpdir(), 'emulator-git-'));
});
afterAll(async () => {
  await emulator?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
  GIT_AUTHOR_NAME: 'T',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 'T',
  GIT_COMMITTER_EMAIL: 't@example.com',
};
const auth = (token: string) => [
  '-c',
  `http.extraheader=AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`,
];
/** Asynchronous: the emulator answers in this very process. */
const git = (args: string[], cwd = scratch) =>
  new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile('git', args, { cwd, env: ENV, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ status: error ? Number(error.code ?? 1) || 1 : 0, stdout, stderr }),
    );
  });
const url = () => `${emulator.url}/octo-org/infra-fleet.git`;

describe('git over smart HTTP', () => {
  it('clones with a contents: read token and pushes with contents: write', async () => {
    const reader = emulator.createToken('github-actions[bot]', { contents: 'read' });
    const writer = emulator.createToken('github-actions[bot]', { contents: 'write' });
    const work = join(scratch, 'work');
    expect((await git([...auth(reader), 'clone', '--quiet', url(), work])).status).toBe(0);
    writeFileSync(join(work, 'new.txt'), 'new\n');
    await git(['add', 'new.txt'], work);
    await git(['commit', '--quiet', '-m', 'new'], work);
    const refused = await git([...auth(reader), 'push', 'origin', 'HEAD:main'], work);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/403/);
    expect(
      (await git([...auth(writer), 'push', '--quiet', 'origin', 'HEAD:main'], work)).status,
    ).toBe(0);
    const tip = execFileSync('git', ['rev-parse', 'main'], { cwd: emulator.gitDir }).toString();
    expect(tip.trim()).toBe((await git(['rev-parse', 'HEAD'], work)).stdout.trim());
  });

  it('asks for credentials without a token', async () => {
    const anonymous = await git(['ls-remote', url()]);
    expect(anonymous.status).not.toBe(0);
    expect(anonymous.stderr).toMatch(/Authentication failed|could not read Username|401/);
  });
});
