export interface GitErrorDetails {
  args: readonly string[];
  exitCode: number | null;
  stderr: string;
}

/** A git command that failed; the message says what was attempted and git's own reason. */
export class GitError extends Error {
  readonly args: readonly string[];
  readonly exitCode: number | null;
  readonly stderr: string;

  constructor(message: string, details: GitErrorDetails) {
    super(message);
    this.name = 'GitError';
    this.args = details.args;
    this.exitCode = details.exitCode;
    this.stderr = details.stderr;
  }
}

/** The last meaningful stderr lines, for messages: hints are noise, `remote:` lines are the reason. */
export function stderrReason(stderr: string): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('hint:'));
  return lines.slice(-6).join('\n');
}

export function commandFailed(details: GitErrorDetails): GitError {
  const reason = stderrReason(details.stderr) || 'no error output';
  const code = details.exitCode === null ? 'was killed' : `exited with ${details.exitCode}`;
  return new GitError(`git ${details.args.join(' ')} ${code}: ${reason}`, details);
}
