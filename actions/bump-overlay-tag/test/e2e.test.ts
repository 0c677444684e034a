import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { renderKustomization, renderedImages } from '@infra-fleet/kustomize';
import type { TestRepo } from '@infra-fleet/testkit';
import {
  IMAGE,
  PRODUCTION,
  STAGING,
  TOKEN,
  bump,
  commitBody,
  fileAt,
  k8sRepo,
  logText,
  originTip,
  snapshot,
} from './helpers.js';

const ECR = '123456789012.dkr.ecr.eu-west-2.amazonaws.com/load-harness';
const DIGEST = `sha256:${'c'.repeat(64)}`;
let repo: TestRepo;

afterEach(() => repo?.cleanup());

function changedLines(rev: string): string[] {
  const diff = repo.git(['show', '--format=', '--unified=0', rev], repo.origin);
  return diff.split('\n').filter((line) => /^[-+][^-+]/.test(line));
}

async function renderedImageAt(rev: string, overlay: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'render-'));
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', rev], { cwd: repo.origin });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    const images = renderedImages(await renderKustomization(join(dir, overlay)));
    return images.map((image) => image.image).join(',');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('bump-overlay-tag (bundled, git method)', () => {
  it('lands a one-line release commit with trailers, leaving the checkout alone', async () => {
    repo = k8sRepo();
    const workspace = repo.clone();
    const before = snapshot(repo, workspace);
    const tipBefore = originTip(repo);

    const run = await bump(workspace, { overlay: STAGING, image: IMAGE, tag: 'v1.2.3' });

    expect(run.exitCode).toBe(0);
    const tip = originTip(repo);
    expect(run.outputs).toMatchObject({ changed: 'true', 'commit-sha': tip, attempts: '1' });
    expect(JSON.parse(run.outputs.previous ?? '')).toEqual({
      [IMAGE]: { tag: 'v1.0.0', digest: null },
    });
    expect(JSON.parse(run.outputs.current ?? '')).toEqual({
      [IMAGE]: { tag: 'v1.2.3', digest: null },
    });
    expect(repo.git(['rev-parse', `${tip}^`], repo.origin)).toBe(tipBefore);
    expect(changedLines(tip)).toEqual([
      expect.stringMatching(/^-\s+newTag: "?v1\.0\.0"?$/),
      expect.stringMatching(/^\+\s+newTag: "?v1\.2\.3"?$/),
    ]);
    const body = commitBody(repo, tip);
    expect(body).toMatch(/^deploy\(staging\): ECR_PLACEHOLDER v1\.2\.3\n/);
    expect(body).toContain(`Image: ${IMAGE}=v1.2.3\nPrevious: ${IMAGE}=v1.0.0\n`);
    expect(body).toMatch(
      /Run-URL: http:\/\/127\.0\.0\.1:\d+\/octo-org\/infra-fleet\/actions\/runs\//,
    );
    expect(repo.git(['log', '-1', '--format=%an <%ae>|%cn', tip], repo.origin)).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|github-actions[bot]',
    );
    expect(run.summary).toContain('| `ECR_PLACEHOLDER` | `v1.0.0` | `v1.2.3` |');
    expect(run.summary).toContain('```diff');
    expect(run.outputs.diff).toContain('+++ b/k8s/overlays/staging/kustomization.yaml');
    expect(snapshot(repo, workspace)).toEqual({ ...before, origin: expect.any(String) });
    expect(await renderedImageAt(tip, STAGING)).toBe(`${ECR}:v1.2.3`);
  });

  it('changes nothing and succeeds when the value is already there', async () => {
    repo = k8sRepo();
    const workspace = repo.clone();
    const tip = originTip(repo);
    const run = await bump(workspace, { overlay: STAGING, image: IMAGE, tag: 'v1.0.0' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ changed: 'false', 'commit-sha': '', diff: '' });
    expect(originTip(repo)).toBe(tip);
    expect(run.summary).toContain('nothing to commit');
  });

  it('dry-run prints the diff and the plan without committing', async () => {
    repo = k8sRepo();
    const workspace = repo.clone();
    const tip = originTip(repo);
    const run = await bump(workspace, {
      overlay: STAGING,
      image: IMAGE,
      tag: 'v2.0.0',
      mode: 'dry-run',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ changed: 'true', 'commit-sha': '' });
    expect(run.outputs.diff).toMatch(/\+\s+newTag: "?v2\.0\.0"?/);
    expect(run.summary).toContain('Dry run');
    expect(originTip(repo)).toBe(tip);
  });

  it('works from a depth-1 checkout detached at a release tag', async () => {
    repo = k8sRepo();
    repo.git(['tag', 'v1.2.3']);
    repo.git(['push', '--quiet', 'origin', 'v1.2.3']);
    repo.commitFiles({ 'README.md': 'moved on\n' }, 'unrelated change');
    const workspace = repo.clone({ depth: 1, branch: 'v1.2.3' });
    const run = await bump(workspace, { overlay: STAGING, image: IMAGE, tag: 'v1.2.3' });
    expect(run.exitCode).toBe(0);
    expect(fileAt(repo, 'main', 'README.md')).toBe('moved on');
    expect(fileAt(repo, 'main', `${STAGING}/kustomization.yaml`)).toMatch(/newTag: "?v1\.2\.3"?/);
  });

  it('refuses a downgrade without allow-downgrade, and rolls back with a reason', async () => {
    repo = k8sRepo();
    const workspace = repo.clone();
    expect(
      (await bump(workspace, { overlay: PRODUCTION, image: IMAGE, tag: 'v1.3.0' })).exitCode,
    ).toBe(0);
    const tip = originTip(repo);

    const refused = await bump(workspace, { overlay: PRODUCTION, image: IMAGE, tag: 'v1.2.3' });
    expect(refused.exitCode).toBe(1);
    expect(logText(refused)).toContain('Refusing to downgrade');
    expect(logText(refused)).toContain('ECR_PLACEHOLDER v1.3.0 -> v1.2.3');
    expect(originTip(repo)).toBe(tip);

    const rollback = await bump(workspace, {
      overlay: PRODUCTION,
      image: IMAGE,
      tag: 'v1.2.3',
      'allow-downgrade': 'true',
      reason: 'INC-1234: v1.3.0 leaks memory',
    });
    expect(rollback.exitCode).toBe(0);
    const body = commitBody(repo, 'main');
    expect(body).toMatch(/^rollback\(production\): ECR_PLACEHOLDER v1\.2\.3\n/);
    expect(body).toContain('Reason: INC-1234: v1.3.0 leaks memory\n');
  });

  it('promotes staging to production with a Promoted-From trailer', async () => {
    repo = k8sRepo();
    const workspace = repo.clone();
    await bump(workspace, { overlay: STAGING, image: IMAGE, tag: 'v1.4.0', digest: DIGEST });
    const stagingSha = originTip(repo);
    repo.git(['pull', '--quiet', '--ff-only', 'origin', 'main']);
    repo.commitFiles({ 'docs.md': 'later\n' }, 'later commit');

    const run = await bump(workspace, {
      overlay: PRODUCTION,
      'promote-from': STAGING,
      'promote-from-ref': stagingSha,
      image: IMAGE,
    });

    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.current ?? '')).toEqual({
      [IMAGE]: { tag: 'v1.4.0', digest: DIGEST },
    });
    const body = commitBody(repo, 'main');
    expect(body).toMatch(/^promote\(production\): ECR_PLACEHOLDER v1\.4\.0 from staging\n/);
    expect(body).toContain(`Promoted-From: staging@${stagingSha}\n`);
    expect(await renderedImageAt('main', PRODUCTION)).toBe(`${ECR}:v1.4.0@${DIGEST}`);
  });

  it('promotes what the source overlay holds at the tip when no ref is given', async () => {
    repo = k8sRepo();
    const workspace = repo.clone();
    await bump(workspace, { overlay: STAGING, image: IMAGE, tag: 'v1.5.0' });
    const run = await bump(workspace, { overlay: PRODUCTION, 'promote-from': STAGING });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.current ?? '')).toEqual({
      [IMAGE]: { tag: 'v1.5.0', digest: null },
    });
    expect(commitBody(repo, 'main')).toContain(
      `Promoted-From: staging@${repo.git(['rev-parse', 'main~1'], repo.origin)}\n`,
    );
  });

  it('pins a digest with the images input and renders image:tag@digest', async () => {
    repo = k8sRepo();
    const workspace = repo.clone();
    const run = await bump(workspace, {
      overlay: PRODUCTION,
      image: '',
      images: `${IMAGE}=v1.2.3@${DIGEST}\n`,
    });
    expect(run.exitCode).toBe(0);
    expect(changedLines('main')).toEqual([
      expect.stringMatching(/^-\s+newTag: v1\.0\.0$/),
      expect.stringMatching(/^\+\s+newTag: v1\.2\.3$/),
      `+    digest: ${DIGEST}`,
    ]);
    expect(await renderedImageAt('main', PRODUCTION)).toBe(`${ECR}:v1.2.3@${DIGEST}`);
  });

  it('fails validation of a broken overlay and commits nothing', async () => {
    repo = k8sRepo();
    const file = `${STAGING}/kustomization.yaml`;
    const broken = fileAt(repo, 'main', file).replace(
      'resources:',
      'resources:\n  - does-not-exist.yaml',
    );
    repo.commitFiles({ [file]: `${broken}\n` }, 'break the overlay');
    const workspace = repo.clone();
    const before = snapshot(repo, workspace);
    const run = await bump(workspace, { overlay: STAGING, image: IMAGE, tag: 'v9.9.9' });
    expect(run.exitCode).toBe(1);
    expect(logText(run)).toContain('does-not-exist.yaml');
    expect(snapshot(repo, workspace)).toEqual(before);
  });

  it('never prints the token, even when the push is rejected', async () => {
    repo = k8sRepo();
    const hook = join(repo.origin, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho protected branch >&2\nexit 1\n', { mode: 0o755 });
    const workspace = repo.clone();
    const run = await bump(workspace, { overlay: STAGING, image: IMAGE, tag: 'v1.2.3' });
    expect(run.exitCode).toBe(1);
    expect(logText(run)).toContain('protected branch');
    expect(run.masked).toContain(TOKEN);
    // The ::add-mask:: command itself is how the runner learns the value; it never shows it.
    const stdout = run.stdout.replace(`::add-mask::${TOKEN}\n`, '');
    for (const text of [stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]) {
      expect(text).not.toContain(TOKEN);
    }
  });
});
