import { ActionError } from '@infra-fleet/action-kit';
import {
  FleetConfigError,
  loadFleetConfig,
  overlayFolder,
  statusContexts,
  type FleetConfig,
} from '@infra-fleet/fleet';
import type { Settings } from './inputs.js';

type ReadFile = (ref: string, path: string) => Promise<string | undefined>;

function asActionError(error: unknown): never {
  if (!(error instanceof FleetConfigError)) throw error;
  throw new ActionError(error.message, error.hint === undefined ? {} : { hint: error.hint });
}

/** The app whose contexts apply: the one named, else the only one declared. */
function chosenApp(settings: Settings, fleet: FleetConfig): string | undefined {
  if (settings.app !== undefined) return settings.app;
  if (fleet.apps.length === 1) return fleet.apps[0]?.name;
  if (settings.contexts.length > 0) return undefined;
  const declared = fleet.apps.map((app) => app.name);
  throw new ActionError(
    `No status context to wait for: contexts is empty and no app is named${declared.length ? ` (infra-fleet.yaml declares ${declared.join(', ')})` : ''}.`,
    {
      hint: `Set app to the app being deployed (its status-contexts in infra-fleet.yaml apply; default flux/${settings.environment}/kustomization/<app>), or set contexts.`,
    },
  );
}

/**
 * Contexts and watch paths the inputs left empty, from infra-fleet.yaml read at sha: the app's
 * status-contexts ({env}, {app} filled in) and its overlay folder. Read only when needed.
 */
export async function resolveFleetSettings(settings: Settings, read: ReadFile): Promise<Settings> {
  const needed = settings.contexts.length === 0 || settings.watchPaths.length === 0;
  if (!needed) return settings;
  try {
    const fleet = await loadFleetConfig({
      ...settings.config,
      read: (path) => read(settings.sha, path),
    });
    const app = chosenApp(settings, fleet);
    const env = settings.environment;
    const contexts =
      settings.contexts.length > 0 || app === undefined
        ? settings.contexts
        : statusContexts(fleet, env, app);
    const watchPaths =
      settings.watchPaths.length > 0 ? settings.watchPaths : [`${overlayFolder(fleet, env, app)}/`];
    return {
      ...settings,
      contexts,
      watchPaths,
      watchPathsDefaulted: settings.watchPaths.length === 0,
    };
  } catch (error) {
    return asActionError(error);
  }
}
