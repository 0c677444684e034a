import { main } from '../src/main.js';
import type { Io } from '../src/io.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `infra-fleet <args>` in-process, in `cwd`, with only the environment given. */
export async function runCli(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    cwd,
    now: () => new Date('2026-05-04T18:00:00Z'),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
