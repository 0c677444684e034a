import { ActionError, warning } from '@infra-fleet/action-kit';
import { readPublicKey, type PublicKey } from './openpgp.js';
import { OPENTOFU_SIGNING_KEY, TERRAGRUNT_SIGNING_KEY } from './publisher-keys.js';
import { PINNED_DIGESTS } from './release-digests.js';

export type Tool = 'terragrunt' | 'opentofu';

export interface PinnedKey {
  /** 40 hex digits: the v4 fingerprint `armored` must have. */
  fingerprint: string;
  armored: string;
}

/** Per tool, version and release asset name: the asset's SHA-256, lower-case hex. */
export type DigestTable = Partial<Record<Tool, Record<string, Record<string, string>>>>;

/** What a download is checked against: never anything served next to it. */
export interface TrustAnchors {
  keys: Record<Tool, PinnedKey>;
  digests: DigestTable;
}

export const PUBLISHER_TRUST: TrustAnchors = {
  keys: { terragrunt: TERRAGRUNT_SIGNING_KEY, opentofu: OPENTOFU_SIGNING_KEY },
  digests: PINNED_DIGESTS,
};

const PRELOADED = Symbol.for('infra-fleet.terragrunt-run.trust-anchors');

/**
 * The publishers' keys and the pinned digests, unless code preloaded into this process (the
 * tests run the bundle with `node --import`) installed others. No input or environment variable
 * can change them, and a change is always said in a warning.
 */
export function configuredTrust(warn: (message: string) => void = warning): TrustAnchors {
  const preloaded = (globalThis as Record<symbol, unknown>)[PRELOADED] as TrustAnchors | undefined;
  if (preloaded === undefined) return PUBLISHER_TRUST;
  if (!preloaded.keys?.terragrunt || !preloaded.keys?.opentofu) {
    throw new ActionError('The trust anchors preloaded into this process name no signing keys.');
  }
  warn(
    "Verifying Terragrunt and OpenTofu against trust anchors preloaded into this process (a test setup), not the publishers' pinned keys.",
  );
  return { keys: preloaded.keys, digests: preloaded.digests ?? {} };
}

/** A pinned key, refused unless its material has the pinned fingerprint. */
export function loadPinnedKey(tool: Tool, pinned: PinnedKey): PublicKey {
  const key = readPublicKey(pinned.armored);
  if (key.fingerprint !== pinned.fingerprint.toUpperCase()) {
    throw new ActionError(
      `The ${tool} signing key pinned in the action has fingerprint ${key.fingerprint}, not ${pinned.fingerprint}.`,
    );
  }
  return key;
}

export function pinnedDigest(
  trust: TrustAnchors,
  tool: Tool,
  version: string,
  assetName: string,
): string | undefined {
  const digest = trust.digests[tool]?.[version]?.[assetName];
  return digest && /^[0-9a-f]{64}$/i.test(digest) ? digest.toLowerCase() : undefined;
}
