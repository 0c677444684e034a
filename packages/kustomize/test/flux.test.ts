import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { renderKustomization } from '../src/render.js';

const REPO = path.resolve(import.meta.dirname, '../../..');
const REPO_URL = 'https://github.com/octo-org/infra-fleet';
const ENVIRONMENTS = ['staging', 'production'];

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Reads every file the cluster directory's kustomization.yaml lists. */
function clusterObjects(env: string): Obj[] {
  const dir = path.join(REPO, 'k8s/clusters', env);
  const kustomization = parse(readFileSync(path.join(dir, 'kustomization.yaml'), 'utf8')) as Obj;
  return (kustomization.resources as string[]).flatMap((file) =>
    parseAllDocuments(readFileSync(path.join(dir, file), 'utf8')).map((doc) => doc.toJS() as Obj),
  );
}

function only(objects: Obj[], kind: string, group: string): Obj {
  const matches = objects.filter((o) => o.kind === kind && o.apiVersion.startsWith(`${group}/`));
  expect(matches).toHaveLength(1);
  return matches[0] as Obj;
}

/**
 * Evaluates the CEL subset a commit-status expression needs: string literals,
 * field paths, `.lowerAscii()` and `+`. Anything else fails the test, so a change
 * to the expression must come with a change here.
 */
function evaluateCel(expression: string, vars: Obj): string {
  const term = /\s*(?:'([^'\\]*)'|"([^"\\]*)"|([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)(\(\))?)\s*(\+|$)/y;
  let result = '';
  while (term.lastIndex < expression.length) {
    const match = term.exec(expression);
    if (!match) throw new Error(`unsupported CEL near: ${expression.slice(term.lastIndex)}`);
    const [, single, double, fieldPath, call] = match;
    result += single ?? double ?? celPath(fieldPath as string, call !== undefined, vars);
  }
  return result;
}

function celPath(fieldPath: string, call: boolean, vars: Obj): string {
  const keys = fieldPath.split('.');
  const method = call ? keys.pop() : undefined;
  if (method !== undefined && method !== 'lowerAscii') throw new Error(`unsupported ${method}()`);
  const value: unknown = keys.reduce<unknown>((v, k) => (v as Obj | undefined)?.[k], vars);
  if (typeof value !== 'string') throw new Error(`${keys.join('.')} is not a string`);
  return method ? value.toLowerCase() : value;
}

describe('evaluateCel (test helper)', () => {
  it('handles the supported subset and refuses the rest', () => {
    const vars = { event: { kind: 'Kustomization' } };
    expect(evaluateCel(`'a/' + event.kind.lowerAscii() + "/b"`, vars)).toBe('a/kustomization/b');
    expect(() => evaluateCel(`event.kind.upperAscii()`, vars)).toThrow(/upperAscii/);
    expect(() => evaluateCel(`event.kind == 'x'`, vars)).toThrow(/unsupported CEL/);
  });
});

describe.each(ENVIRONMENTS)('Flux config of the %s cluster', (env) => {
  const objects = clusterObjects(env);
  const source = only(objects, 'GitRepository', 'source.toolkit.fluxcd.io');
  const sync = only(objects, 'Kustomization', 'kustomize.toolkit.fluxcd.io');
  const provider = only(objects, 'Provider', 'notification.toolkit.fluxcd.io');
  const alert = only(objects, 'Alert', 'notification.toolkit.fluxcd.io');
  const context = `flux/${env}/kustomization/load-harness`;

  it('uses the GA source and kustomize APIs and tracks main of the repository', () => {
    expect(source.apiVersion).toBe('source.toolkit.fluxcd.io/v1');
    expect(sync.apiVersion).toBe('kustomize.toolkit.fluxcd.io/v1');
    expect(source.spec.url).toBe(REPO_URL);
    expect(source.spec.ref).toEqual({ branch: 'main' });
  });

  it('syncs the overlay of its own environment, which exists and renders', async () => {
    expect(sync.spec.path).toBe(`./k8s/overlays/${env}`);
    const overlay = path.join(REPO, sync.spec.path);
    expect(statSync(overlay).isDirectory()).toBe(true);
    expect(existsSync(path.join(overlay, 'kustomization.yaml'))).toBe(true);
    await expect(renderKustomization(overlay)).resolves.toContain(`namespace: ${env}`);
  });

  it('references the GitRepository by kind, name and namespace', () => {
    expect(sync.spec.sourceRef).toEqual({ kind: 'GitRepository', name: source.metadata.name });
    expect(sync.metadata.namespace).toBe(source.metadata.namespace);
  });

  it('prunes, health-checks the load-harness Deployment and bounds the wait', () => {
    expect(sync.spec.prune).toBe(true);
    expect(sync.spec.timeout).toMatch(/^\d+[smh]$/);
    expect(sync.spec.healthChecks).toContainEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'load-harness',
      namespace: env,
    });
  });

  it(`posts GitHub commit statuses with the context ${context}`, () => {
    expect(provider.apiVersion).toBe('notification.toolkit.fluxcd.io/v1beta3');
    expect(provider.spec.type).toBe('github');
    expect(provider.spec.address).toBe(source.spec.url);
    expect(provider.spec.secretRef.name).toEqual(expect.any(String));
    const event = { involvedObject: { kind: sync.kind, name: sync.metadata.name } };
    expect(evaluateCel(provider.spec.commitStatusExpr, { event })).toBe(context);
  });

  it('documents that context in k8s/README.md', () => {
    expect(readFileSync(path.join(REPO, 'k8s/README.md'), 'utf8')).toContain(context);
  });

  it('alerts the provider on every event of the Kustomization, successes included', () => {
    expect(alert.spec.providerRef).toEqual({ name: provider.metadata.name });
    expect(alert.spec.eventSeverity).toBe('info');
    expect(alert.spec.eventSources).toContainEqual({
      kind: 'Kustomization',
      name: sync.metadata.name,
    });
    expect(new Set(objects.map((o) => o.metadata.namespace))).toEqual(new Set(['flux-system']));
  });

  it('renders with kubectl kustomize', async () => {
    const stream = await renderKustomization(path.join(REPO, 'k8s/clusters', env));
    const kinds = parseAllDocuments(stream).map((doc) => (doc.toJS() as Obj).kind);
    expect(kinds.sort()).toEqual(['Alert', 'GitRepository', 'Kustomization', 'Provider']);
  });
});
