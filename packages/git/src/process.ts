import { spawn } from 'node:child_process';

export interface ProcessResult {
  stdout: string;
  stderr: string;
  exitCode: number | null;
  spawnError?: Error;
}

export interface ProcessRequest {
  file: string;
  args: readonly string[];
  cwd: string;
  env: Record<string, string>;
  input?: string;
}

/** Runs a program with an argument array (never a shell) and collects its output. */
export function runProcess(request: ProcessRequest): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const child = spawn(request.file, request.args, {
      cwd: request.cwd,
      env: request.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let settled = false;
    const finish = (exitCode: number | null, spawnError?: Error) => {
      if (settled) return;
      settled = true;
      const out = Buffer.concat(stdout).toString('utf8');
      const err = Buffer.concat(stderr).toString('utf8');
      resolve({ stdout: out, stderr: err, exitCode, ...(spawnError && { spawnError }) });
    };
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => finish(null, error));
    // A child that exits before reading stdin raises EPIPE; its exit code tells the story.
    child.stdin.on('error', () => undefined);
    child.stdin.end(request.input ?? '');
    child.on('close', (code) => finish(code));
  });
}

/** process.env plus overrides; `undefined` removes a variable. */
export function mergeEnv(
  ...layers: ReadonlyArray<Record<string, string | undefined> | undefined>
): Record<string, string> {
  const merged: Record<string, string | undefined> = {};
  for (const layer of layers) Object.assign(merged, layer);
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(merged)) if (value !== undefined) result[key] = value;
  return result;
}
