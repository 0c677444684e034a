import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTIONS_BOT_LOGIN } from '@infra-fleet/github-emulator';
import { jobContexts, runnerEnvironment, type NeedsOutcome } from './contexts.js';
import type { JobResult } from './dag.js';
import type { JobRecord } from './events.js';
import type { Json } from './expressions.js';
import { enterGroup, passEnvironment } from './job-gates.js';
import { Masker } from './masker.js';
import type { StepsJobDef } from './model.js';
import {
  describePermissions,
  parsePermissions,
  repositoryDefault,
  tokenScopes,
  type Permissions,
} from './permissions.js';
import type { RunState, WorkflowScope } from './run-state.js';
import { runSteps, runnerContext, workflowContext } from './run-steps.js';
import type { JobRuntime } from './step-types.js';
import {
  evaluateString,
  evaluateStringMap,
  evaluateValue,
  find,
  type Scope,
  type Token,
} from './template.js';

/** One leg of a job that runs steps: gates, a fresh workspace, a token with its scopes, steps, outputs. */

export interface Leg {
  /** Display name: the job's name, with the matrix values. */
  name: string;
  key: string;
  matrix?: Record<string, Json>;
  strategy?: Record<string, Json>;
  signal: AbortSignal;
  /** Cancels this leg (cancel-in-progress of another holder, fail-fast). */
  cancel(reason: string): void;
}

export interface LegOutcome {
  result: JobResult;
  outputs: Record<string, string>;
}

export function newRecord(
  run: RunState,
  scope: WorkflowScope,
  jobId: string,
  leg: Leg,
  kind: JobRecord['kind'],
): JobRecord {
  const record: JobRecord = {
    name: [...scope.names, leg.name].join(' / '),
    path: [...scope.prefix, jobId],
    workflow: scope.workflow.path,
    kind,
    ...(leg.matrix && { matrix: leg.matrix }),
    result: 'skipped',
    outputs: {},
    steps: [],
    annotations: [],
    summary: '',
    durationMs: 0,
  };
  run.records.push(record);
  return record;
}

/** Ends a job's record once: result, outputs, duration and an optional error; emitted. */
export function finisher(run: RunState, record: JobRecord) {
  const started = Date.now();
  return async (
    result: JobResult,
    outputs: Record<string, string> = {},
    message?: string,
  ): Promise<LegOutcome> => {
    if (message) record.annotations.push({ level: 'error', message });
    Object.assign(record, { result, outputs, durationMs: Date.now() - started });
    await run.emit({ type: 'job-finished', job: record });
    return { result, outputs };
  };
}

/** A job's GITHUB_TOKEN permissions: its own, else the workflow's, else the caller's grant or the repository default. */
export function jobPermissions(
  run: RunState,
  scope: WorkflowScope,
  token: Token | undefined,
): Permissions {
  return (
    parsePermissions(token) ??
    parsePermissions(scope.workflow.permissions) ??
    scope.grant ??
    repositoryDefault(run.config.defaultPermissions)
  );
}

function environmentName(def: StepsJobDef, scope: Scope): string | undefined {
  if (!def.environment) return undefined;
  const name = find(def.environment, 'name');
  return evaluateString(name ?? def.environment, scope) || undefined;
}

function setUp(run: RunState, record: JobRecord) {
  const root = mkdtempSync(join(run.config.workRoot, 'job-'));
  const dirs = {
    root,
    workspace: join(root, 'workspace'),
    temp: join(root, 'temp'),
    home: join(root, 'home'),
    toolCache: join(run.config.workRoot, 'tool-cache'),
  };
  for (const dir of [dirs.workspace, dirs.temp, dirs.home, dirs.toolCache])
    mkdirSync(dir, { recursive: true });
  const eventPath = join(dirs.temp, '_github_workflow', 'event.json');
  mkdirSync(join(eventPath, '..'), { recursive: true });
  writeFileSync(eventPath, JSON.stringify(run.event.payload, null, 2));
  record.startedAt = Date.now();
  return { ...dirs, eventPath };
}

export async function runStepsLeg(
  run: RunState,
  scope: WorkflowScope,
  def: StepsJobDef,
  leg: Leg,
  needs: Record<string, NeedsOutcome>,
): Promise<LegOutcome> {
  const record = newRecord(run, scope, def.id, leg, 'steps');
  const finish = finisher(run, record);
  const contexts = jobContexts(run, scope, needs, leg.matrix, leg.strategy);
  const holder = {
    id: `job:${run.id}:${record.path.join('/')}:${leg.key}`,
    label: record.name,
    ancestors: scope.ancestors,
    cancel: leg.cancel,
  };
  const gate = await enterGroup(run, def.concurrency, { contexts }, holder, (reason) =>
    run.emit({ type: 'job-pending', job: record.name, reason }),
  );
  if (!gate.ok) return finish('cancelled', {}, gate.message);
  record.concurrency = gate.group;
  try {
    const permissions = jobPermissions(run, scope, def.permissions);
    record.permissions = describePermissions(permissions);
    const environment = environmentName(def, { contexts });
    record.environment = environment;
    const notes: string[] = [];
    if (environment) {
      const passed = await passEnvironment(run, environment, record.name, (line) =>
        notes.push(line),
      );
      if (!passed.ok)
        return await finish(passed.cancelled ? 'cancelled' : 'failure', {}, passed.message);
    }
    if (leg.signal.aborted) return await finish('cancelled');
    const token = await run.config.port.mintToken(ACTIONS_BOT_LOGIN, tokenScopes(permissions));
    await run.emit({ type: 'job-started', job: record.name });
    return await execute(run, scope, def, leg, record, contexts, token, permissions, finish);
  } finally {
    gate.lease?.release();
  }
}

async function execute(
  run: RunState,
  scope: WorkflowScope,
  def: StepsJobDef,
  leg: Leg,
  record: JobRecord,
  contexts: Record<string, unknown>,
  token: string,
  permissions: Permissions,
  finish: (
    result: JobResult,
    outputs?: Record<string, string>,
    message?: string,
  ) => Promise<LegOutcome>,
): Promise<LegOutcome> {
  if (def.unsupported.length > 0)
    return finish('failure', {}, `Not supported locally: ${def.unsupported.join(', ')}.`);
  const dirs = setUp(run, record);
  const masker = new Masker();
  masker.add(token);
  Object.values(scope.secrets).forEach((secret) => masker.add(secret));
  const controller = new AbortController();
  const abort = () => controller.abort();
  leg.signal.addEventListener('abort', abort, { once: true });
  const github = { ...run.github, job: def.id, token, workspace: dirs.workspace };
  const job: JobRuntime = {
    name: record.name,
    ...dirs,
    token,
    event: run.event,
    github,
    workflow: scope.ref,
    source: run.config.source,
    port: run.config.port,
    artifactsDir: run.artifactsDir,
    masker,
    signal: controller.signal,
    actionInputs: run.config.actionInputs,
    ...(run.config.node && { node: run.config.node }),
  };
  const withJob = {
    ...contexts,
    github,
    secrets: { ...scope.secrets, GITHUB_TOKEN: token },
    job: { status: 'success', ...workflowContext(job) },
    runner: runnerContext(job),
  };
  const jobEnv = {
    ...scope.env,
    ...evaluateStringMap(def.env, { contexts: { ...withJob, env: scope.env } }),
  };
  const minutes = def.timeoutMinutes
    ? Number(evaluateValue(def.timeoutMinutes, { contexts: withJob }))
    : 360;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, minutes * 60_000);
  try {
    const outcome = await runSteps({
      run,
      def,
      job,
      contexts: withJob,
      env: {
        ...runnerEnvironment(run, { id: def.id, ...dirs }),
        ...oidcVariables(permissions, masker),
      },
      jobEnv,
      defaults: runDefaults(def.defaults, scope.workflow.defaults),
      deadline: Date.now() + minutes * 60_000,
      logDir: join(run.logDir, ...record.path, leg.key),
      onStarted: (step, index) => run.emit({ type: 'step-started', job: record.name, step, index }),
      onLog: (step, line) => void run.emit({ type: 'log', job: record.name, step, line }),
      onFinished: async (step) => {
        record.steps.push(step);
        await run.emit({ type: 'step-finished', job: record.name, step });
      },
    });
    record.summary = outcome.summary;
    const scopeWithSteps: Scope = { contexts: { ...withJob, env: jobEnv, steps: outcome.steps } };
    const outputs = jobOutputs(def.outputs, scopeWithSteps, masker, record);
    if (timedOut)
      return await finish(
        'failure',
        outputs,
        `The job has exceeded the maximum execution time of ${minutes} minutes.`,
      );
    const result: JobResult = outcome.status === 'success' ? 'success' : outcome.status;
    const tolerated =
      result === 'failure' &&
      def.continueOnError !== undefined &&
      evaluateValue(def.continueOnError, { contexts: withJob }) === true;
    if (!tolerated) return await finish(result, outputs);
    // continue-on-error: the job shows its failure; the jobs that need it and the run go on.
    await finish(result, outputs, 'The job failed; continue-on-error lets the run go on.');
    return { result: 'success', outputs };
  } finally {
    clearTimeout(timer);
    leg.signal.removeEventListener('abort', abort);
    if (!run.config.keepWorkspaces) rmSync(dirs.root, { recursive: true, force: true });
  }
}

/**
 * Only a job granted `id-token: write` gets the OIDC request variables, as on GitHub. Nothing
 * serves that URL: the configure-aws-credentials stand-in only checks they are there.
 */
function oidcVariables(permissions: Permissions, masker: Masker): Record<string, string> {
  if (permissions['id-token'] !== 'write') return {};
  const token = `oidc-${randomBytes(12).toString('hex')}`;
  masker.add(token);
  return {
    ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc-not-served?api-version=2.0',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: token,
  };
}

function runDefaults(job: Token | undefined, workflow: Token | undefined) {
  const pick = (key: string) => {
    for (const token of [find(find(job, 'run'), key), find(find(workflow, 'run'), key)]) {
      if (token) return evaluateString(token, { contexts: {} });
    }
    return undefined;
  };
  return { shell: pick('shell'), workingDirectory: pick('working-directory') };
}

/** Job outputs; like GitHub, an output that would carry a secret is skipped with a warning. */
function jobOutputs(token: Token | undefined, scope: Scope, masker: Masker, record: JobRecord) {
  const outputs = evaluateStringMap(token, scope);
  for (const [name, value] of Object.entries(outputs)) {
    if (masker.mask(value) !== value) {
      delete outputs[name];
      record.annotations.push({
        level: 'warning',
        message: `Skip output '${name}' since it may contain secret.`,
      });
    }
  }
  return outputs;
}
