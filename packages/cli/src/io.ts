/** Where a command reads its environment and writes its output: the process, or a test's buffers. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  now(): Date;
}

/** A problem the user can fix: printed as `error: …` and `hint: …`, exit code 1 (2 for usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function usageError(message: string, usage: string): CliError {
  return new CliError(message, `usage: ${usage}`, 2);
}
