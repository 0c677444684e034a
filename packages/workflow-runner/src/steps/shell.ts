import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { createFileCommands } from '../file-commands.js';
import { runProcess } from '../process.js';
import type { StepResult, StepRun } from '../step-types.js';
import { CommandReader } from './commands.js';

/** `run:` steps: the script is written to a file and run by the shell, as the runner does. */

const SHELLS: Record<string, { command: string[]; extension: string }> = {
  bash: { command: ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '{0}'], extension: '.sh' },
  sh: { command: ['sh', '-e', '{0}'], extension: '.sh' },
  python: { command: ['python3', '{0}'], extension: '.py' },
  node: { command: ['node', '{0}'], extension: '.js' },
};

/** The shell's argument array; unset: `bash -e {0}` (bash without -o pipefail), as on GitHub. */
export function shellCommand(shell: string | undefined): { command: string[]; extension: string } {
  if (shell === undefined || shell === '')
    return { command: ['bash', '-e', '{0}'], extension: '.sh' };
  const known = SHELLS[shell];
  if (known) return known;
  const words = shell.split(/\s+/).filter(Boolean);
  if (!words.includes('{0}'))
    throw new Error(`shell '${shell}' must contain {0} (the script file).`);
  return { command: words, extension: '' };
}

export async function runShellStep(
  step: StepRun,
  script: string,
  shell: string | undefined,
  workingDirectory: string | undefined,
): Promise<StepResult> {
  const { command, extension } = shellCommand(shell);
  const file = join(step.job.temp, `${randomUUID()}${extension}`);
  writeFileSync(file, script);
  const cwd = workingDirectory
    ? isAbsolute(workingDirectory)
      ? workingDirectory
      : join(step.job.workspace, workingDirectory)
    : step.job.workspace;
  if (!existsSync(cwd)) mkdirSync(cwd, { recursive: true });
  const commands = createFileCommands(step.job.temp);
  const reader = new CommandReader(step.job.masker);
  const [program = 'bash', ...args] = command.map((word) => (word === '{0}' ? file : word));
  step.log(`${program} ${args.join(' ')}`);
  const exit = await runProcess(program, args, {
    cwd,
    env: { ...step.env, ...commands.variables },
    signal: step.job.signal,
    timeoutMs: step.timeoutMs,
    onLine: (line) => step.log(reader.read(line)),
  });
  const written = commands.read();
  return {
    exitCode: exit.exitCode,
    ...written,
    annotations: reader.annotations,
    timedOut: exit.timedOut,
    cancelled: exit.cancelled,
  };
}
