import { join } from 'node:path';
import { inputVariable } from '@infra-fleet/action-kit';
import { createFileCommands } from '../file-commands.js';
import { runProcess } from '../process.js';
import type { StepResult, StepRun } from '../step-types.js';
import { CommandReader } from '../steps/commands.js';

/** Stand-in for actions/github-script: the script runs in Node with @actions/core and Octokit. */

const HOST = join(import.meta.dirname, 'github-script-host.mjs');

export async function githubScript(step: StepRun): Promise<StepResult> {
  const inputs = { 'github-token': step.job.token, 'result-encoding': 'json', ...step.with };
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [inputVariable(name), value]),
  );
  const commands = createFileCommands(step.job.temp);
  const reader = new CommandReader(step.job.masker);
  const exit = await runProcess(step.job.node ?? process.execPath, [HOST], {
    cwd: step.job.workspace,
    env: { ...step.env, ...inputEnv, ...commands.variables },
    signal: step.job.signal,
    timeoutMs: step.timeoutMs,
    onLine: (line) => step.log(reader.read(line)),
  });
  return {
    exitCode: exit.exitCode,
    ...commands.read(),
    annotations: reader.annotations,
    timedOut: exit.timedOut,
    cancelled: exit.cancelled,
  };
}
