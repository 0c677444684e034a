import { describe, expect, it } from '@jest/globals';
import { compilePattern, expandPattern, matchFolder, patternProblem } from '../src/index.js';

describe('folder patterns', () => {
  it.each([
    ['environments/{env}', undefined],
    ['*/*/{env}', undefined],
    ['apps/{app}/overlays/{env}', undefined],
    ['{env}', undefined],
    ['environments/{env}/', undefined],
    ['', 'is empty'],
    ['/abs/{env}', 'must be relative to its root, without a leading "/"'],
    ['a/../{env}', 'has an empty, "." or ".." segment'],
    ['a//{env}', 'has an empty, "." or ".." segment'],
    ['overlays', 'must hold {env} exactly once, as a whole segment'],
    ['{app}/{app}/{env}', 'may hold {app} at most once'],
    ['x-{env}', 'segment "x-{env}": {env}, {app} and * must each be a whole segment'],
  ])('%j: %s', (text, problem) => {
    expect(patternProblem(text)).toBe(problem);
  });

  it('matches the leading folders of a path under the root', () => {
    const live = compilePattern('*/*/{env}');
    expect(matchFolder(live, '.', 'non-prod/us-east-1/qa/mysql/terragrunt.hcl', 'file')).toEqual({
      folder: 'non-prod/us-east-1/qa',
      env: 'qa',
    });
    expect(matchFolder(live, '.', 'non-prod/us-east-1/region.hcl', 'file')).toBeUndefined();
    expect(matchFolder(live, '.', 'non-prod/us-east-1/qa/env.hcl', 'file')?.env).toBe('qa');
    expect(matchFolder(live, '.', '_envcommon/mysql.hcl')).toBeUndefined();
    expect(matchFolder(live, '.', 'prod/us-east-1/_global/iam/terragrunt.hcl')).toBeUndefined();
    const ours = compilePattern('environments/{env}');
    expect(
      matchFolder(ours, 'infrastructure', 'infrastructure/environments/staging/vpc/x.tf'),
    ).toEqual({
      folder: 'infrastructure/environments/staging',
      env: 'staging',
    });
    expect(matchFolder(ours, 'infrastructure', 'infra/environments/staging/x.tf')).toBeUndefined();
    expect(matchFolder(ours, 'infrastructure', 'infrastructure/environments/staging')).toEqual({
      folder: 'infrastructure/environments/staging',
      env: 'staging',
    });
    const apps = compilePattern('apps/{app}/overlays/{env}');
    expect(matchFolder(apps, 'k8s', 'k8s/apps/api/overlays/prod/kustomization.yaml')).toEqual({
      folder: 'k8s/apps/api/overlays/prod',
      env: 'prod',
      app: 'api',
    });
  });

  it('expands {env} and {app} relative to the root', () => {
    const apps = compilePattern('apps/{app}/overlays/{env}');
    expect(expandPattern(apps, 'k8s', { env: 'prod', app: 'api' })).toBe(
      'k8s/apps/api/overlays/prod',
    );
    expect(expandPattern(compilePattern('{env}'), '.', { env: 'prod' })).toBe('prod');
  });
});
