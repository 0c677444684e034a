import { jobContexts, type NeedsOutcome } from './contexts.js';
import { combinedResult } from './dag.js';
import type { Json } from './expressions.js';
import { callInputs } from './inputs.js';
import { enterGroup } from './job-gates.js';
import type { CallJobDef } from './model.js';
import { describePermissions } from './permissions.js';
import { finisher, jobPermissions, newRecord, type Leg, type LegOutcome } from './run-job.js';
import type { RunState, WorkflowScope } from './run-state.js';
import {
  entries,
  evaluateString,
  evaluateStringMap,
  evaluateValue,
  type Scope,
} from './template.js';

/**
 * One leg of a job that calls a reusable workflow: `with:` typed against its inputs, `secrets:`,
 * its own workflow-level concurrency, its jobs under this job's name, its outputs from `jobs`.
 */

type RunJobs = (run: RunState, scope: WorkflowScope) => Promise<Map<string, LegOutcome>>;

function given(def: CallJobDef, scope: Scope): Record<string, Json> {
  return Object.fromEntries(
    entries(def.with).map(([name, token]) => [name, evaluateValue(token, scope)]),
  );
}

function secretsFor(
  def: CallJobDef,
  caller: WorkflowScope,
  scope: Scope,
  declared: Record<string, { required: boolean }>,
): Record<string, string> {
  const passed = def.inheritSecrets ? { ...caller.secrets } : evaluateStringMap(def.secrets, scope);
  for (const [name, secret] of Object.entries(declared)) {
    if (secret.required && !passed[name])
      throw new Error(`Secret ${name} is required, but not provided while calling.`);
  }
  if (!def.inheritSecrets) {
    for (const name of Object.keys(passed)) {
      if (!(name in declared))
        throw new Error(`Invalid secret, ${name} is not defined in the referenced workflow.`);
    }
  }
  return { ...passed, GITHUB_TOKEN: caller.secrets.GITHUB_TOKEN ?? '' };
}

export async function runCallLeg(
  run: RunState,
  caller: WorkflowScope,
  def: CallJobDef,
  leg: Leg,
  needs: Record<string, NeedsOutcome>,
  runJobs: RunJobs,
): Promise<LegOutcome> {
  const record = newRecord(run, caller, def.id, leg, 'call');
  const finish = finisher(run, record);
  const contexts = jobContexts(run, caller, needs, leg.matrix, leg.strategy);
  const path = record.path.join('/');
  const jobHolder = `job:${run.id}:${path}:${leg.key}`;
  const holder = {
    id: jobHolder,
    label: record.name,
    ancestors: caller.ancestors,
    cancel: leg.cancel,
  };
  const onPending = (reason: string) => run.emit({ type: 'job-pending', job: record.name, reason });
  const gate = await enterGroup(run, def.concurrency, { contexts }, holder, onPending);
  if (!gate.ok) return finish('cancelled', {}, gate.message);
  record.concurrency = gate.group;
  let inner: Awaited<ReturnType<typeof enterGroup>> | undefined;
  try {
    const workflow = await run.config.load(run.config.source.workflowPath(def.uses));
    const inputs = callInputs(workflow.callInputs, given(def, { contexts }), (input) =>
      evaluateValue(input.default, { contexts: { github: run.github, vars: run.config.vars } }),
    );
    record.inputs = inputs;
    const grant = jobPermissions(run, caller, def.permissions);
    record.permissions = describePermissions(grant);
    const callee: WorkflowScope = {
      workflow,
      prefix: record.path,
      names: [...caller.names, leg.name],
      inputs,
      secrets: secretsFor(def, caller, { contexts }, workflow.callSecrets),
      grant,
      ancestors: [...caller.ancestors, jobHolder],
      ref: {
        ...caller.ref,
        path: workflow.path,
        ref: run.config.source.ref(workflow.path, run.config.source.sha),
      },
      env: {},
    };
    const calleeScope: Scope = { contexts: { github: run.github, inputs, vars: run.config.vars } };
    callee.env = evaluateStringMap(workflow.env, calleeScope);
    const workflowHolder = {
      id: `workflow:${run.id}:${path}:${leg.key}`,
      label: record.name,
      ancestors: callee.ancestors,
      cancel: leg.cancel,
    };
    inner = await enterGroup(run, workflow.concurrency, calleeScope, workflowHolder, onPending);
    if (!inner.ok) return await finish('cancelled', {}, inner.message);
    callee.ancestors = [...callee.ancestors, workflowHolder.id];
    await run.emit({ type: 'job-started', job: record.name });
    const outcomes = await runJobs(run, callee);
    const jobs = Object.fromEntries(
      [...outcomes].map(([id, o]) => [id, { result: o.result, outputs: o.outputs }]),
    );
    const outputScope: Scope = {
      contexts: { ...calleeScope.contexts, jobs, secrets: callee.secrets },
    };
    const outputs = Object.fromEntries(
      Object.entries(workflow.callOutputs).map(([name, token]) => [
        name,
        evaluateString(token, outputScope),
      ]),
    );
    const results = [...outcomes.values()].map((o) => o.result);
    const result = combinedResult(results);
    return await finish(result === 'skipped' ? 'success' : result, outputs);
  } catch (error) {
    return await finish('failure', {}, error instanceof Error ? error.message : String(error));
  } finally {
    if (inner?.ok) inner.lease?.release();
    gate.lease?.release();
  }
}
