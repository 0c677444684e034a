import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  runAction,
  serveToolReleases,
  writeStandInCopy,
  writeStandInUnit,
  type RunActionOptions,
  type ServeToolReleasesOptions,
  type StandInResourceChange,
  type StandInUnitSpec,
  type ToolReleaseServer,
} from '@infra-fleet/testkit';
import { DEFAULT_OPENTOFU_VERSION, DEFAULT_TERRAGRUNT_VERSION } from '../src/versions.js';

export const ACTION_DIR = resolve(import.meta.dirname, '..');
export const ENV_DIR = 'infrastructure/environments/staging';

/** Stand-in Terragrunt and OpenTofu published as the pinned releases, and one shared tool cache. */
export interface Fixture {
  releases: ToolReleaseServer;
  toolCache: string;
  root: string;
  close(): Promise<void>;
}

/** Releases signed with the test keys, which terragruntRun preloads in place of the publishers'. */
export async function startFixture(
  options: Omit<Partial<ServeToolReleasesOptions>, 'terragrunt' | 'opentofu'> = {},
): Promise<Fixture> {
  const root = mkdtempSync(join(tmpdir(), 'terragrunt-run-'));
  const releases = await serveToolReleases({
    terragrunt: {
      version: DEFAULT_TERRAGRUNT_VERSION,
      file: writeStandInCopy('terragrunt', DEFAULT_TERRAGRUNT_VERSION, join(root, 'bin')),
    },
    opentofu: {
      version: DEFAULT_OPENTOFU_VERSION,
      file: writeStandInCopy('tofu', DEFAULT_OPENTOFU_VERSION, join(root, 'bin')),
    },
    ...options,
  });
  const toolCache = join(root, 'tool-cache');
  mkdirSync(toolCache);
  return {
    releases,
    toolCache,
    root,
    async close() {
      await releases.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A workspace whose staging environment holds the given stand-in units. */
export function workspaceWith(fixture: Fixture, units: Record<string, StandInUnitSpec>): string {
  const workspace = mkdtempSync(join(fixture.root, 'workspace-'));
  for (const [name, spec] of Object.entries(units))
    writeStandInUnit(join(workspace, ENV_DIR, name), spec);
  return workspace;
}

export function terragruntRun(
  fixture: Fixture,
  workspace: string,
  inputs: Record<string, string>,
  options: Partial<RunActionOptions> = {},
) {
  return runAction({
    actionDir: ACTION_DIR,
    workspace,
    node: fixture.releases.node,
    ...options,
    inputs: {
      'working-directory': ENV_DIR,
      'terragrunt-download-url': fixture.releases.terragruntUrl,
      'opentofu-download-url': fixture.releases.opentofuUrl,
      ...inputs,
    },
    env: { RUNNER_TOOL_CACHE: fixture.toolCache, ...options.env },
  });
}

export function create(
  address: string,
  after: Record<string, unknown> = { name: address },
): StandInResourceChange {
  return { address, change: { actions: ['create'], before: null, after } };
}

export function destroy(address: string): StandInResourceChange {
  return { address, change: { actions: ['delete'], before: { id: address }, after: null } };
}
