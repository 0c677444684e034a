import path from 'node:path';
import { isMap, isNode, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { expressionsUnder, type Expression } from './expressions.js';
import {
  defaultShell,
  located,
  readConcurrency,
  readJob,
  readPermissions,
  readStep,
} from './read-job.js';
import {
  entries,
  entry,
  listItems,
  nodeLine,
  scalarText,
  type Entry,
  type Source,
} from './yaml-nodes.js';

export type { Expression } from './expressions.js';

/** A value and the 1-based line it sits on. */
export interface Located<T = string> {
  value: T;
  line: number;
}

export interface RunScript {
  body: string;
  /** The line of the `run:` key. */
  line: number;
  /** The file line of each line of `body` (exact for `|` blocks and one-liners). */
  lines: number[];
}

export interface Step {
  index: number;
  line: number;
  id?: Located;
  uses?: Located;
  /** `with:` inputs; the line is the input's key. */
  with: ReadonlyMap<string, Located>;
  run?: RunScript;
  shell?: Located;
  /** Every expression in the step, `if:` included. */
  expressions: Expression[];
}

export interface PermissionGrant {
  scope: string;
  level: string;
  line: number;
}

export interface Permissions {
  line: number;
  /** `read-all`, `write-all` (or anything else written as a plain string). */
  shorthand?: string;
  grants: PermissionGrant[];
}

export interface Concurrency {
  line: number;
  group?: Located;
  cancelInProgress?: Located;
  /** `queue:` (`max` keeps every pending run; GitHub's default keeps one). */
  queue?: Located;
}

export interface Job {
  id: string;
  line: number;
  /** A reusable-workflow call. */
  uses?: Located;
  with: ReadonlyMap<string, Located>;
  secrets: ReadonlyMap<string, Located>;
  /** The line of `secrets: inherit`. */
  secretsInherit?: number;
  needs: Located[];
  permissions?: Permissions;
  /** The environment's name (`environment: x` or `environment: {name: x}`). */
  environment?: Located;
  /** The job's `if:` as written (with or without `${{ }}`). */
  condition?: Located;
  concurrency?: Concurrency;
  timeoutMinutes?: Located;
  outputs: ReadonlyMap<string, Located>;
  runsOn?: string;
  /** `defaults.run.shell` of the job, else of the workflow. */
  shell?: string;
  steps: Step[];
  /** Expressions of the job outside its steps (`if:`, `outputs:`, `env:`, ...). */
  expressions: Expression[];
}

export interface Parameter {
  name: string;
  line: number;
  required: boolean;
  hasDefault: boolean;
}

export interface Output {
  name: string;
  line: number;
  expressions: Expression[];
}

/** The `on.workflow_call` interface of a reusable workflow. */
export interface CallInterface {
  line: number;
  inputs: ReadonlyMap<string, Parameter>;
  secrets: ReadonlyMap<string, Parameter>;
  outputs: ReadonlyMap<string, Output>;
}

export interface Trigger {
  event: string;
  line: number;
  /** The trigger's configuration as plain data (null when none). */
  config: unknown;
}

export interface Workflow {
  triggers: Trigger[];
  call?: CallInterface;
  permissions?: Permissions;
  concurrency?: Concurrency;
  jobs: Job[];
}

export interface Action {
  inputs: ReadonlyMap<string, Parameter>;
  outputs: ReadonlyMap<string, Output>;
  using?: Located;
  /** Steps of a composite action. */
  steps: Step[];
}

interface FileBase {
  /** Repository-relative path, as printed in findings. */
  path: string;
  text: string;
  lines: readonly string[];
  /** YAML syntax errors. */
  syntaxErrors: Located[];
}

export interface WorkflowFile extends FileBase {
  kind: 'workflow';
  workflow: Workflow;
}

export interface ActionFile extends FileBase {
  kind: 'action';
  action: Action;
}

export type LoadedFile = WorkflowFile | ActionFile;
export type FileKind = LoadedFile['kind'];

/** `action.yml`/`action.yaml` is an action; anything else a workflow. */
export function kindOf(filePath: string): FileKind {
  return /^action\.ya?ml$/i.test(path.basename(filePath)) ? 'action' : 'workflow';
}

/** Parses a workflow or action file into the model the rules read. Never throws on bad YAML. */
export function loadFile(filePath: string, text: string, kind = kindOf(filePath)): LoadedFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const source: Source = { text, counter };
  const base: FileBase = {
    path: filePath,
    text,
    lines: text.split(/\r?\n/),
    syntaxErrors: doc.errors.map((error) => ({
      value: error.message.split('\n')[0] ?? error.message,
      line: counter.linePos(error.pos[0]).line,
    })),
  };
  const root = expandAliases(doc).contents;
  if (kind === 'action') return { ...base, kind, action: readAction(source, root) };
  return { ...base, kind, workflow: readWorkflow(source, root) };
}

/**
 * GitHub expands YAML anchors; so do the rules, with copies of the anchored node (whose lines
 * are those of the anchor).
 */
function expandAliases(doc: Document): Document {
  visit(doc, {
    Alias(_, alias) {
      return alias.resolve(doc)?.clone() as Node | undefined;
    },
  });
  return doc;
}

function readWorkflow(source: Source, root: unknown): Workflow {
  const on = entry(source, root, 'on');
  const triggers = on ? readTriggers(source, on) : [];
  const callEntry = on && entry(source, on.value, 'workflow_call');
  const permissions = entry(source, root, 'permissions');
  const concurrency = entry(source, root, 'concurrency');
  const shell = defaultShell(source, root);
  return {
    triggers,
    ...(callEntry && { call: readCallInterface(source, callEntry) }),
    ...(permissions && { permissions: readPermissions(source, permissions) }),
    ...(concurrency && { concurrency: readConcurrency(source, concurrency) }),
    jobs: entries(source, entry(source, root, 'jobs')?.value).map((job) =>
      readJob(source, job, shell),
    ),
  };
}

function readTriggers(source: Source, on: Entry): Trigger[] {
  if (isMap(on.value)) {
    return entries(source, on.value).map((item) => ({
      event: item.key,
      line: item.line,
      config: isNode(item.value) ? item.value.toJSON() : null,
    }));
  }
  return listItems(on.value).map((item) => ({
    event: scalarText(item) ?? '',
    line: nodeLine(source, item, on.line),
    config: null,
  }));
}

function readCallInterface(source: Source, call: Entry): CallInterface {
  return {
    line: call.line,
    inputs: readParameters(source, entry(source, call.value, 'inputs')?.value),
    secrets: readParameters(source, entry(source, call.value, 'secrets')?.value),
    outputs: readOutputs(source, entry(source, call.value, 'outputs')?.value),
  };
}

function readParameters(source: Source, node: unknown): ReadonlyMap<string, Parameter> {
  const parameters = entries(source, node).map((item): [string, Parameter] => {
    const required = scalarText(entry(source, item.value, 'required')?.value) === 'true';
    const hasDefault = entry(source, item.value, 'default') !== undefined;
    return [item.key, { name: item.key, line: item.line, required, hasDefault }];
  });
  return new Map(parameters);
}

function readOutputs(source: Source, node: unknown): ReadonlyMap<string, Output> {
  return new Map(
    entries(source, node).map((item): [string, Output] => [
      item.key,
      { name: item.key, line: item.line, expressions: expressionsUnder(source, item.value) },
    ]),
  );
}

function readAction(source: Source, root: unknown): Action {
  const runs = entry(source, root, 'runs')?.value;
  const using = located(source, entry(source, runs, 'using'));
  return {
    inputs: readParameters(source, entry(source, root, 'inputs')?.value),
    outputs: readOutputs(source, entry(source, root, 'outputs')?.value),
    ...(using && { using }),
    steps: listItems(entry(source, runs, 'steps')?.value).map((step, index) =>
      readStep(source, step, index),
    ),
  };
}
