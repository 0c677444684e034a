import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { overlayFolder, parseFleetConfig, statusContexts } from '@infra-fleet/fleet';
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

const FLEET = parseFleetConfig(readFileSync(path.join(REPO, 'infra-fleet.yaml'), 'utf8'));

describe.each(ENVIRONMENTS)('Flux config of the %s cluster', (env) => {
  const objects = clusterObjects(env);
  const source = only(objects, 'GitRepository', 'source.toolkit.fluxcd.io');
  const syncs = objects.filter((o) => o.kind === 'Kustomization');
  const provider = only(objects, 'Provider', 'notification.toolkit.fluxcd.io');
  const alert = only(objects, 'Alert', 'notification.toolkit.fluxcd.io');

  it('uses the GA source API and tracks main of the repository', () => {
    expect(source.apiVersion).toBe('source.toolkit.fluxcd.io/v1');
    expect(source.spec.url).toBe(REPO_URL);
    expect(source.spec.ref).toEqual({ branch: 'main' });
  });

  it('has one Flux Kustomization per app of infra-fleet.yaml, and no other', () => {
    expect(syncs.map((sync) => sync.metadata.name).sort()).toEqual(
      FLEET.apps.map((app) => app.name).sort(),
    );
  });

  describe.each(FLEET.apps.map((app) => app.name))('app %s', (app) => {
    const sync = () => syncs.find((candidate) => candidate.metadata.name === app) as Obj;
    const [context] = statusContexts(FLEET, env, app);

    it("syncs the app's overlay of this environment, which exists and renders", async () => {
      expect(sync().apiVersion).toBe('kustomize.toolkit.fluxcd.io/v1');
      expect(sync().spec.path).toBe(`./${overlayFolder(FLEET, env, app)}`);
      const overlay = path.join(REPO, sync().spec.path);
      expect(statSync(overlay).isDirectory()).toBe(true);
      expect(existsSync(path.join(overlay, 'kustomization.yaml'))).toBe(true);
      await expect(renderKustomization(overlay)).resolves.toContain(`namespace: ${env}`);
    });

    it('references the GitRepository, prunes, health-checks the Deployment and bounds the wait', () => {
      expect(sync().spec.sourceRef).toEqual({ kind: 'GitRepository', name: source.metadata.name });
      expect(sync().metadata.namespace).toBe(source.metadata.namespace);
      expect(sync().spec.prune).toBe(true);
      expect(sync().spec.timeout).toMatch(/^\d+[smh]$/);
      expect(sync().spec.healthChecks).toContainEqual({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name: app,
        namespace: env,
      });
    });

    it('posts the commit status context infra-fleet.yaml names for the app', () => {
      expect(provider.apiVersion).toBe('notification.toolkit.fluxcd.io/v1beta3');
      expect(provider.spec.type).toBe('github');
      expect(provider.spec.address).toBe(source.spec.url);
      expect(provider.spec.secretRef.name).toEqual(expect.any(String));
      const event = { involvedObject: { kind: sync().kind, name: sync().metadata.name } };
      expect(evaluateCel(provider.spec.commitStatusExpr, { event })).toBe(context);
    });

    it('alerts the provider on every event of its Kustomization, successes included', () => {
      expect(alert.spec.providerRef).toEqual({ name: provider.metadata.name });
      expect(alert.spec.eventSeverity).toBe('info');
      expect(alert.spec.eventSources).toContainEqual({ kind: 'Kustomization', name: app });
    });
  });

  it('documents the load-harness context in k8s/README.md', () => {
    const readme = readFileSync(path.join(REPO, 'k8s/README.md'), 'utf8');
    expect(readme).toContain(`flux/${env}/kustomization/load-harness`);
  });

  it('keeps every Flux object in flux-system and renders with kubectl kustomize', async () => {
    expect(new Set(objects.map((o) => o.metadata.namespace))).toEqual(new Set(['flux-system']));
    const stream = await renderKustomization(path.join(REPO, 'k8s/clusters', env));
    const kinds = parseAllDocuments(stream).map((doc) => (doc.toJS() as Obj).kind);
    expect(kinds.sort()).toEqual([
      'Alert',
      'GitRepository',
      ...FLEET.apps.map(() => 'Kustomization'),
      'Provider',
    ]);
  });
});
