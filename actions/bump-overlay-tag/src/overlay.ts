import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, posix, relative, resolve } from 'node:path';
import { ActionError } from '@infra-fleet/action-kit';
import { isKustomizationFileName, pickKustomizationFile } from '@infra-fleet/kustomize';
import type { OverlayFile } from './bump.js';
import { quoteValue } from './references.js';
import type { OverlayStore } from './store.js';

/** Refuses an overlay whose checkout path resolves, through symlinks, outside the repository. */
export function assertInsideCheckout(repositoryPath: string, overlay: string): void {
  const onDisk = resolve(repositoryPath, overlay);
  if (!existsSync(onDisk)) return;
  const real = relative(realpathSync(repositoryPath), realpathSync(onDisk));
  if (real === '..' || real.startsWith(`..${'/'}`) || isAbsolute(real)) {
    throw new ActionError(
      `Overlay ${quoteValue(overlay)} leads outside the repository through a symlink.`,
      {
        hint: 'Point overlay at a real directory inside the repository.',
      },
    );
  }
}

function missing(overlay: string, commit: string, branch: string): ActionError {
  return new ActionError(
    `Overlay ${quoteValue(overlay)} does not exist on ${branch} (commit ${commit.slice(0, 12)}).`,
    { hint: 'Check the overlay path (relative to the repository root) and the branch input.' },
  );
}

/** promote-from-ref names nothing: `where` says where it was looked for. */
export function unknownRef(ref: string, where: string, extra = ''): ActionError {
  return new ActionError(
    `promote-from-ref ${quoteValue(ref)}: no commit, branch or tag matches it ${where}.`,
    {
      hint: `Pass the commit the previous stage verified (its verified-sha output), or an existing branch or tag.${extra}`,
    },
  );
}

/** The overlay's kustomization file at `commit` (a directory or the file itself). */
export async function readOverlay(
  store: OverlayStore,
  commit: string,
  overlay: string,
  branch: string,
): Promise<OverlayFile> {
  const path = await kustomizationPath(store, commit, overlay, branch);
  const content = await store.readFile(commit, path);
  if (content === undefined) throw missing(overlay, commit, branch);
  return { path, content };
}

async function kustomizationPath(
  store: OverlayStore,
  commit: string,
  overlay: string,
  branch: string,
): Promise<string> {
  if (isKustomizationFileName(posix.basename(overlay))) return overlay;
  const entries = await store.listDir(commit, overlay);
  if (entries === undefined) throw missing(overlay, commit, branch);
  return posix.join(overlay, pickKustomizationFile(entries, overlay));
}

export function overlayDirectory(file: Pick<OverlayFile, 'path'>): string {
  return posix.dirname(file.path);
}
