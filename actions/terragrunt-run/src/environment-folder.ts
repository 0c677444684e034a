import { ActionError } from '@infra-fleet/action-kit';
import {
  DEFAULT_CONFIG_FILE,
  discoverFolders,
  FleetConfigError,
  loadFleetConfig,
  type FleetConfig,
} from '@infra-fleet/fleet';
import { fsTreeReader, type TreeReader } from '@infra-fleet/git';

async function fleetOf(reader: TreeReader, config: { path: string; explicit: boolean }) {
  try {
    return await loadFleetConfig({ ...config, read: (path) => reader.readText(path) });
  } catch (error) {
    if (!(error instanceof FleetConfigError)) throw error;
    throw new ActionError(error.message, error.hint === undefined ? {} : { hint: error.hint });
  }
}

/** infra-fleet.yaml of the workspace: `config` when given (then it must exist), else the default. */
export async function loadFleet(workspace: string, config?: string): Promise<FleetConfig> {
  const source = config
    ? { path: config, explicit: true }
    : { path: DEFAULT_CONFIG_FILE, explicit: false };
  return fleetOf(fsTreeReader(workspace), source);
}

function where(fleet: FleetConfig): string {
  const { root, environments } = fleet.infrastructure;
  return `${root === '.' ? '' : `${root}/`}${environments.text}`;
}

/**
 * The folder of `environment` in the workspace, matched by infrastructure.root and
 * infrastructure.environments of infra-fleet.yaml (the file is read as a regular file only).
 */
export async function environmentFolder(
  workspace: string,
  environment: string,
  config = { path: DEFAULT_CONFIG_FILE, explicit: false },
): Promise<string> {
  const reader = fsTreeReader(workspace);
  const fleet = await fleetOf(reader, config);
  const { root, environments } = fleet.infrastructure;
  const found = await discoverFolders(reader, root === '.' ? '' : root, environments);
  const folders = found.matches.filter((match) => match.env === environment).map((m) => m.folder);
  if (folders.length === 1) return folders[0] as string;
  const names = [...new Set(found.matches.map((match) => match.env))].sort();
  if (folders.length === 0) {
    throw new ActionError(
      `No folder of environment ${JSON.stringify(environment)} matches ${where(fleet)} (environments there: ${names.join(', ') || 'none'}).`,
      {
        hint: 'Set working-directory, or check environment and infrastructure.environments in infra-fleet.yaml.',
      },
    );
  }
  throw new ActionError(
    `Environment ${JSON.stringify(environment)} has ${folders.length} folders (${folders.join(', ')}); one run plans one folder.`,
    {
      hint: "Run one job per folder with working-directory (detect-changed-envs's matrix entries list them as paths).",
    },
  );
}
