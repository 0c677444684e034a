import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConcurrencyBook } from './concurrency.js';
import type { Json } from './expressions.js';
import type { Observer, RunConclusion, RunRecord } from './events.js';
import { GitHubPort, type EmulatorAccess } from './github-port.js';
import { dispatchInputs } from './inputs.js';
import { enterGroup } from './job-gates.js';
import { runJobs } from './jobs.js';
import { workflowModel, type WorkflowDef } from './model.js';
import { parseWorkflowFile, WorkflowInvalid } from './parse.js';
import { repositoryDefault } from './permissions.js';
import { RunState, type RunnerConfig, type WorkflowScope } from './run-state.js';
import { evaluateStringMap, evaluateValue } from './template.js';
import { resolveTrigger, type Resolved, type Trigger } from './trigger.js';
import { startupErrors } from './validate.js';
import { WorkflowSource, type WorkflowSourceOptions } from './workflow-source.js';

const GH_STAND_IN = join(import.meta.dirname, 'stand-ins', 'bin');

/** Concurrency groups are repository-wide: runners that play the same repository share them. */
const BOOKS = new Map<string, ConcurrencyBook>();

function repositoryBook(emulator: EmulatorAccess): ConcurrencyBook {
  const key = `${emulator.url}/${emulator.owner}/${emulator.repo}`;
  let book = BOOKS.get(key);
  if (!book) {
    book = new ConcurrencyBook();
    BOOKS.set(key, book);
  }
  return book;
}

/** Runs workflow files of a checkout against a GitHub emulator, one run at a time or many at once. */

export interface WorkflowRunnerOptions {
  source: WorkflowSourceOptions;
  emulator: EmulatorAccess;
  vars?: Record<string, string>;
  secrets?: Record<string, string>;
  defaultPermissions?: 'restricted' | 'permissive';
  observer?: Observer;
  /** Default a new temp folder, removed by close(). */
  workRoot?: string;
  keepWorkspaces?: boolean;
  env?: Record<string, string>;
  path?: string[];
  node?: string;
  /**
   * Inputs a workflow leaves unset, per action folder name, in place of action.yml's defaults:
   * machine settings such as terragrunt-run's download URLs (a local release server).
   */
  actionInputs?: Record<string, Record<string, string>>;
  reviewPollMs?: number;
  /** Default: the one every runner of this emulator repository shares. */
  concurrency?: ConcurrencyBook;
}

export class WorkflowRunner {
  readonly config: RunnerConfig;
  private readonly ownsWorkRoot: boolean;
  private runNumber = 0;
  private readonly cache = new Map<string, Promise<WorkflowDef>>();

  constructor(options: WorkflowRunnerOptions) {
    chmodSync(join(GH_STAND_IN, 'gh'), 0o755);
    const source = new WorkflowSource(options.source);
    this.ownsWorkRoot = options.workRoot === undefined;
    this.config = {
      source,
      port: new GitHubPort(options.emulator),
      concurrency: options.concurrency ?? repositoryBook(options.emulator),
      vars: options.vars ?? {},
      secrets: options.secrets ?? {},
      defaultPermissions: options.defaultPermissions ?? 'restricted',
      ...(options.observer && { observer: options.observer }),
      workRoot: options.workRoot ?? mkdtempSync(join(tmpdir(), 'workflow-runner-')),
      keepWorkspaces: options.keepWorkspaces ?? false,
      env: options.env ?? {},
      // gh is on hosted runners: a stand-in for `gh api` comes first on every step's PATH.
      path: [GH_STAND_IN, ...(options.path ?? [])],
      ...(options.node && { node: options.node }),
      actionInputs: options.actionInputs ?? {},
      reviewPollMs: options.reviewPollMs ?? 100,
      load: (path) => this.load(path),
    };
  }

  private load(path: string): Promise<WorkflowDef> {
    let loaded = this.cache.get(path);
    if (!loaded) {
      loaded = parseWorkflowFile(this.config.source, path).then(workflowModel);
      this.cache.set(path, loaded);
    }
    return loaded;
  }

  async run(trigger: Trigger): Promise<RunRecord> {
    const started = Date.now();
    const { port, source } = this.config;
    const resolved = resolveTrigger(trigger, port.access.gitDir);
    await this.ensureAccount(resolved.actor);
    let workflow: WorkflowDef | undefined;
    let invalid: string[] = [];
    try {
      workflow = await this.load(trigger.workflow);
    } catch (error) {
      invalid = error instanceof WorkflowInvalid ? error.errors : [(error as Error).message];
    }
    const name = workflow?.name ?? trigger.workflow;
    const runId = await port.startRun({
      actor: resolved.actor,
      head_sha: resolved.sha,
      head_branch: branchOf(resolved.ref),
      event: trigger.event,
      name,
      path: trigger.workflow,
      display_title: name,
    });
    this.runNumber += 1;
    const github = this.githubContext(trigger, resolved, runId, name);
    const run = new RunState(this.config, runId, github, {
      name: trigger.event,
      payload: trigger.payload ?? {},
    });
    await run.emit({
      type: 'run-started',
      runId,
      workflow: trigger.workflow,
      event: trigger.event,
    });
    let conclusion: RunConclusion = 'startup_failure';
    const tree = {
      load: (path: string) => this.load(path),
      workflowPath: (uses: string) => source.workflowPath(uses),
      defaults: repositoryDefault(this.config.defaultPermissions),
    };
    try {
      if (workflow && invalid.length === 0) invalid = await startupErrors(tree, workflow);
    } catch (error) {
      invalid = error instanceof WorkflowInvalid ? error.errors : [(error as Error).message];
    }
    if (workflow && invalid.length === 0) {
      try {
        conclusion = await this.execute(run, workflow, trigger);
      } catch (error) {
        invalid = [(error as Error).message];
      }
    }
    run.errors.unshift(...invalid);
    await port.finishRun(runId, conclusion === 'startup_failure' ? 'failure' : conclusion);
    const record: RunRecord = {
      id: runId,
      workflow: trigger.workflow,
      event: trigger.event,
      conclusion,
      errors: run.errors,
      jobs: run.records,
      durationMs: Date.now() - started,
      logDir: run.logDir,
    };
    await run.emit({ type: 'run-finished', run: record });
    return record;
  }

  private async execute(
    run: RunState,
    workflow: WorkflowDef,
    trigger: Trigger,
  ): Promise<RunConclusion> {
    const base = { github: run.github, vars: this.config.vars };
    const inputs: Record<string, Json> =
      trigger.event === 'workflow_dispatch'
        ? dispatchInputs(workflow.dispatchInputs, trigger.inputs ?? {}, (def) =>
            evaluateValue(def.default, { contexts: base }),
          )
        : {};
    const contexts = { ...base, inputs };
    const holder = {
      id: `run:${run.id}`,
      label: workflow.name,
      topLevelWorkflow: true,
      ancestors: [],
      cancel: (reason: string) => run.cancel(reason),
    };
    const gate = await enterGroup(run, workflow.concurrency, { contexts }, holder, (reason) =>
      run.emit({ type: 'job-pending', job: workflow.name, reason }),
    );
    if (!gate.ok) {
      run.cancel(gate.message);
      return 'cancelled';
    }
    try {
      const scope: WorkflowScope = {
        workflow,
        prefix: [],
        names: [],
        inputs,
        secrets: { ...this.config.secrets },
        ancestors: [holder.id],
        ref: {
          repository: this.config.source.repository,
          sha: this.config.source.sha,
          path: workflow.path,
          ref: String(run.github.workflow_ref),
        },
        env: evaluateStringMap(workflow.env, {
          contexts: { ...contexts, secrets: this.config.secrets },
        }),
      };
      const outcomes = await runJobs(run, scope);
      if (run.cancelled) return 'cancelled';
      const failed = [...outcomes.values()].some(
        (o) => o.result === 'failure' || o.result === 'cancelled',
      );
      return failed || run.errors.length > 0 ? 'failure' : 'success';
    } finally {
      gate.lease?.release();
    }
  }

  private githubContext(
    trigger: Trigger,
    resolved: Resolved,
    runId: number,
    name: string,
  ): Record<string, Json> {
    const { port, source } = this.config;
    const payload = (trigger.payload ?? {}) as Record<string, Json>;
    return {
      event_name: trigger.event,
      event:
        trigger.event === 'workflow_dispatch'
          ? { ...payload, inputs: trigger.inputs ?? {} }
          : payload,
      sha: resolved.sha,
      ref: resolved.ref,
      ref_name: resolved.ref.replace(/^refs\/(heads|tags)\//, ''),
      ref_type: resolved.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      ref_protected: false,
      head_ref: resolved.headRef,
      base_ref: resolved.baseRef,
      repository: port.repository,
      repository_owner: port.access.owner,
      actor: resolved.actor,
      triggering_actor: resolved.actor,
      run_id: String(runId),
      run_number: String(this.runNumber),
      run_attempt: '1',
      workflow: name,
      workflow_ref: source.ref(trigger.workflow, resolved.ref),
      workflow_sha: resolved.sha,
      server_url: port.access.url,
      api_url: port.access.url,
      graphql_url: `${port.access.url}/graphql`,
      retention_days: '90',
      secret_source: 'Actions',
      job: '',
      action: '',
      token: '',
      workspace: '',
    };
  }

  private async ensureAccount(login: string): Promise<void> {
    const accounts = await this.config.port.control.accounts();
    if (!accounts.some((a) => a.login.toLowerCase() === login.toLowerCase())) {
      await this.config.port.control.addAccount({ login, type: 'User' });
    }
  }

  close(): void {
    if (this.ownsWorkRoot) rmSync(this.config.workRoot, { recursive: true, force: true });
  }
}

function branchOf(ref: string): string | null {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null;
}
