import type { Json } from './expressions.js';
import type { RunState, WorkflowScope } from './run-state.js';

/** The expression contexts of a job, before its steps add env, steps, runner and job. */

export interface NeedsOutcome {
  result: string;
  outputs: Record<string, string>;
}

export function jobContexts(
  run: RunState,
  scope: WorkflowScope,
  needs: Record<string, NeedsOutcome>,
  matrix?: Record<string, Json>,
  strategy?: Record<string, Json>,
): Record<string, unknown> {
  return {
    github: run.github,
    inputs: scope.inputs,
    vars: run.config.vars,
    secrets: scope.secrets,
    needs,
    matrix: matrix ?? {},
    strategy: strategy ?? {},
  };
}

/** The process environment every step starts from, as the runner sets it. */
export function runnerEnvironment(
  run: RunState,
  job: {
    id: string;
    workspace: string;
    temp: string;
    home: string;
    toolCache: string;
    eventPath: string;
  },
): Record<string, string> {
  const g = run.github;
  const text = (key: string) => String(g[key] ?? '');
  const { port } = run.config;
  return {
    PATH: [...run.config.path, process.env.PATH ?? '/usr/bin:/bin'].join(':'),
    HOME: job.home,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GIT_CONFIG_NOSYSTEM: '1',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'infra-fleet local runner',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: job.temp,
    RUNNER_TOOL_CACHE: job.toolCache,
    GITHUB_WORKSPACE: job.workspace,
    GITHUB_EVENT_PATH: job.eventPath,
    GITHUB_EVENT_NAME: text('event_name'),
    GITHUB_REPOSITORY: port.repository,
    GITHUB_REPOSITORY_OWNER: port.access.owner,
    GITHUB_SERVER_URL: port.access.url,
    GITHUB_API_URL: port.access.url,
    GITHUB_GRAPHQL_URL: `${port.access.url}/graphql`,
    GITHUB_RUN_ID: text('run_id'),
    GITHUB_RUN_NUMBER: text('run_number'),
    GITHUB_RUN_ATTEMPT: text('run_attempt'),
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_ACTOR: text('actor'),
    GITHUB_TRIGGERING_ACTOR: text('triggering_actor'),
    GITHUB_WORKFLOW: text('workflow'),
    GITHUB_WORKFLOW_REF: text('workflow_ref'),
    GITHUB_WORKFLOW_SHA: text('workflow_sha'),
    GITHUB_JOB: job.id,
    GITHUB_SHA: text('sha'),
    GITHUB_REF: text('ref'),
    GITHUB_REF_NAME: text('ref_name'),
    GITHUB_REF_TYPE: text('ref_type'),
    GITHUB_HEAD_REF: text('head_ref'),
    GITHUB_BASE_REF: text('base_ref'),
    ...run.config.env,
  };
}
