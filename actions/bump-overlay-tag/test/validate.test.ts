import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ActionError } from '@infra-fleet/action-kit';
import { renderKustomization } from '@infra-fleet/kustomize';
import type { TestRepo } from '@infra-fleet/testkit';
import { GitOverlayStore } from '../src/git-store.js';
import { validateEdit } from '../src/validate.js';
import { STAGING, fileAt, k8sRepo } from './helpers.js';

const FILE = `${STAGING}/kustomization.yaml`;
let repo: TestRepo;
let store: GitOverlayStore;
let tip: string;

beforeAll(async () => {
  repo = k8sRepo();
  store = new GitOverlayStore({
    repositoryPath: repo.work,
    remote: 'origin',
    branch: 'main',
    serverUrl: 'https://github.com',
  });
  tip = await store.readTip();
});
afterAll(() => repo?.cleanup());

/** The staging kustomization at tip, changed (what an edit produces). */
function edited(change: (content: string) => string) {
  return { path: FILE, content: change(fileAt(repo, tip, FILE)) };
}

async function failure(promise: Promise<void>): Promise<ActionError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ActionError);
  return error as ActionError;
}

describe('validateEdit (real git and kubectl)', () => {
  const edit = (file: { path: string; content: string }) => ({
    overlayDir: STAGING,
    branch: 'main',
    tip,
    file,
  });

  it('accepts an edit that renders', async () => {
    const tree = edited((content) => content.replace('v1.0.0', 'v1.0.1'));
    await expect(validateEdit(store, renderKustomization, edit(tree))).resolves.toBeUndefined();
  });

  it('names the overlay and says the edit broke it when the unedited overlay renders', async () => {
    const tree = edited((content) => content.replace('resources:', 'resources:\n  - missing.yaml'));
    const error = await failure(validateEdit(store, renderKustomization, edit(tree)));
    expect(error.message).toMatch(
      /^Overlay "k8s\/overlays\/staging" does not render with the edit \(kubectl kustomize\): .*k8s\/overlays\/staging\/missing\.yaml/,
    );
    expect(error.hint).toBe(
      `Without the edit it renders on main (${tip.slice(0, 12)}), so the new values break it. Nothing was committed; validate: none skips this check.`,
    );
    expect(`${error.message}${error.hint}`).not.toContain(tmpdir());
  });

  it('says kubectl is missing without naming the temporary copy', async () => {
    const tree = edited((content) => content.replace('v1.0.0', 'v1.0.2'));
    const render = (dir: string) => renderKustomization(dir, { kubectl: 'kubectl-not-installed' });
    const error = await failure(validateEdit(store, render, edit(tree)));
    expect(error.message).toMatch(/^validate: kustomize could not run kubectl: cannot render k8s/);
    expect(error.hint).toContain('validate: none');
    expect(error.message).not.toContain(tmpdir());
  });
});
