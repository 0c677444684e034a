import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveToolReleases, writeStandInCopy } from '@infra-fleet/testkit';
import {
  DEFAULT_OPENTOFU_VERSION,
  DEFAULT_TERRAGRUNT_VERSION,
} from '../../../../actions/terragrunt-run/src/versions.js';

/**
 * Terragrunt and OpenTofu cannot be downloaded here: packages/testkit's stand-ins (replaying
 * recorded plans) are published as signed releases from a local server, as scripts/demo-infra.ts
 * does. The runner passes terragrunt-run the server's URLs where the workflow leaves them unset,
 * and runs actions with a `node` that trusts the test keys the releases are signed with.
 */
export interface TerragruntStandIns {
  actionInputs: Record<string, Record<string, string>>;
  node: string;
  env: Record<string, string>;
  close(): Promise<void>;
}

export async function terragruntStandIns(): Promise<TerragruntStandIns> {
  const scratch = mkdtempSync(join(tmpdir(), 'terragrunt-stand-ins-'));
  const releases = await serveToolReleases({
    terragrunt: {
      version: DEFAULT_TERRAGRUNT_VERSION,
      file: writeStandInCopy('terragrunt', DEFAULT_TERRAGRUNT_VERSION, join(scratch, 'bin')),
    },
    opentofu: {
      version: DEFAULT_OPENTOFU_VERSION,
      file: writeStandInCopy('tofu', DEFAULT_OPENTOFU_VERSION, join(scratch, 'bin')),
    },
  });
  return {
    actionInputs: {
      'terragrunt-run': {
        'terragrunt-download-url': releases.terragruntUrl,
        'opentofu-download-url': releases.opentofuUrl,
      },
    },
    node: releases.node,
    env: { STANDIN_STATE_DIR: join(scratch, 'state') },
    close: async () => {
      await releases.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
