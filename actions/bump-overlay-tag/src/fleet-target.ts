import { ActionError } from '@infra-fleet/action-kit';
import {
  findApp,
  FleetConfigError,
  loadFleetConfig,
  overlayFolder,
  type FleetConfig,
} from '@infra-fleet/fleet';
import type { Settings } from './inputs.js';
import type { ImageRequest } from './references.js';
import type { OverlayStore } from './store.js';

/** Overlays named by environment (and app) instead of a path: resolved through infra-fleet.yaml. */
export interface FleetTarget {
  environment?: string;
  app?: string;
  promoteFromEnvironment?: string;
  config: { path: string; explicit: boolean };
  /** The tag/digest for the app's image, when the image itself comes from the config. */
  appImageValues?: Pick<ImageRequest, 'tag' | 'digest'>;
}

async function fleetAt(
  store: OverlayStore,
  tip: string,
  target: FleetTarget,
): Promise<FleetConfig> {
  try {
    return await loadFleetConfig({ ...target.config, read: (path) => store.readFile(tip, path) });
  } catch (error) {
    if (!(error instanceof FleetConfigError)) throw error;
    throw new ActionError(error.message, error.hint === undefined ? {} : { hint: error.hint });
  }
}

function appImage(fleet: FleetConfig, app: string): string {
  const image = findApp(fleet, app).image;
  if (image !== undefined) return image;
  throw new ActionError(`App "${app}" declares no image in ${fleet.file ?? 'infra-fleet.yaml'}.`, {
    hint: `Add image: <the overlay's images[].name> under apps.${app}, or pass the image input.`,
  });
}

function resolved<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof FleetConfigError)) throw error;
    throw new ActionError(error.message, error.hint === undefined ? {} : { hint: error.hint });
  }
}

/**
 * Settings with the overlay (and promote-from) paths and the app's image filled in from
 * infra-fleet.yaml, read at the branch tip the change will land on. Path inputs pass through.
 */
export async function resolveFleetTarget(
  settings: Settings,
  store: OverlayStore,
): Promise<Settings> {
  const target = settings.fleetTarget;
  if (!target) return settings;
  const fleet = await fleetAt(store, await store.readTip(), target);
  return resolved(() => {
    const { environment, app, promoteFromEnvironment, appImageValues } = target;
    const overlay =
      environment === undefined ? settings.overlay : overlayFolder(fleet, environment, app);
    const promoteFrom =
      promoteFromEnvironment === undefined
        ? settings.promoteFrom
        : { ...settings.promoteFrom, overlay: overlayFolder(fleet, promoteFromEnvironment, app) };
    const requests =
      app !== undefined && appImageValues !== undefined
        ? [{ name: appImage(fleet, app), ...appImageValues }]
        : settings.requests;
    return { ...settings, overlay, requests, ...(promoteFrom && { promoteFrom }) };
  });
}
