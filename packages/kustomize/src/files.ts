import { KustomizeError } from './errors.js';

/** The file names kustomize accepts, in the order it tries them. */
export const KUSTOMIZATION_FILE_NAMES = [
  'kustomization.yaml',
  'kustomization.yml',
  'Kustomization',
] as const;

export function isKustomizationFileName(name: string): boolean {
  return (KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(name);
}

/** From the entry names of one directory, the kustomization file's name. */
export function pickKustomizationFile(entryNames: readonly string[], dirLabel: string): string {
  const found = KUSTOMIZATION_FILE_NAMES.filter((name) => entryNames.includes(name));
  const accepted = KUSTOMIZATION_FILE_NAMES.join(', ');
  if (found.length === 0) {
    throw new KustomizeError(
      `${dirLabel} has no kustomization file (expected one of ${accepted})`,
      `Point to a directory that holds one of ${accepted}.`,
    );
  }
  if (found.length > 1) {
    throw new KustomizeError(
      `${dirLabel} holds several kustomization files (${found.join(', ')}); kustomize refuses that`,
      `Keep exactly one of ${found.join(', ')} in ${dirLabel}.`,
    );
  }
  return found[0] as string;
}
