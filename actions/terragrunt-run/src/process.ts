import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { info, warning } from '@infra-fleet/action-kit';

export interface ProcessResult {
  exitCode: number;
  /** The signal forwarded to Terragrunt because the job was cancelled, if any. */
  interrupted?: NodeJS.Signals;
  /** The last part of stdout and stderr, for state-lock IDs; never parsed for results. */
  tail: string;
}

export interface ProcessRunner {
  run(
    file: string,
    args: string[],
    options: { cwd: string; env: NodeJS.ProcessEnv },
  ): Promise<ProcessResult>;
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const TAIL_BYTES = 256 * 1024;

function keepTail(tail: string, chunk: string): string {
  const joined = tail + chunk;
  return joined.length > TAIL_BYTES ? joined.slice(-TAIL_BYTES) : joined;
}

/**
 * Runs Terragrunt in its own process group and forwards a signal to the whole group, as a
 * terminal's Ctrl-C would: OpenTofu gets it at once (Terragrunt alone would wait 15 s before
 * passing it on), and exactly once (a second interrupt makes OpenTofu exit without releasing
 * its state lock). Later signals are logged, not forwarded.
 */
export const childProcessRunner: ProcessRunner = {
  run(file, args, { cwd, env }) {
    return new Promise((resolve, reject) => {
      const child = spawn(file, args, {
        cwd,
        env,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let tail = '';
      let interrupted: NodeJS.Signals | undefined;
      child.stdout.on('data', (chunk: Buffer) => {
        process.stdout.write(chunk);
        tail = keepTail(tail, chunk.toString('utf8'));
      });
      child.stderr.on('data', (chunk: Buffer) => {
        process.stderr.write(chunk);
        tail = keepTail(tail, chunk.toString('utf8'));
      });
      const forward = (signal: NodeJS.Signals) => {
        if (interrupted) {
          warning(`Received ${signal} again; waiting for Terragrunt to release its state locks.`);
          return;
        }
        interrupted = signal;
        info(`Received ${signal}: forwarding it to Terragrunt so it can release its state locks.`);
        signalGroup(child.pid, signal, () => child.kill(signal));
      };
      for (const signal of SIGNALS) process.on(signal, forward);
      const cleanUp = () => {
        for (const signal of SIGNALS) process.off(signal, forward);
      };
      child.on('error', (error) => {
        cleanUp();
        reject(error);
      });
      child.on('close', (code, signal) => {
        cleanUp();
        const exitCode = code ?? 128 + (signal ? constants.signals[signal] : 1);
        resolve({ exitCode, tail, ...(interrupted && { interrupted }) });
      });
    });
  },
};

function signalGroup(pid: number | undefined, signal: NodeJS.Signals, fallback: () => void): void {
  try {
    if (pid === undefined) throw new Error('no pid');
    process.kill(-pid, signal);
  } catch {
    fallback();
  }
}
