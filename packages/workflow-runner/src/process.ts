import { spawn } from 'node:child_process';

/** Runs a command with an argument array, streaming its lines; stops it on abort or timeout. */

export interface ProcessOptions {
  cwd: string;
  env: Record<string, string>;
  signal: AbortSignal;
  timeoutMs: number;
  onLine: (line: string) => void;
}

export interface ProcessExit {
  exitCode: number | null;
  timedOut: boolean;
  cancelled: boolean;
}

/** Signals the step's whole process group (the shell and what it started), as the runner does. */
function signalGroup(child: ReturnType<typeof spawn>, signal: NodeJS.Signals): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

/** As the runner cancels: SIGINT, then SIGTERM and SIGKILL if the processes do not stop. */
function stop(child: ReturnType<typeof spawn>): void {
  signalGroup(child, 'SIGINT');
  const term = setTimeout(() => signalGroup(child, 'SIGTERM'), 7_500);
  const kill = setTimeout(() => signalGroup(child, 'SIGKILL'), 10_000);
  child.once('close', () => {
    clearTimeout(term);
    clearTimeout(kill);
  });
}

export function runProcess(
  command: string,
  args: string[],
  options: ProcessOptions,
): Promise<ProcessExit> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let timedOut = false;
    let cancelled = false;
    const lines = (stream: NodeJS.ReadableStream) => {
      let rest = '';
      stream.on('data', (chunk: Buffer) => {
        const parts = (rest + chunk.toString('utf8')).split(/\r?\n/);
        rest = parts.pop() ?? '';
        parts.forEach(options.onLine);
      });
      stream.on('end', () => rest && options.onLine(rest));
    };
    lines(child.stdout!);
    lines(child.stderr!);
    const timer = setTimeout(() => {
      timedOut = true;
      stop(child);
    }, options.timeoutMs);
    const onAbort = () => {
      cancelled = true;
      stop(child);
    };
    if (options.signal.aborted) onAbort();
    else options.signal.addEventListener('abort', onAbort, { once: true });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      resolve({ exitCode, timedOut, cancelled });
    });
  });
}
