import { describe, expect, it } from '@jest/globals';
import { memoryTree } from '@infra-fleet/testkit';
import { compilePattern, discoverFolders } from '../src/index.js';

/** The Terragrunt "live" layout: <account>/<region>/<env>/<unit>, _envcommon, root.hcl at the top. */
const LIVE = {
  'root.hcl': 'locals {}\n',
  '_envcommon/mysql.hcl': 'terraform {}\n',
  'non-prod/account.hcl': 'locals {}\n',
  'non-prod/us-east-1/region.hcl': 'locals {}\n',
  'non-prod/us-east-1/qa/env.hcl': 'locals {}\n',
  'non-prod/us-east-1/qa/mysql/terragrunt.hcl': 'include "root" {}\n',
  'non-prod/us-east-1/stage/mysql/terragrunt.hcl': 'include "root" {}\n',
  'prod/account.hcl': 'locals {}\n',
  'prod/eu-west-1/prod/mysql/terragrunt.hcl': 'include "root" {}\n',
  'prod/eu-west-1/$(touch pwned)/mysql/terragrunt.hcl': 'include "root" {}\n',
};

describe('discoverFolders', () => {
  it('finds every account, region and environment of the live layout, skipping _ folders', async () => {
    const found = await discoverFolders(memoryTree(LIVE), '.', compilePattern('*/*/{env}'));
    expect(found.matches).toEqual([
      { folder: 'non-prod/us-east-1/qa', env: 'qa' },
      { folder: 'non-prod/us-east-1/stage', env: 'stage' },
      { folder: 'prod/eu-west-1/prod', env: 'prod' },
    ]);
    expect(found.invalid).toEqual([
      {
        folder: 'prod/eu-west-1/$(touch pwned)',
        message: expect.stringContaining('not a valid env name'),
      },
    ]);
  });

  it('follows literal segments only where they exist', async () => {
    const tree = memoryTree({
      'k8s/apps/api/overlays/staging/kustomization.yaml': '',
      'k8s/apps/api/base/kustomization.yaml': '',
      'k8s/apps/web/overlays/production/kustomization.yaml': '',
    });
    const found = await discoverFolders(tree, 'k8s', compilePattern('apps/{app}/overlays/{env}'));
    expect(found.matches).toEqual([
      { folder: 'k8s/apps/api/overlays/staging', env: 'staging', app: 'api' },
      { folder: 'k8s/apps/web/overlays/production', env: 'production', app: 'web' },
    ]);
  });

  it('finds nothing under a root that does not exist', async () => {
    const found = await discoverFolders(memoryTree(LIVE), 'infra', compilePattern('{env}'));
    expect(found).toEqual({ matches: [], invalid: [] });
  });
});
