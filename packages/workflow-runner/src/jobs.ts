import { ancestors, combinedResult, jobStatusFunctions, readyJobs, type JobResult } from './dag.js';
import { evaluate, truthy, type Json } from './expressions.js';
import { expandMatrix, legName } from './matrix.js';
import type { JobDef } from './model.js';
import { runCallLeg } from './reusable.js';
import { newRecord, runStepsLeg, type Leg, type LegOutcome } from './run-job.js';
import type { RunState, WorkflowScope } from './run-state.js';
import { evaluateString, evaluateValue, find, type Scope } from './template.js';
import type { NeedsOutcome } from './contexts.js';

/** A workflow's jobs as a DAG on needs: each job's if:, its matrix legs, fail-fast and max-parallel. */

interface Plan {
  legs: Array<{ matrix?: Record<string, Json>; strategy?: Record<string, Json> }>;
  failFast: boolean;
  maxParallel: number;
}

function strategyPlan(def: JobDef, scope: Scope): Plan {
  if (!def.strategy) return { legs: [{}], failFast: true, maxParallel: Infinity };
  const failFastToken = find(def.strategy, 'fail-fast');
  const failFast =
    failFastToken === undefined ? true : evaluateValue(failFastToken, scope) !== false;
  const maxToken = find(def.strategy, 'max-parallel');
  const maxParallel = maxToken === undefined ? Infinity : Number(evaluateValue(maxToken, scope));
  const matrixToken = find(def.strategy, 'matrix');
  const legs = matrixToken ? expandMatrix(evaluateValue(matrixToken, scope)) : [{}];
  return {
    legs: legs.map((matrix, index) => ({
      matrix,
      strategy: {
        'fail-fast': failFast,
        'job-index': index,
        'job-total': legs.length,
        'max-parallel': Number.isFinite(maxParallel) ? maxParallel : legs.length,
      },
    })),
    failFast,
    maxParallel,
  };
}

function displayName(def: JobDef, scope: Scope, matrix?: Record<string, Json>): string {
  const named = evaluateString(def.name, { contexts: { ...scope.contexts, matrix: matrix ?? {} } });
  const hasExpression = /\$\{\{/.test(JSON.stringify(def.name ?? ''));
  return matrix && !hasExpression && named === def.id ? legName(named, matrix) : named;
}

async function runLegs(
  run: RunState,
  scope: WorkflowScope,
  def: JobDef,
  plan: Plan,
  jobScope: Scope,
  needs: Record<string, NeedsOutcome>,
): Promise<LegOutcome> {
  const controllers = plan.legs.map(() => new AbortController());
  const cancelAll = () => controllers.forEach((c) => c.abort());
  run.controller.signal.addEventListener('abort', cancelAll, { once: true });
  const results: JobResult[] = [];
  const outputs: Record<string, string> = {};
  let next = 0;
  const worker = async () => {
    while (next < plan.legs.length) {
      const index = next++;
      const spec = plan.legs[index] ?? {};
      const controller = controllers[index] ?? new AbortController();
      const leg: Leg = {
        name: displayName(def, jobScope, spec.matrix),
        key: String(index),
        ...spec,
        signal: controller.signal,
        cancel: () => controller.abort(),
      };
      const outcome =
        controller.signal.aborted && plan.legs.length > 1
          ? await cancelledLeg(run, scope, def, leg)
          : def.kind === 'steps'
            ? await runStepsLeg(run, scope, def, leg, needs)
            : await runCallLeg(run, scope, def, leg, needs, runJobs);
      results.push(outcome.result);
      for (const [key, value] of Object.entries(outcome.outputs))
        if (value !== '') outputs[key] = value;
      if (outcome.result === 'failure' && plan.failFast) cancelAll();
    }
  };
  const parallel = Math.min(plan.maxParallel, plan.legs.length);
  await Promise.all(Array.from({ length: parallel }, worker));
  run.controller.signal.removeEventListener('abort', cancelAll);
  return { result: combinedResult(results), outputs };
}

async function cancelledLeg(
  run: RunState,
  scope: WorkflowScope,
  def: JobDef,
  leg: Leg,
): Promise<LegOutcome> {
  const record = newRecord(run, scope, def.id, leg, def.kind);
  record.result = 'cancelled';
  await run.emit({ type: 'job-finished', job: record });
  return { result: 'cancelled', outputs: {} };
}

async function skipped(
  run: RunState,
  scope: WorkflowScope,
  def: JobDef,
  result: JobResult,
  jobScope: Scope,
  message?: string,
): Promise<LegOutcome> {
  const name = evaluateString(def.name, { contexts: { ...jobScope.contexts, matrix: {} } });
  const record = newRecord(
    run,
    scope,
    def.id,
    { name, key: '0', signal: run.controller.signal, cancel: () => undefined },
    def.kind,
  );
  record.result = result;
  if (message) record.annotations.push({ level: 'error', message });
  await run.emit({ type: 'job-finished', job: record });
  return { result, outputs: {} };
}

async function runJob(
  run: RunState,
  scope: WorkflowScope,
  def: JobDef,
  finished: Map<string, LegOutcome>,
): Promise<LegOutcome> {
  const needs = Object.fromEntries(
    def.needs.map((id) => [id, finished.get(id) ?? { result: 'skipped', outputs: {} }]),
  );
  const contexts = { github: run.github, inputs: scope.inputs, vars: run.config.vars, needs };
  const jobScope: Scope = { contexts };
  const before = [...ancestors(scope.workflow.jobs, def.id)].map(
    (id) => finished.get(id)?.result ?? 'skipped',
  );
  let condition: boolean;
  try {
    condition = truthy(evaluate(def.if, contexts, jobStatusFunctions(before, run.cancelled)));
  } catch (error) {
    return skipped(run, scope, def, 'failure', jobScope, (error as Error).message);
  }
  if (!condition)
    return skipped(run, scope, def, run.cancelled ? 'cancelled' : 'skipped', jobScope);
  let plan: Plan;
  try {
    plan = strategyPlan(def, jobScope);
  } catch (error) {
    return skipped(run, scope, def, 'failure', jobScope, (error as Error).message);
  }
  return runLegs(run, scope, def, plan, jobScope, needs);
}

/** Runs every job of the scope's workflow, each as soon as its needs have finished. */
export async function runJobs(
  run: RunState,
  scope: WorkflowScope,
): Promise<Map<string, LegOutcome>> {
  const jobs = scope.workflow.jobs;
  const finished = new Map<string, LegOutcome>();
  const results = new Map<string, JobResult>();
  const started = new Set<string>();
  const running = new Map<string, Promise<void>>();
  for (;;) {
    for (const id of readyJobs(jobs, results, started)) {
      const def = jobs.find((job) => job.id === id);
      if (!def) continue;
      started.add(id);
      const outcome = runJob(run, scope, def, finished).catch((error: Error) => {
        run.errors.push(
          `Job ${[...scope.prefix, id].join(' / ')}: ${error.stack ?? error.message}`,
        );
        return { result: 'failure' as JobResult, outputs: {} };
      });
      running.set(
        id,
        outcome.then((outcome) => {
          finished.set(id, outcome);
          results.set(id, outcome.result);
          running.delete(id);
        }),
      );
    }
    if (running.size === 0) break;
    await Promise.race(running.values());
  }
  return finished;
}
