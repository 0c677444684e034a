import { spawn } from 'node:child_process';

/** Same behaviour on any machine: no system/global config, fixed identity unless a call sets one. */
const GIT_ENV: Record<string, string> = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
  LC_ALL: 'C',
  GIT_AUTHOR_NAME: 'GitHub Emulator',
  GIT_AUTHOR_EMAIL: 'emulator@example.com',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_NAME: 'GitHub Emulator',
  GIT_COMMITTER_EMAIL: 'emulator@example.com',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
};

/** Variables of an enclosing git process (e.g. a hook) that would redirect our commands. */
const DROPPED = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_NAMESPACE',
];

export function gitEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !DROPPED.includes(key)) env[key] = value;
  }
  return { ...env, ...GIT_ENV, ...extra };
}

export class GitCommandError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed (exit ${exitCode}): ${stderr.trim()}`);
    this.name = 'GitCommandError';
  }
}

export interface GitCall {
  input?: string | Buffer;
  env?: Record<string, string>;
  cwd?: string;
}

/** Runs git with an argument array in `dir` (never a shell) and returns stdout as bytes. */
export function runGit(dir: string, args: readonly string[], call: GitCall = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd: call.cwd ?? dir,
      env: gitEnv({ GIT_DIR: dir, ...call.env }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(new Error(`could not run git: ${error.message}`)));
    // A git that exits before reading stdin raises EPIPE; its exit code tells the story.
    child.stdin.on('error', () => undefined);
    child.stdin.end(call.input ?? '');
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new GitCommandError(args, code, Buffer.concat(err).toString('utf8')));
    });
  });
}

export async function gitText(
  dir: string,
  args: readonly string[],
  call?: GitCall,
): Promise<string> {
  return (await runGit(dir, args, call)).toString('utf8');
}
