import {
  defaultFleetConfig,
  FleetConfigError,
  parseFleetConfig,
  type FleetConfig,
} from './config.js';

/** Larger than any sensible fleet description; a bigger file is refused, not parsed. */
export const CONFIG_MAX_BYTES = 256 * 1024;

export interface ConfigSource {
  /** Repository-relative path; default infra-fleet.yaml. */
  path: string;
  /** True when the user named the file (an input): then a missing file is an error. */
  explicit: boolean;
  /** The file's text, or undefined when there is no regular file there. */
  read(path: string): Promise<string | undefined>;
}

/** Reads infra-fleet.yaml; without one, the defaults (infra-fleet's own layout) hold. */
export async function loadFleetConfig(source: ConfigSource): Promise<FleetConfig> {
  const text = await source.read(source.path);
  if (text === undefined) {
    if (!source.explicit) return defaultFleetConfig();
    throw new FleetConfigError(
      `Config file ${JSON.stringify(source.path)} does not exist (or is not a regular file).`,
      'Create it at that path, or leave the config input empty to use infra-fleet.yaml at the repository root.',
    );
  }
  if (Buffer.byteLength(text) > CONFIG_MAX_BYTES) {
    throw new FleetConfigError(
      `${source.path} is larger than ${CONFIG_MAX_BYTES / 1024} KiB; it was not parsed.`,
      'A fleet description is a few hundred lines at most: check that the config input names the right file.',
    );
  }
  return parseFleetConfig(text, source.path);
}
