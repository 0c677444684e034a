import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { stepStatusFunctions, type JobStatus } from './dag.js';
import type { Annotation, StepConclusion, StepRecord } from './events.js';
import { evaluate, truthy } from './expressions.js';
import type { StepDef, StepsJobDef } from './model.js';
import type { RunState } from './run-state.js';
import { standInFor } from './stand-ins/index.js';
import type { JobRuntime, StepResult, StepRun } from './step-types.js';
import { emptyResult } from './step-types.js';
import { runActionStep } from './steps/action.js';
import { runShellStep } from './steps/shell.js';
import { evaluateString, evaluateStringMap, evaluateValue, type Scope } from './template.js';

/** A job's steps in order: `if:`, env, with:, the executor, outcome and conclusion, file commands. */

export interface StepsInput {
  run: RunState;
  def: StepsJobDef;
  job: JobRuntime;
  /** Job contexts (github, needs, matrix, …) without env, steps and job. */
  contexts: Record<string, unknown>;
  env: Record<string, string>;
  jobEnv: Record<string, string>;
  defaults: { shell?: string; workingDirectory?: string };
  deadline: number;
  logDir: string;
  onStarted(step: string, index: number): Promise<void>;
  onLog(step: string, line: string): void;
  onFinished(record: StepRecord): Promise<void>;
}

export interface StepsOutcome {
  status: JobStatus;
  steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }>;
  records: StepRecord[];
  summary: string;
}

function defaultName(step: StepDef, scope: Scope): string {
  if (step.uses) return `Run ${step.uses}`;
  const script = evaluateString(step.run, scope).trim().split('\n')[0] ?? '';
  return `Run ${script}`;
}

async function execute(
  input: StepsInput,
  step: StepDef,
  run: StepRun,
  scope: Scope,
): Promise<StepResult> {
  if (step.run) {
    const shell = step.shell ? evaluateString(step.shell, scope) : input.defaults.shell;
    const dir = step.workingDirectory
      ? evaluateString(step.workingDirectory, scope)
      : input.defaults.workingDirectory;
    return runShellStep(run, evaluateString(step.run, scope), shell, dir);
  }
  const uses = step.uses ?? '';
  if (uses.startsWith('./')) {
    const dir = join(input.job.workspace, uses);
    if (!existsSync(dir))
      throw new Error(`Can't find '${uses}' in the workspace: check it out first.`);
    return runActionStep(run, dir);
  }
  const standIn = standInFor(uses);
  if (standIn) {
    run.log(`Stand-in for ${uses} (the real action does not run locally)`);
    return { ...(await standIn.run(run)), standIn: standIn.name };
  }
  const local = input.job.source.actionFolder(uses);
  if (local) return runActionStep(run, local);
  throw new Error(
    `${uses} is not available locally: only ./ actions, this checkout's actions and the stand-ins run.`,
  );
}

function conclusionOf(result: StepResult): StepConclusion {
  if (result.cancelled) return 'cancelled';
  return result.exitCode === 0 && !result.timedOut ? 'success' : 'failure';
}

export async function runSteps(input: StepsInput): Promise<StepsOutcome> {
  let status: JobStatus = 'success';
  const steps: StepsOutcome['steps'] = {};
  const records: StepRecord[] = [];
  const githubEnv: Record<string, string> = {};
  const paths: string[] = [];
  let summary = '';
  mkdirSync(input.logDir, { recursive: true });
  for (const [index, step] of input.def.steps.entries()) {
    if (input.job.signal.aborted && status !== 'failure') status = 'cancelled';
    const env = { ...input.jobEnv, ...githubEnv };
    const base = {
      ...input.contexts,
      env,
      steps,
      job: { status, ...workflowContext(input.job) },
      runner: runnerContext(input.job),
    };
    const scope: Scope = { contexts: base, functions: stepStatusFunctions(status) };
    const name = step.name ? evaluateString(step.name, scope) : defaultName(step, scope);
    const started = Date.now();
    const record: StepRecord = {
      index,
      id: step.id,
      name,
      outcome: 'skipped',
      conclusion: 'skipped',
      outputs: {},
      annotations: [],
      durationMs: 0,
      log: '',
    };
    if (!truthy(evaluate(step.if, base, stepStatusFunctions(status)))) {
      records.push(record);
      steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      await input.onFinished(record);
      continue;
    }
    await input.onStarted(name, index);
    record.logFile = join(input.logDir, `${String(index + 1).padStart(2, '0')}-${slug(name)}.log`);
    const lines: string[] = [];
    const log = (line: string) => {
      lines.push(line);
      appendFileSync(record.logFile ?? '', `${line}\n`);
      input.onLog(name, line);
    };
    let result: StepResult;
    try {
      const stepEnv = evaluateStringMap(step.env, scope);
      const stepScope: Scope = {
        contexts: { ...base, env: { ...env, ...stepEnv } },
        functions: scope.functions,
      };
      const timeoutMinutes = step.timeoutMinutes
        ? Number(evaluateValue(step.timeoutMinutes, stepScope))
        : Infinity;
      const timeoutMs = Math.max(1, Math.min(timeoutMinutes * 60_000, input.deadline - Date.now()));
      const processEnv: Record<string, string> = {
        ...input.env,
        ...env,
        ...stepEnv,
        GITHUB_ACTION: step.id,
      };
      processEnv.PATH = [...paths, processEnv.PATH ?? ''].join(':');
      // A step that runs after a cancellation (always(), cancelled()) gets a signal of its own.
      const job = input.job.signal.aborted
        ? { ...input.job, signal: new AbortController().signal }
        : input.job;
      const run: StepRun = {
        job,
        name,
        env: processEnv,
        with: evaluateStringMap(step.with, stepScope),
        timeoutMs,
        log,
      };
      result = await execute(input, step, run, stepScope);
      if (result.timedOut) result.annotations.push(timedOut(name, timeoutMinutes, input.deadline));
      const continueOnError = step.continueOnError
        ? evaluateValue(step.continueOnError, stepScope) === true
        : false;
      record.outcome = conclusionOf(result);
      record.conclusion =
        record.outcome === 'failure' && continueOnError ? 'success' : record.outcome;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`::error::${message}`);
      result = { ...emptyResult(1), annotations: [{ level: 'error', message }] };
      record.outcome = record.conclusion = 'failure';
    }
    Object.assign(githubEnv, result.env);
    paths.unshift(...result.path.reverse());
    summary += result.summary;
    Object.assign(record, {
      outputs: result.outputs,
      annotations: result.annotations,
      standIn: result.standIn,
      durationMs: Date.now() - started,
      log: lines.join('\n'),
    });
    if (record.conclusion === 'failure') status = 'failure';
    if (record.conclusion === 'cancelled' && status === 'success') status = 'cancelled';
    steps[step.id] = {
      outputs: result.outputs,
      outcome: record.outcome,
      conclusion: record.conclusion,
    };
    records.push(record);
    await input.onFinished(record);
  }
  return { status, steps, records, summary };
}

function timedOut(name: string, minutes: number, deadline: number): Annotation {
  const message =
    Number.isFinite(minutes) && Date.now() < deadline
      ? `The action '${name}' has timed out after ${minutes} minutes.`
      : `The job has exceeded its maximum execution time (timeout-minutes) during '${name}'.`;
  return { level: 'error', message };
}

export function workflowContext(job: JobRuntime) {
  return {
    workflow_repository: job.workflow.repository,
    workflow_sha: job.workflow.sha,
    workflow_ref: job.workflow.ref,
    workflow_file_path: job.workflow.path,
  };
}

export function runnerContext(job: JobRuntime) {
  return {
    os: 'Linux',
    arch: 'X64',
    name: 'infra-fleet local runner',
    environment: 'github-hosted',
    temp: job.temp,
    tool_cache: job.toolCache,
    debug: '',
  };
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 50) || 'step'
  );
}
