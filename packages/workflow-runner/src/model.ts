import type {
  ActionStep,
  Job,
  ReusableWorkflowJob,
  RunStep,
  Step,
} from '@actions/workflow-parser/model/workflow-template';
import type { ParsedWorkflow } from './parse.js';
import { entries, find, literal, type Token } from './template.js';

/**
 * A workflow as the runner needs it. GitHub's converter gives jobs, needs and `if:` (already
 * wrapped in `success() && (…)` where no status function is called); the keys it leaves out
 * (permissions, timeouts, with:, shell, …) are read from the same token tree.
 */

export interface InputDef {
  type: string;
  required: boolean;
  default?: Token;
  options?: string[];
}

export interface WorkflowDef {
  path: string;
  name: string;
  callInputs: Record<string, InputDef>;
  callSecrets: Record<string, { required: boolean }>;
  callOutputs: Record<string, Token>;
  dispatchInputs: Record<string, InputDef>;
  permissions?: Token;
  concurrency?: Token;
  env?: Token;
  defaults?: Token;
  jobs: JobDef[];
  isCallable: boolean;
}

interface JobBase {
  id: string;
  name: Token;
  needs: string[];
  if: string;
  strategy?: Token;
  permissions?: Token;
  concurrency?: Token;
  raw: Token;
}

export interface StepsJobDef extends JobBase {
  kind: 'steps';
  environment?: Token;
  timeoutMinutes?: Token;
  continueOnError?: Token;
  outputs?: Token;
  env?: Token;
  defaults?: Token;
  runsOn?: Token;
  unsupported: string[];
  steps: StepDef[];
}

export interface CallJobDef extends JobBase {
  kind: 'call';
  uses: string;
  with?: Token;
  secrets?: Token;
  inheritSecrets: boolean;
}

export type JobDef = StepsJobDef | CallJobDef;

export interface StepDef {
  /** The id GitHub gives it: `id:` or a generated `__run`, `__actions_checkout`, …. */
  id: string;
  named: boolean;
  name?: Token;
  if: string;
  uses?: string;
  run?: Token;
  with?: Token;
  env?: Token;
  shell?: Token;
  workingDirectory?: Token;
  timeoutMinutes?: Token;
  continueOnError?: Token;
}

export function workflowModel(parsed: ParsedWorkflow): WorkflowDef {
  const root = parsed.root;
  const on = find(root, 'on');
  const call = find(on, 'workflow_call');
  const rawJobs = find(root, 'jobs');
  const jobs = (parsed.template.jobs ?? []).map((job) =>
    jobModel(job, find(rawJobs, job.id.value) as Token),
  );
  return {
    path: parsed.path,
    name: String(literal(find(root, 'name')) ?? parsed.path),
    callInputs: inputDefs(find(call, 'inputs')),
    callSecrets: Object.fromEntries(
      entries(find(call, 'secrets')).map(([name, def]) => [
        name,
        { required: literal(find(def, 'required')) === true },
      ]),
    ),
    callOutputs: Object.fromEntries(
      entries(find(call, 'outputs')).map(([name, def]) => [name, find(def, 'value') as Token]),
    ),
    dispatchInputs: inputDefs(find(find(on, 'workflow_dispatch'), 'inputs')),
    permissions: find(root, 'permissions'),
    concurrency: find(root, 'concurrency'),
    env: find(root, 'env'),
    defaults: find(root, 'defaults'),
    jobs,
    isCallable: on !== undefined && hasEvent(on, 'workflow_call'),
  };
}

function hasEvent(on: Token, name: string): boolean {
  const value = literal(on);
  if (value !== undefined) return value === name;
  if (entries(on).length > 0) return entries(on).some(([key]) => key === name);
  return [...(on as unknown as Iterable<Token>)].some((item) => literal(item) === name);
}

function inputDefs(token: Token | undefined): Record<string, InputDef> {
  const result: Record<string, InputDef> = {};
  for (const [name, def] of entries(token)) {
    const options = find(def, 'options');
    result[name] = {
      type: String(literal(find(def, 'type')) ?? 'string'),
      required: literal(find(def, 'required')) === true,
      ...(find(def, 'default') !== undefined && { default: find(def, 'default') }),
      ...(options && {
        options: [...(options as unknown as Iterable<Token>)].map((o) => String(literal(o))),
      }),
    };
  }
  return result;
}

const STEPS_JOB_KEYS = new Set([
  'name',
  'needs',
  'if',
  'strategy',
  'permissions',
  'concurrency',
  'environment',
  'timeout-minutes',
  'continue-on-error',
  'outputs',
  'env',
  'defaults',
  'runs-on',
  'steps',
]);

function jobModel(job: Job | ReusableWorkflowJob, raw: Token): JobDef {
  const base = {
    id: job.id.value,
    name: job.name as Token,
    needs: (job.needs ?? []).map((need) => need.value),
    if: job.if.expression,
    strategy: find(raw, 'strategy'),
    permissions: find(raw, 'permissions'),
    concurrency: find(raw, 'concurrency'),
    raw,
  };
  if (job.type === 'reusableWorkflowJob') {
    const secrets = find(raw, 'secrets');
    return {
      ...base,
      kind: 'call',
      uses: job.ref.value,
      with: find(raw, 'with'),
      inheritSecrets: literal(secrets) === 'inherit',
      ...(literal(secrets) !== 'inherit' && { secrets }),
    };
  }
  const rawSteps = [...((find(raw, 'steps') as unknown as Iterable<Token>) ?? [])];
  return {
    ...base,
    kind: 'steps',
    environment: find(raw, 'environment'),
    timeoutMinutes: find(raw, 'timeout-minutes'),
    continueOnError: find(raw, 'continue-on-error'),
    outputs: find(raw, 'outputs'),
    env: find(raw, 'env'),
    defaults: find(raw, 'defaults'),
    runsOn: find(raw, 'runs-on'),
    unsupported: entries(raw)
      .map(([key]) => key)
      .filter((key) => !STEPS_JOB_KEYS.has(key)),
    steps: job.steps.map((step, index) => stepModel(step, rawSteps[index] as Token)),
  };
}

function stepModel(step: Step, raw: Token): StepDef {
  const executable = step as RunStep | ActionStep;
  if (!('run' in executable) && !('uses' in executable)) {
    throw new Error(`Step ${step.id}: only run: and uses: steps are supported.`);
  }
  return {
    id: step.id,
    named: find(raw, 'id') !== undefined,
    name: step.name as Token | undefined,
    if: executable.if.expression,
    ...('uses' in executable && { uses: executable.uses.value }),
    ...('run' in executable && { run: executable.run as Token }),
    with: find(raw, 'with'),
    env: find(raw, 'env'),
    shell: find(raw, 'shell'),
    workingDirectory: find(raw, 'working-directory'),
    timeoutMinutes: find(raw, 'timeout-minutes'),
    continueOnError: find(raw, 'continue-on-error'),
  };
}
