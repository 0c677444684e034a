import { basename } from 'node:path';
import { actionInputs, runAction } from '@infra-fleet/testkit';
import { asString, evaluate } from '../expressions.js';
import type { StepResult, StepRun } from '../step-types.js';
import { CommandReader } from './commands.js';

/**
 * A JavaScript action from its bundle (runs.using nodeNN), through packages/testkit's harness:
 * the same sandbox, INPUT_* and file commands as the action's own end-to-end tests.
 */

/** Variables the harness sets per step itself; the job must not override them. */
const HARNESS_OWNED = /^(GITHUB_(OUTPUT|ENV|PATH|STEP_SUMMARY|STATE|EVENT_PATH|ACTION_PATH)|HOME)$/;

export async function runActionStep(step: StepRun, actionDir: string): Promise<StepResult> {
  const metadata = actionInputs(actionDir);
  const declared = Object.keys(metadata.inputs);
  const unexpected = Object.keys(step.with).filter((name) => !declared.includes(name));
  if (unexpected.length > 0) {
    step.log(
      `::warning::Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${declared.join("', '")}']`,
    );
  }
  const local = step.job.actionInputs[basename(actionDir)] ?? {};
  const inputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(metadata.inputs)) {
    inputs[name] = step.with[name] ?? local[name] ?? defaultValue(input.default ?? '', step);
  }
  const env = Object.fromEntries(
    Object.entries(step.env).filter(([key]) => !HARNESS_OWNED.test(key)),
  );
  const reader = new CommandReader(step.job.masker);
  let printed = 0;
  const stream = (stdout: string) => {
    const end = stdout.lastIndexOf('\n') + 1;
    if (end <= printed) return;
    stdout
      .slice(printed, end - 1)
      .split(/\r?\n/)
      .forEach((line) => step.log(reader.read(line)));
    printed = end;
  };
  const run = await runAction({
    actionDir,
    inputs,
    env,
    workspace: step.job.workspace,
    event: step.job.event,
    token: step.job.token,
    timeoutMs: step.timeoutMs,
    ...(step.job.node && { node: step.job.node }),
    // The harness hands this check what the action printed so far, every 20 ms: it streams the
    // log, and interrupts the action (SIGINT, as the runner does) when the job is cancelled.
    signalWhen: {
      signal: 'SIGINT',
      when: ({ stdout }) => {
        stream(stdout);
        return step.job.signal.aborted;
      },
    },
  });
  stream(run.stdout.endsWith('\n') ? run.stdout : `${run.stdout}\n`);
  for (const line of run.stderr.split(/\r?\n/).filter(Boolean)) step.log(reader.read(line));
  return {
    exitCode: run.exitCode,
    outputs: run.outputs,
    summary: run.summary,
    env: {},
    path: [],
    annotations: reader.annotations,
    timedOut: run.timedOut,
    cancelled: step.job.signal.aborted,
  };
}

/** An input's default from action.yml, evaluated with the github context (github.token included). */
function defaultValue(text: string, step: StepRun): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_whole, expression: string) =>
    asString(evaluate(expression, { github: { ...step.job.github, token: step.job.token } })),
  );
}
