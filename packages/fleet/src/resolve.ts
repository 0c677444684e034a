import { FleetConfigError, type AppConfig, type FleetConfig } from './config.js';
import { didYouMean } from './names.js';
import { expandPattern, hasApp, type FolderPattern } from './pattern.js';

/** The context Flux's notification-controller posts for an app's Kustomization (see k8s/clusters). */
export const DEFAULT_STATUS_CONTEXT = 'flux/{env}/kustomization/{app}';

const where = (config: FleetConfig) => config.file ?? 'the defaults (no infra-fleet.yaml)';

export function findApp(config: FleetConfig, name: string): AppConfig {
  const app = config.apps.find((candidate) => candidate.name === name);
  if (app) return app;
  const known = config.apps.map((candidate) => candidate.name);
  const guess = didYouMean(name, known);
  throw new FleetConfigError(
    `App ${JSON.stringify(name)} is not declared in ${where(config)}${known.length ? ` (apps: ${known.join(', ')})` : ''}.`,
    guess
      ? `Did you mean "${guess}"?`
      : `Add it under apps: in infra-fleet.yaml, e.g.\n  apps:\n    ${name}:\n      image: <the overlay's images[].name>`,
  );
}

/** The overlay pattern of `app`: its own, else k8s.overlays. */
export function overlayPattern(config: FleetConfig, app?: string): FolderPattern {
  const own = app === undefined ? undefined : config.apps.find((a) => a.name === app)?.overlays;
  return own ?? config.k8s.overlays;
}

/** The overlay folder of `env` (and `app`), from k8s.root and the app's or k8s's overlays. */
export function overlayFolder(config: FleetConfig, env: string, app?: string): string {
  const { root } = config.k8s;
  const overlays = overlayPattern(config, app);
  if (hasApp(overlays) && app === undefined) {
    throw new FleetConfigError(
      `k8s.overlays ${JSON.stringify(overlays.text)} has one overlay per app; name the app.`,
      'Set the app input (or pass overlay directly).',
    );
  }
  if (overlays.segments.some((segment) => segment.kind === 'any')) {
    throw new FleetConfigError(
      `k8s.overlays ${JSON.stringify(overlays.text)} holds "*", so it names no single overlay for ${env}.`,
      'Pass the overlay input, or write the pattern without "*".',
    );
  }
  return expandPattern(overlays, root, { env, ...(app !== undefined && { app }) });
}

function fill(text: string, env: string, app: string): string {
  return text.replaceAll('{env}', env).replaceAll('{app}', app);
}

/** The commit status contexts that say `app` is applied in `env`. */
export function statusContexts(config: FleetConfig, env: string, app: string): string[] {
  const declared = findApp(config, app).statusContexts;
  const contexts = declared.length > 0 ? declared : [DEFAULT_STATUS_CONTEXT];
  return contexts.map((context) => fill(context, env, app));
}

/** Environments in promotion order: as declared, else in name order. */
export function environmentOrder(config: FleetConfig, discovered: readonly string[]): string[] {
  if (config.environments) return [...config.environments];
  return [...new Set(discovered)].sort((a, b) => a.localeCompare(b));
}
