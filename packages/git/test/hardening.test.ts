import { execFileSync } from 'node:child_process';
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CHECKOUT_CONFIG_TRAPS,
  plantGitTraps,
  springGitTraps,
  type PlantedTraps,
} from '../../testkit/src/repos.js';
import { hardenedArgs } from '../src/hardening.js';
import { authEnv, Git, gitTreeReader } from '../src/index.js';
import { fixtureRepo, gitIn, KUSTOMIZATION, TEST_GIT_ENV, type TestRepo } from './helpers.js';

describe('hardenedArgs', () => {
  const config = (args: string[]) => args.filter((_, i) => args[i - 1] === '-c');

  it('puts the hardening config first and keeps the command as given', () => {
    const args = hardenedArgs(['--literal-pathspecs', 'ls-tree', '-z', 'HEAD']);
    expect(args.slice(-4)).toEqual(['--literal-pathspecs', 'ls-tree', '-z', 'HEAD']);
    expect(config(args)).toEqual(
      expect.arrayContaining([
        'core.hooksPath=/dev/null',
        'core.fsmonitor=false',
        'core.sshCommand=false',
        'core.alternateRefsCommand=true',
        'credential.helper=',
        'protocol.allow=never',
        'protocol.https.allow=always',
        'protocol.http.allow=never',
        'protocol.ext.allow=never',
      ]),
    );
  });

  it.each([
    [['fetch', '--', 'origin', 'main'], {}, '--upload-pack=git-upload-pack', 'always'],
    [['push', '--porcelain', '--', 'origin', 'x'], {}, '--receive-pack=git-receive-pack', 'never'],
    [
      ['push', '--', 'origin', 'x'],
      { filePush: true },
      '--receive-pack=git-receive-pack',
      'always',
    ],
  ])('%j %j: pins %s, file transport %s', (given, transports, pinned, file) => {
    const args = hardenedArgs(given, transports);
    expect(args.slice(args.indexOf(given[0] as string))).toEqual([
      given[0],
      pinned,
      ...given.slice(1),
    ]);
    expect(config(args)).toContain(`protocol.file.allow=${file}`);
  });

  it('allows plain http only when asked', () => {
    expect(hardenedArgs(['fetch'], { http: true })).toContain('protocol.http.allow=always');
  });
});

describe('Git: the environment git is given', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'git-env-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A stand-in for git that writes down its environment and what HOME holds. */
  function recordingGit(): string {
    const path = join(dir, 'git');
    const script = `#!/bin/sh\nenv > "${dir}/env"\nls -A "$HOME" > "${dir}/home"\n`;
    writeFileSync(path, script, { mode: 0o755 });
    return path;
  }

  it('holds PATH, proxies, an empty HOME and the caller entries, never the job secrets', async () => {
    const job = {
      INPUT_TOKEN: 'ghs_input',
      GITHUB_TOKEN: 'ghs_github',
      ACTIONS_RUNTIME_TOKEN: 'runtime',
      GIT_DIR: '/elsewhere/.git',
      GIT_CONFIG_PARAMETERS: "'core.hookspath'='/tmp/evil'",
      HTTPS_PROXY: 'http://proxy.example:3128',
    };
    const saved = { ...process.env };
    Object.assign(process.env, job);
    try {
      const env = authEnv('https://github.com', 'ghs_token');
      await new Git({ cwd: dir, env, gitPath: recordingGit() }).run(['version']);
    } finally {
      for (const key of Object.keys(job))
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
    }
    const seen = readFileSync(join(dir, 'env'), 'utf8');
    for (const name of ['INPUT_TOKEN', 'GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'GIT_DIR'])
      expect(seen).not.toMatch(new RegExp(`^${name}=`, 'm'));
    expect(seen).not.toContain('GIT_CONFIG_PARAMETERS');
    expect(seen).toMatch(/^HTTPS_PROXY=http:\/\/proxy\.example:3128$/m);
    expect(seen).toMatch(/^GIT_CONFIG_NOSYSTEM=1$/m);
    expect(seen).toMatch(/^GIT_CONFIG_GLOBAL=\/dev\/null$/m);
    expect(seen).toMatch(/^GIT_ATTR_NOSYSTEM=1$/m);
    expect(seen).toMatch(/^GIT_TERMINAL_PROMPT=0$/m);
    expect(seen).toMatch(/^LC_ALL=C$/m);
    expect(seen).toMatch(/^GIT_CONFIG_VALUE_1=AUTHORIZATION: basic /m);
    const home = /^HOME=(.*)$/m.exec(seen)?.[1] ?? '';
    expect(statSync(home).isDirectory()).toBe(true);
    expect(readFileSync(join(dir, 'home'), 'utf8')).toBe('');
  });
});

describe('Git in a checkout with every trap planted', () => {
  let repo: TestRepo;
  let traps: string;
  let planted: PlantedTraps;
  let git: Git;

  beforeAll(() => {
    repo = fixtureRepo();
    traps = mkdtempSync(join(tmpdir(), 'git-traps-'));
    planted = plantGitTraps(repo.work, traps, [...CHECKOUT_CONFIG_TRAPS]);
    git = gitIn(repo.work);
  });
  afterAll(() => {
    repo.cleanup();
    rmSync(traps, { recursive: true, force: true });
  });

  it('reads, writes, exports, fetches and pushes without running any of them', async () => {
    const tip = await git.fetchBranch('origin', 'main');
    expect(await git.readFile(tip, KUSTOMIZATION)).toBeDefined();
    const tree = await git.writeTree(tip, [{ path: KUSTOMIZATION, content: 'images: []\n' }]);
    const sha = await git.commitTree(tree, [tip], 'trapped\n', { name: 'n', email: 'e@x' });
    const reader = gitTreeReader(git, sha);
    expect(await reader.readText(KUSTOMIZATION)).toBe('images: []\n');
    reader.close();
    const out = mkdtempSync(join(tmpdir(), 'git-traps-out-'));
    try {
      await git.exportTree(tree, out);
      await git.exportFiles(tree, join(out, 'some'), [KUSTOMIZATION, 'no/such/file']);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    expect(await git.push('origin', sha, 'main')).toEqual({ status: 'pushed' });
    expect(planted.sprung()).toEqual([]);
    springGitTraps(repo.work);
    expect(planted.sprung().length).toBeGreaterThan(0);
  });
});

describe('exportTree writes what git stores', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = fixtureRepo();
    writeFileSync(join(repo.work, '.gitattributes'), '* text eol=crlf ident\n');
    writeFileSync(join(repo.work, 'binary.bin'), Buffer.from([0, 1, 2, 0xff, 0x0a, 0x0d]));
    repo.git(['add', '--all']);
    repo.git(['commit', '--quiet', '-m', 'attributes and bytes']);
  });
  afterAll(() => repo.cleanup());

  it('bytes, modes and links as stored, whatever the attributes say', async () => {
    const git = new Git({ cwd: repo.work, env: TEST_GIT_ENV });
    const out = mkdtempSync(join(tmpdir(), 'export-bytes-'));
    try {
      await git.exportTree('HEAD', out);
      const stored = (path: string) =>
        execFileSync('git', ['cat-file', 'blob', `HEAD:${path}`], { cwd: repo.work });
      for (const path of [KUSTOMIZATION, 'binary.bin', 'README.md'])
        expect(readFileSync(join(out, path))).toEqual(stored(path));
      expect(readFileSync(join(out, KUSTOMIZATION), 'utf8')).not.toContain('\r');
      expect(statSync(join(out, 'scripts/run.sh')).mode & 0o777).toBe(0o755);
      expect(readlinkSync(join(out, 'k8s/overlays/linked'))).toBe('staging');
      expect(readdirSync(out).sort()).toEqual([
        '.gitattributes',
        'README.md',
        'binary.bin',
        'k8s',
        'scripts',
      ]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
