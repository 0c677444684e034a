import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { KustomizeRenderError, renderKustomization, renderedImages } from '../src/render.js';

const K8S = path.resolve(import.meta.dirname, '../../../k8s');
const BASE = path.join(K8S, 'base/applications/load-harness');
const IMAGE = '123456789012.dkr.ecr.eu-west-2.amazonaws.com/load-harness:v1.0.0';
const GROUP_ANNOTATION = 'alb.ingress.kubernetes.io/group.name';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function parseStream(stream: string): Obj[] {
  return parseAllDocuments(stream).map((doc) => doc.toJS() as Obj);
}

function find(objects: Obj[], kind: string): Obj {
  const found = objects.find((o) => o.kind === kind);
  if (!found) throw new Error(`no ${kind} in the rendered output`);
  return found;
}

function appContainer(objects: Obj[]): Obj {
  return find(objects, 'Deployment').spec.template.spec.containers[0];
}

function envValue(container: Obj, name: string): unknown {
  return container.env.find((e: Obj) => e.name === name)?.value;
}

const overlays = [
  { env: 'staging', replicas: 2, requests: '128Mi', limits: '256Mi' },
  { env: 'production', replicas: 3, requests: '256Mi', limits: '512Mi' },
];

describe.each(overlays)('overlay $env', ({ env, replicas, requests, limits }) => {
  let objects: Obj[];
  let stream: string;

  beforeAll(async () => {
    stream = await renderKustomization(path.join(K8S, 'overlays', env));
    objects = parseStream(stream);
  });

  it('pins the released image and no placeholder survives', () => {
    expect(renderedImages(stream)).toEqual([
      {
        kind: 'Deployment',
        name: 'load-harness',
        namespace: env,
        container: 'load-harness',
        image: IMAGE,
      },
    ]);
    expect(stream).not.toContain('PLACEHOLDER');
  });

  it('sets replicas, memory and ENVIRONMENT for the environment', () => {
    const deployment = find(objects, 'Deployment');
    expect(deployment.spec.replicas).toBe(replicas);
    const container = appContainer(objects);
    expect(container.resources.requests.memory).toBe(requests);
    expect(container.resources.limits.memory).toBe(limits);
    expect(envValue(container, 'ENVIRONMENT')).toBe(env);
  });

  it('puts every namespaced object in the environment namespace, which it creates', () => {
    expect(find(objects, 'Namespace').metadata.name).toBe(env);
    const namespaced = objects.filter((o) => o.kind !== 'Namespace');
    expect(namespaced.map((o) => o.kind).sort()).toEqual(['Deployment', 'Ingress', 'Service']);
    for (const object of namespaced) expect(object.metadata.namespace).toBe(env);
  });

  it('joins the environment ALB group and keeps the base annotations', () => {
    const annotations = find(objects, 'Ingress').metadata.annotations;
    expect(annotations[GROUP_ANNOTATION]).toBe(`infra-fleet-${env}`);
    expect(annotations['alb.ingress.kubernetes.io/scheme']).toBe('internet-facing');
  });

  it('keeps the hardened security context from the base', () => {
    const security = appContainer(objects).securityContext;
    expect(security).toMatchObject({ readOnlyRootFilesystem: true, runAsNonRoot: true });
    expect(security.capabilities.drop).toEqual(['ALL']);
  });
});

describe('base', () => {
  it('renders with placeholders and no environment-specific values', async () => {
    const stream = await renderKustomization(BASE);
    const objects = parseStream(stream);
    expect(renderedImages(stream).map((c) => c.image)).toEqual(['ECR_PLACEHOLDER:TAG_PLACEHOLDER']);
    expect(envValue(appContainer(objects), 'ENVIRONMENT')).toBe('PLACEHOLDER');
    expect(find(objects, 'Ingress').metadata.annotations[GROUP_ANNOTATION]).toBeUndefined();
    for (const object of objects) expect(object.metadata.namespace).toBeUndefined();
  });

  it('renders a relative directory the same as its absolute path', async () => {
    const relative = path.relative(process.cwd(), BASE);
    await expect(renderKustomization(relative)).resolves.toBe(await renderKustomization(BASE));
  });
});

describe('render failures', () => {
  let tmp: string;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'kustomize-render-'));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('rejects a broken overlay with the kustomize error text', async () => {
    await writeFile(
      path.join(tmp, 'kustomization.yaml'),
      'resources:\n  - missing-deployment.yaml\n',
    );
    const failure = renderKustomization(tmp);
    await expect(failure).rejects.toBeInstanceOf(KustomizeRenderError);
    await expect(failure).rejects.toThrow(/missing-deployment\.yaml.*no such file or directory/);
    await expect(failure).rejects.not.toThrow(/run\.go|command failed/);
    await expect(failure).rejects.toMatchObject({
      dir: tmp,
      stderr: expect.stringContaining('err='),
    });
  });

  it('explains how to proceed when kubectl is missing', async () => {
    const kubectl = path.join(tmp, 'no-such-kubectl');
    const failure = renderKustomization(BASE, { kubectl });
    await expect(failure).rejects.toBeInstanceOf(KustomizeRenderError);
    await expect(failure).rejects.toThrow(kubectl);
    await expect(failure).rejects.toThrow('install kubectl (kustomize v5) or set validate: none');
  });

  it("gives kubectl only what it needs: never the job's tokens or inputs", async () => {
    const kubectl = path.join(tmp, 'env-kubectl');
    await writeFile(kubectl, '#!/bin/sh\nenv\n');
    await chmod(kubectl, 0o755);
    process.env.INPUT_TOKEN = 'ghs_NotForKubectl';
    process.env.GITHUB_TOKEN = 'ghs_NotForKubectlEither';
    try {
      const printed = await renderKustomization(BASE, { kubectl });
      expect(printed).not.toContain('ghs_NotForKubectl');
      expect(printed).toMatch(/^PATH=/m);
      expect(printed).toContain('KUBECONFIG=/dev/null');
    } finally {
      delete process.env.INPUT_TOKEN;
      delete process.env.GITHUB_TOKEN;
    }
  });

  it('kills a kubectl that hangs and says it timed out', async () => {
    const kubectl = path.join(tmp, 'hanging-kubectl');
    await writeFile(kubectl, '#!/bin/sh\nexec sleep 30\n');
    await chmod(kubectl, 0o755);
    await expect(renderKustomization(BASE, { kubectl, timeoutMs: 200 })).rejects.toThrow(
      /timed out after 200 ms/,
    );
  });
});

describe('renderedImages', () => {
  const workloads = `
apiVersion: batch/v1
kind: CronJob
metadata: { name: nightly, namespace: ops }
spec:
  jobTemplate:
    spec:
      template:
        spec:
          initContainers: [{ name: fetch, image: busybox:1.36 }]
          containers: [{ name: run, image: example/run:2 }]
---
apiVersion: v1
kind: Pod
metadata: { name: debug }
spec:
  containers: [{ name: shell, image: alpine@sha256:${'a'.repeat(64)} }]
---
apiVersion: v1
kind: ConfigMap
metadata: { name: settings }
data: { image: not-a-workload:1 }
---
`;

  it('lists init and regular containers of every workload kind, and nothing else', () => {
    expect(renderedImages(workloads)).toEqual([
      {
        kind: 'CronJob',
        name: 'nightly',
        namespace: 'ops',
        container: 'fetch',
        image: 'busybox:1.36',
      },
      {
        kind: 'CronJob',
        name: 'nightly',
        namespace: 'ops',
        container: 'run',
        image: 'example/run:2',
      },
      { kind: 'Pod', name: 'debug', container: 'shell', image: `alpine@sha256:${'a'.repeat(64)}` },
    ]);
  });

  it.each(['StatefulSet', 'DaemonSet', 'Job'])('reads the pod template of a %s', (kind) => {
    const doc = `kind: ${kind}\nmetadata: {name: w}\nspec: {template: {spec: {containers: [{name: c, image: i:1}]}}}\n`;
    expect(renderedImages(doc)).toEqual([{ kind, name: 'w', container: 'c', image: 'i:1' }]);
  });

  it('returns nothing for an empty stream and rejects invalid YAML', () => {
    expect(renderedImages('')).toEqual([]);
    expect(() => renderedImages('kind: Pod\nspec: [unclosed\n')).toThrow(/document 1 is invalid/);
  });
});
