// Readers of the job-level parts of the model: jobs, steps, permissions, concurrency.
import { isMap, isNode, isScalar, type Node, type Scalar } from 'yaml';
import { conditionExpressions, expressionsUnder, type Expression } from './expressions.js';
import type { Concurrency, Job, Located, Permissions, RunScript, Step } from './model.js';
import {
  entries,
  entry,
  listItems,
  nodeEndLine,
  nodeLine,
  scalarText,
  type Entry,
  type Source,
} from './yaml-nodes.js';

export function readPermissions(source: Source, permissions: Entry): Permissions {
  const shorthand = scalarText(permissions.value);
  const grants = entries(source, permissions.value).map((item) => ({
    scope: item.key,
    level: scalarText(item.value) ?? '',
    line: item.line,
  }));
  return { line: permissions.line, grants, ...(shorthand !== undefined && { shorthand }) };
}

export function readConcurrency(source: Source, concurrency: Entry): Concurrency {
  const asGroup = scalarText(concurrency.value);
  if (asGroup !== undefined) {
    return { line: concurrency.line, group: { value: asGroup, line: concurrency.line } };
  }
  const group = located(source, entry(source, concurrency.value, 'group'));
  const cancel = located(source, entry(source, concurrency.value, 'cancel-in-progress'));
  const queue = located(source, entry(source, concurrency.value, 'queue'));
  return {
    line: concurrency.line,
    ...(group && { group }),
    ...(cancel && { cancelInProgress: cancel }),
    ...(queue && { queue }),
  };
}

export function readJob(source: Source, job: Entry, workflowShell: string | undefined): Job {
  const field = (key: string) => entry(source, job.value, key);
  const secrets = field('secrets');
  const inherit = scalarText(secrets?.value) === 'inherit' ? secrets?.line : undefined;
  const shell = defaultShell(source, job.value) ?? workflowShell;
  const permissions = field('permissions');
  const concurrency = field('concurrency');
  const optional = {
    uses: located(source, field('uses')),
    environment: environmentName(source, field('environment')),
    condition: located(source, field('if')),
    timeoutMinutes: located(source, field('timeout-minutes')),
    secretsInherit: inherit,
    runsOn: runsOnText(field('runs-on')),
    shell,
    permissions: permissions && readPermissions(source, permissions),
    concurrency: concurrency && readConcurrency(source, concurrency),
  };
  return {
    id: job.key,
    line: job.line,
    ...definedOnly(optional),
    with: locatedMap(source, field('with')?.value),
    secrets: locatedMap(source, secrets?.value),
    needs: listItems(field('needs')?.value).map((item) => ({
      value: scalarText(item) ?? '',
      line: nodeLine(source, item, job.line),
    })),
    outputs: locatedMap(source, field('outputs')?.value),
    steps: listItems(field('steps')?.value).map((step, index) => readStep(source, step, index)),
    expressions: mappingExpressions(source, job.value, ['steps']),
  };
}

export function readStep(source: Source, node: Node, index: number): Step {
  const field = (key: string) => entry(source, node, key);
  const run = field('run');
  const optional = {
    id: located(source, field('id')),
    uses: located(source, field('uses')),
    shell: located(source, field('shell')),
    run: run && isScalar(run.value) ? readRun(source, run.line, run.value) : undefined,
  };
  return {
    index,
    line: nodeLine(source, node),
    ...definedOnly(optional),
    with: locatedMap(source, field('with')?.value),
    expressions: mappingExpressions(source, node, []),
  };
}

function readRun(source: Source, keyLine: number, scalar: Scalar): RunScript {
  const body = scalarText(scalar) ?? '';
  const start = nodeLine(source, scalar, keyLine);
  const end = nodeEndLine(source, scalar);
  const block = scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED';
  const first = block ? start + 1 : start;
  const lines = body.split('\n').map((_, index) => Math.min(first + index, Math.max(end, first)));
  return { body, line: keyLine, lines };
}

/** Expressions under a mapping, skipping some keys; `if:` counts with or without braces. */
function mappingExpressions(source: Source, node: unknown, skip: string[]): Expression[] {
  return entries(source, node).flatMap((item) => {
    if (skip.includes(item.key)) return [];
    return item.key === 'if'
      ? conditionExpressions(source, item.value)
      : expressionsUnder(source, item.value);
  });
}

export function defaultShell(source: Source, node: unknown): string | undefined {
  const run = entry(source, entry(source, node, 'defaults')?.value, 'run');
  return scalarText(entry(source, run?.value, 'shell')?.value);
}

function environmentName(source: Source, environment: Entry | undefined): Located | undefined {
  if (!environment) return undefined;
  const name = isMap(environment.value) ? entry(source, environment.value, 'name') : environment;
  const value = scalarText(name?.value);
  return value === undefined ? undefined : { value, line: environment.line };
}

function runsOnText(runsOn: Entry | undefined): string | undefined {
  if (!runsOn || !isNode(runsOn.value)) return undefined;
  const value: unknown = runsOn.value.toJSON();
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A scalar entry as a located string; the line is the key's. */
export function located(source: Source, item: Entry | undefined): Located | undefined {
  const value = scalarText(item?.value);
  return item && value !== undefined ? { value, line: item.line } : undefined;
}

function locatedMap(source: Source, node: unknown): ReadonlyMap<string, Located> {
  return new Map(
    entries(source, node).map((item): [string, Located] => [
      item.key,
      { value: scalarText(item.value) ?? '', line: item.line },
    ]),
  );
}

function definedOnly<T extends object>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
