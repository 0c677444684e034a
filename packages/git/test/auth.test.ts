import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authEnv, Git } from '../src/index.js';
import { createRepoWithOrigin, TEST_GIT_ENV, type TestRepo } from './helpers.js';

const TOKEN = 'ghs_SecretToken0123456789abcdef';
const HEADER = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;

describe('authEnv', () => {
  it('adds an empty reset then the header for the server URL', () => {
    expect(authEnv('https://github.com', TOKEN, {})).toEqual({
      GIT_CONFIG_COUNT: '2',
      GIT_CONFIG_KEY_0: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_0: '',
      GIT_CONFIG_KEY_1: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_1: HEADER,
    });
  });

  it('normalises the URL key: lower-case host, one trailing slash, path kept', () => {
    expect(authEnv('https://GHE.example.com', TOKEN, {}).GIT_CONFIG_KEY_1).toBe(
      'http.https://ghe.example.com/.extraheader',
    );
    expect(authEnv('https://ghe.example.com/git//', TOKEN, {}).GIT_CONFIG_KEY_1).toBe(
      'http.https://ghe.example.com/git/.extraheader',
    );
  });

  it('appends after GIT_CONFIG_* entries already in the base environment', () => {
    const base = {
      GIT_CONFIG_COUNT: '2',
      GIT_CONFIG_KEY_0: 'core.autocrlf',
      GIT_CONFIG_VALUE_0: 'false',
      GIT_CONFIG_KEY_1: 'safe.directory',
      GIT_CONFIG_VALUE_1: '*',
    };
    const env = authEnv('https://github.com', TOKEN, base);
    expect(env).toMatchObject({ ...base, GIT_CONFIG_COUNT: '4', GIT_CONFIG_VALUE_3: HEADER });
  });

  it('leaves the GIT_CONFIG_* entries of process.env out by default', () => {
    const saved = { ...process.env };
    try {
      Object.assign(process.env, {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: 'a.b',
        GIT_CONFIG_VALUE_0: 'c',
      });
      const env = authEnv('https://github.com', TOKEN);
      expect(env).toMatchObject({ GIT_CONFIG_COUNT: '2', GIT_CONFIG_VALUE_1: HEADER });
      expect(Object.values(env)).not.toContain('a.b');
    } finally {
      for (const key of ['GIT_CONFIG_COUNT', 'GIT_CONFIG_KEY_0', 'GIT_CONFIG_VALUE_0']) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
    }
  });

  it('rejects bad input without echoing the token', () => {
    expect(() => authEnv('github.com', TOKEN, {})).toThrow(/'github.com' is not a URL/);
    expect(() => authEnv('https://user:pw@github.com', TOKEN, {})).toThrow(/without credentials/);
    expect(() => authEnv('ssh://github.com', TOKEN, {})).toThrow(/must be plain http\(s\)/);
    expect(() => authEnv('https://github.com', `${TOKEN}\nX-Injected: 1`, {})).toThrow(
      /line break/,
    );
    expect(() => authEnv('https://github.com', `${TOKEN}\nX`, {})).not.toThrow(new RegExp(TOKEN));
    expect(() => authEnv('https://github.com', '', {})).toThrow(/token is empty/);
    expect(() => authEnv('https://github.com', TOKEN, { GIT_CONFIG_COUNT: 'two' })).toThrow(
      /GIT_CONFIG_COUNT 'two'/,
    );
    expect(() => authEnv('https://github.com', TOKEN, { GIT_CONFIG_COUNT: '1' })).toThrow(
      /GIT_CONFIG_KEY_0 is missing/,
    );
  });
});

describe('authEnv with real git', () => {
  let repo: TestRepo;
  let server: Server;
  let serverUrl: string;
  const authorizations: string[][] = [];

  beforeAll(async () => {
    repo = createRepoWithOrigin();
    server = createServer((request, response) => {
      const raw = request.rawHeaders;
      authorizations.push(
        raw.filter((_, i) => i % 2 === 1 && /^authorization$/i.test(raw[i - 1] ?? '')),
      );
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    repo.cleanup();
  });

  it('git reads the header from the environment, with nothing on argv or in output', async () => {
    const git = new Git({
      cwd: repo.work,
      env: { ...TEST_GIT_ENV, ...authEnv('https://github.com', TOKEN, {}) },
    });
    const args = ['config', '--get-all', 'http.https://github.com/.extraheader'];
    const result = await git.run(args);
    expect(result.stdout).toBe(`\n${HEADER}\n`);
    expect(args.join(' ')).not.toContain(TOKEN);
    expect(result.stdout).not.toContain(TOKEN);
  });

  it('sends exactly one Authorization header, replacing one configured by a checkout', async () => {
    repo.git(['config', `http.${serverUrl}/.extraheader`, 'AUTHORIZATION: basic c3RhbGU=']);
    const env = { ...TEST_GIT_ENV, ...authEnv(serverUrl, TOKEN, TEST_GIT_ENV) };
    const git = new Git({ cwd: repo.work, env, transports: { http: true } });
    authorizations.length = 0;
    const result = await git.run(['ls-remote', '--', `${serverUrl}/octo/repo.git`], {
      allowFailure: true,
    });
    expect(result.exitCode).not.toBe(0);
    expect(authorizations.length).toBeGreaterThan(0);
    expect(authorizations[0]).toEqual([HEADER.slice('AUTHORIZATION: '.length)]);
    expect(`${result.stdout}${result.stderr}`).not.toContain(TOKEN);
    expect(`${result.stdout}${result.stderr}`).not.toContain(HEADER.split(' ')[2]);
  });
});
