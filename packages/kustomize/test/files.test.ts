import { describe, expect, it } from '@jest/globals';
import {
  isKustomizationFileName,
  KUSTOMIZATION_FILE_NAMES,
  KustomizeError,
  pickKustomizationFile,
} from '@infra-fleet/kustomize';

describe('kustomization file names', () => {
  it('lists the names kustomize accepts, in its order', () => {
    expect(KUSTOMIZATION_FILE_NAMES).toEqual([
      'kustomization.yaml',
      'kustomization.yml',
      'Kustomization',
    ]);
  });

  it.each([
    [['deployment.yaml', 'kustomization.yaml'], 'kustomization.yaml'],
    [['kustomization.yml', 'README.md'], 'kustomization.yml'],
    [['Kustomization'], 'Kustomization'],
  ])('picks the one kustomization file among %j', (entries, expected) => {
    expect(pickKustomizationFile(entries, 'k8s/overlays/prod')).toBe(expected);
  });

  it('names the directory and the accepted names when there is none', () => {
    const action = () =>
      pickKustomizationFile(['Kustomization.yaml', 'kustomize.yaml'], 'k8s/overlays/prod');
    expect(action).toThrow(KustomizeError);
    expect(action).toThrow(
      'k8s/overlays/prod has no kustomization file (expected one of kustomization.yaml, kustomization.yml, Kustomization)',
    );
  });

  it('refuses several, as kustomize does', () => {
    const action = () =>
      pickKustomizationFile(['kustomization.yml', 'kustomization.yaml'], 'overlays/dev');
    expect(action).toThrow(
      'overlays/dev holds several kustomization files (kustomization.yaml, kustomization.yml); kustomize refuses that',
    );
  });

  it('recognises only the exact names', () => {
    expect(isKustomizationFileName('kustomization.yaml')).toBe(true);
    expect(isKustomizationFileName('Kustomization')).toBe(true);
    expect(isKustomizationFileName('kustomization.YAML')).toBe(false);
    expect(isKustomizationFileName('overlays/kustomization.yaml')).toBe(false);
  });
});
