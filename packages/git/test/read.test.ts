import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { Git, GitError } from '../src/index.js';
import { fixtureRepo, gitIn, KUSTOMIZATION, type TestRepo } from './helpers.js';

let repo: TestRepo;
let git: Git;
let head: string;

beforeAll(() => {
  repo = fixtureRepo();
  git = gitIn(repo.work);
  head = repo.git(['rev-parse', 'HEAD']);
});
afterAll(() => repo.cleanup());

describe('run', () => {
  it('returns stdout, stderr and the exit code', async () => {
    const result = await git.run(['rev-parse', 'HEAD']);
    expect(result).toEqual({ stdout: `${head}\n`, stderr: '', exitCode: 0 });
  });

  it('passes input on stdin', async () => {
    const result = await git.run(['hash-object', '--stdin'], { input: 'hello\n' });
    expect(result.stdout.trim()).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });

  it('rejects with a GitError carrying args, exit code and stderr', async () => {
    const failure = git.run(['cat-file', '-t', 'no-such-object']);
    await expect(failure).rejects.toBeInstanceOf(GitError);
    const error = (await failure.catch((e: unknown) => e)) as GitError;
    expect(error.args).toEqual(['cat-file', '-t', 'no-such-object']);
    expect(error.exitCode).toBe(128);
    expect(error.stderr).toMatch(/Not a valid object name/);
    expect(error.message).toMatch(
      /^git cat-file -t no-such-object exited with 128: fatal: Not a valid object name/,
    );
  });

  it('returns failures instead when allowFailure is set', async () => {
    const result = await git.run(['cat-file', '-e', 'no-such-object'], { allowFailure: true });
    expect(result.exitCode).not.toBe(0);
  });

  it('merges per-call env over the instance env, never through a shell', async () => {
    const result = await git.run(['var', 'GIT_AUTHOR_IDENT'], {
      env: { GIT_AUTHOR_NAME: 'Per Call $(id)' },
    });
    expect(result.stdout).toMatch(/^Per Call \$\(id\) <author@example\.com>/);
  });

  it('explains a git binary that cannot be started', async () => {
    const broken = new Git({ cwd: repo.work, gitPath: join(repo.root, 'no-such-git') });
    const error = (await broken.run(['version']).catch((e: unknown) => e)) as GitError;
    expect(error).toBeInstanceOf(GitError);
    expect(error.exitCode).toBeNull();
    expect(error.message).toMatch(/could not run '.*no-such-git'.*install git or set gitPath/);
  });
});

describe('repository facts', () => {
  it('topLevel answers the root from a subdirectory', async () => {
    expect(await gitIn(join(repo.work, 'k8s/base')).topLevel()).toBe(repo.work);
  });

  it('isShallow tells full clones from depth-limited ones', async () => {
    expect(await git.isShallow()).toBe(false);
    expect(await gitIn(repo.clone({ depth: 1 })).isShallow()).toBe(true);
  });

  it('remoteUrl returns the configured URL and fails for an unknown remote', async () => {
    expect(await git.remoteUrl('origin')).toBe(repo.origin);
    await expect(git.remoteUrl('upstream')).rejects.toThrow(/No such remote 'upstream'/);
  });

  it('revParse resolves names, peels annotated tags and names what it could not resolve', async () => {
    repo.git(['tag', '-a', '-m', 'release', 'v1.0.0']);
    expect(await git.revParse('HEAD')).toBe(head);
    expect(await git.revParse('v1.0.0')).toBe(head);
    expect(await git.revParse('HEAD~1')).toBe(repo.git(['rev-parse', 'HEAD~1']));
    await expect(git.revParse('no-such-branch')).rejects.toThrow(
      /'no-such-branch' does not name a commit/,
    );
    await expect(git.revParse('--all')).rejects.toThrow(/'--all' does not name a commit/);
  });
});

describe('listTree', () => {
  it('lists the root for "" and "."', async () => {
    const root = await git.listTree(head, '');
    expect(root?.map((entry) => `${entry.type} ${entry.name}`)).toEqual([
      'blob README.md',
      'tree k8s',
      'tree scripts',
    ]);
    expect(await git.listTree('HEAD', '.')).toEqual(root);
  });

  it('lists a nested directory with modes and types', async () => {
    const entries = await git.listTree(head, 'scripts/');
    expect(entries?.map(({ mode, type, name }) => ({ mode, type, name }))).toEqual([
      { mode: '120000', type: 'blob', name: 'readme-link.md' },
      { mode: '100755', type: 'blob', name: 'run.sh' },
    ]);
    expect(entries?.[1]?.oid).toBe(repo.git(['rev-parse', `${head}:scripts/run.sh`]));
  });

  it('returns undefined for a missing directory', async () => {
    expect(await git.listTree(head, 'k8s/overlays/production')).toBeUndefined();
    expect(await git.listTree(head, 'nothing/here/at/all')).toBeUndefined();
  });

  it('refuses a file, a symlinked directory, and an unknown revision', async () => {
    await expect(git.listTree(head, 'README.md')).rejects.toThrow(
      /'README.md' is a file, not a directory/,
    );
    await expect(git.listTree(head, 'k8s/overlays/linked')).rejects.toThrow(
      /'k8s\/overlays\/linked' is a symbolic link/,
    );
    await expect(git.listTree('no-such-rev', 'k8s')).rejects.toBeInstanceOf(GitError);
  });
});

describe('readFile', () => {
  it('reads the bytes, mode and blob id of a file at a revision', async () => {
    const file = await git.readFile(head, `./${KUSTOMIZATION}`);
    expect(file).toEqual({
      path: KUSTOMIZATION,
      mode: '100644',
      oid: repo.git(['rev-parse', `${head}:${KUSTOMIZATION}`]),
      content: 'images:\n  - name: app\n    newTag: v1.0.0\n',
    });
    expect((await git.readFile(head, 'scripts/run.sh'))?.mode).toBe('100755');
  });

  it('reads paths from the repository root whatever the working directory', async () => {
    const file = await gitIn(join(repo.work, 'scripts')).readFile(head, 'README.md');
    expect(file?.content).toBe('# fixture\n');
  });

  it('reads an older revision, not the worktree', async () => {
    repo.commitFiles({ 'README.md': '# changed\n' }, 'change readme');
    expect((await git.readFile(head, 'README.md'))?.content).toBe('# fixture\n');
    expect((await git.readFile('HEAD', 'README.md'))?.content).toBe('# changed\n');
  });

  it('returns undefined for a missing file or missing parent', async () => {
    expect(await git.readFile(head, 'k8s/overlays/staging/missing.yaml')).toBeUndefined();
    expect(await git.readFile(head, 'no/such/dir/file.yaml')).toBeUndefined();
    expect(await git.readFile(head, 'README.md/child')).toBeUndefined();
  });

  it('refuses a symlinked file and a path through a symlinked directory', async () => {
    await expect(git.readFile(head, 'scripts/readme-link.md')).rejects.toThrow(
      /'scripts\/readme-link.md' is a symbolic link; refusing to follow it/,
    );
    await expect(git.readFile(head, 'k8s/overlays/linked/kustomization.yaml')).rejects.toThrow(
      /'k8s\/overlays\/linked' is a symbolic link; refusing to follow it to 'k8s\/overlays\/linked\/kustomization.yaml'/,
    );
  });

  it('refuses directories and paths that leave the repository', async () => {
    await expect(git.readFile(head, 'k8s/base')).rejects.toThrow(
      /'k8s\/base' is a directory, not a file/,
    );
    await expect(git.readFile(head, '../outside.yaml')).rejects.toThrow(
      /must stay inside the repository/,
    );
    await expect(git.readFile(head, '/etc/passwd')).rejects.toThrow(
      /must be relative to the repository root/,
    );
    await expect(git.readFile(head, '')).rejects.toThrow(/needs a file path/);
  });

  it('treats pathspec magic and wildcards literally', async () => {
    expect(await git.readFile(head, '*.md')).toBeUndefined();
    expect(await git.readFile(head, ':(glob)**/README.md')).toBeUndefined();
  });
});
