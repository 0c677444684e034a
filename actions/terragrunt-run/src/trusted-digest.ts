import { ActionError } from '@infra-fleet/action-kit';
import { expectedDigest } from './checksums.js';
import { downloadBytes, type DownloadLabel, type DownloadOptions } from './download.js';
import { verifyDetached } from './openpgp.js';
import type { ReleaseAsset } from './release-assets.js';
import { loadPinnedKey, pinnedDigest, type TrustAnchors } from './trust.js';

/** The SHA-256 an asset must have, and where that is known from (for messages). */
export interface TrustedDigest {
  sha256: string;
  /** e.g. `https://…/SHA256SUMS (signed by 68C8…CC49)` or `the action's pinned digests`. */
  source: string;
}

/**
 * What the publisher vouches for: the action's pinned digest of the asset, else the line of the
 * release's checksum file, accepted only when its detached signature verifies with the
 * publisher's pinned key. A release without a signature is refused.
 */
export async function trustedDigest(
  asset: ReleaseAsset,
  trust: TrustAnchors,
  options: DownloadOptions,
): Promise<TrustedDigest> {
  const pinned = pinnedDigest(trust, asset.tool, asset.version, asset.assetName);
  if (pinned) return { sha256: pinned, source: "the action's pinned digests" };
  const key = loadPinnedKey(asset.tool, trust.keys[asset.tool]);
  const sums = await downloadBytes(asset.checksumsUrl, labelFor(asset), options);
  const signature = await downloadBytes(asset.signatureUrl, signatureLabel(asset), options);
  const verified = verifyDetached(sums, signature, key);
  if (!verified.ok) {
    throw new ActionError(
      `${asset.signatureUrl} is not a valid signature of ${asset.checksumsUrl} by ${asset.displayName}'s release key ${key.fingerprint}: ${verified.reason}. Nothing was installed.`,
      {
        hint: 'The mirror serves files the publisher did not sign (altered, or from another release). Do not work around it: compare the mirror with the official release.',
      },
    );
  }
  return {
    sha256: expectedDigest(sums.toString('utf8'), asset.assetName, asset.checksumsUrl),
    source: `${asset.checksumsUrl} (signed by ${key.fingerprint})`,
  };
}

export function labelFor(asset: ReleaseAsset): DownloadLabel {
  return {
    what: `${asset.displayName} ${asset.version}`,
    notFoundHint:
      `Check that ${asset.displayName} ${asset.version} exists (${asset.releasesPage}) and that ` +
      `${asset.baseUrlInput} (${asset.baseUrl}) serves its release files as <url>/v<version>/<file>.`,
  };
}

function signatureLabel(asset: ReleaseAsset): DownloadLabel {
  return {
    what: `the signature of ${asset.displayName} ${asset.version}`,
    notFoundHint:
      `${asset.displayName} signs its releases from ${asset.signedSince} on, and an unsigned release ` +
      `is installed only when its SHA-256 is pinned in the action. Use a signed version, or make ` +
      `${asset.baseUrlInput} serve the release's .gpgsig files too.`,
  };
}
