import { mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionError } from '@infra-fleet/action-kit';
import { quoteValue } from './references.js';
import type { OverlayStore } from './store.js';

/** Renders an overlay directory; throws when it is broken. */
export type Render = (dir: string) => Promise<unknown>;

interface RenderFailure {
  /** kustomize's reason, with repository paths instead of the temporary copy's. */
  text: string;
  toolMissing: boolean;
}

export interface EditToValidate {
  overlayDir: string;
  branch: string;
  /** The commit the edit applies to. */
  tip: string;
  /** The edited file, written over the tip's copy: validating writes nothing to GitHub. */
  file: { path: string; content: string };
}

function withoutFolder(text: string, folders: string[]): string {
  const relative = folders.reduce(
    (result, folder) => result.split(`${folder}/`).join('').split(folder).join('.'),
    text,
  );
  return relative.replace(/^kubectl kustomize \S+ failed: /, '');
}

async function describeFailure(error: unknown, dir: string): Promise<RenderFailure> {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return {
    text: withoutFolder(message, [await realpath(dir), dir]),
    toolMissing: code === 'ENOENT',
  };
}

/** Renders overlayDir in a temporary copy of `tree` (with `edited` over it); undefined when it renders. */
async function renderFailure(
  store: OverlayStore,
  tree: string,
  overlayDir: string,
  render: Render,
  edited?: EditToValidate['file'],
): Promise<RenderFailure | undefined> {
  const dir = await mkdtemp(join(tmpdir(), 'bump-render-'));
  try {
    await store.materialize(tree, dir, overlayDir);
    if (edited) await writeFile(join(dir, ...edited.path.split('/')), edited.content);
    return await render(join(dir, overlayDir)).then(
      () => undefined,
      (error: unknown) => describeFailure(error, dir),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function beforeEditHint(edit: EditToValidate, after: string, before?: RenderFailure): string {
  const at = `${edit.branch} (${edit.tip.slice(0, 12)})`;
  if (!before) {
    return `Without the edit it renders on ${at}, so the new values break it. Nothing was committed; validate: none skips this check.`;
  }
  const why = before.text === after ? 'the same error' : before.text;
  return `Without the edit it does not render on ${at} either (${why}), so the overlay on ${edit.branch} is broken, not the edit. Fix it there first, or set validate: none to skip this check. Nothing was committed.`;
}

/** Renders the edited overlay; when it fails, renders the unedited one to say which is broken. */
export async function validateEdit(
  store: OverlayStore,
  render: Render,
  edit: EditToValidate,
): Promise<void> {
  const base = await store.treeOf(edit.tip);
  const after = await renderFailure(store, base, edit.overlayDir, render, edit.file);
  if (!after) return;
  if (after.toolMissing) {
    throw new ActionError(`validate: kustomize could not run kubectl: ${after.text}`, {
      hint: 'Install kubectl (kustomize v5) on the runner, or set validate: none.',
    });
  }
  const before = await renderFailure(store, base, edit.overlayDir, render);
  throw new ActionError(
    `Overlay ${quoteValue(edit.overlayDir)} does not render with the edit (kubectl kustomize): ${after.text}`,
    { hint: beforeEditHint(edit, after.text, before) },
  );
}
