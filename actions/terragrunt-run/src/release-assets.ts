import type { ReleasePlatform } from './platform.js';
import type { Tool } from './trust.js';

/** One release download: where it is, how it is checked, what lands in the cache. */
export interface ReleaseAsset {
  tool: Tool;
  displayName: 'Terragrunt' | 'OpenTofu';
  version: string;
  assetName: string;
  assetUrl: string;
  checksumsUrl: string;
  /** The publisher's detached OpenPGP signature of the checksum file. */
  signatureUrl: string;
  /** The first release the publisher signed. */
  signedSince: string;
  /** The executable's name (inside the archive too, when there is one). */
  binaryName: string;
  archive: 'none' | 'tar.gz';
  /** Where users can check that the version exists. */
  releasesPage: string;
  baseUrlInput: 'terragrunt-download-url' | 'opentofu-download-url';
  baseUrl: string;
}

/** Terragrunt publishes raw binaries: `<base>/v<ver>/terragrunt_<os>_<arch>[.exe]`, `SHA256SUMS` and `SHA256SUMS.gpgsig`. */
export function terragruntAsset(
  version: string,
  baseUrl: string,
  platform: ReleasePlatform,
): ReleaseAsset {
  const assetName = `terragrunt_${platform.os}_${platform.arch}${platform.exe}`;
  const folder = `${baseUrl}/v${version}`;
  return {
    tool: 'terragrunt',
    displayName: 'Terragrunt',
    version,
    assetName,
    assetUrl: `${folder}/${assetName}`,
    checksumsUrl: `${folder}/SHA256SUMS`,
    signatureUrl: `${folder}/SHA256SUMS.gpgsig`,
    signedSince: '0.98.0',
    binaryName: `terragrunt${platform.exe}`,
    archive: 'none',
    releasesPage: 'https://github.com/gruntwork-io/terragrunt/releases',
    baseUrlInput: 'terragrunt-download-url',
    baseUrl,
  };
}

/** OpenTofu: `<base>/v<ver>/tofu_<ver>_<os>_<arch>.tar.gz` holding `tofu`, `tofu_<ver>_SHA256SUMS` and its `.gpgsig`. */
export function opentofuAsset(
  version: string,
  baseUrl: string,
  platform: ReleasePlatform,
): ReleaseAsset {
  const assetName = `tofu_${version}_${platform.os}_${platform.arch}.tar.gz`;
  const folder = `${baseUrl}/v${version}`;
  return {
    tool: 'opentofu',
    displayName: 'OpenTofu',
    version,
    assetName,
    assetUrl: `${folder}/${assetName}`,
    checksumsUrl: `${folder}/tofu_${version}_SHA256SUMS`,
    signatureUrl: `${folder}/tofu_${version}_SHA256SUMS.gpgsig`,
    signedSince: '1.6.0',
    binaryName: `tofu${platform.exe}`,
    archive: 'tar.gz',
    releasesPage: 'https://github.com/opentofu/opentofu/releases',
    baseUrlInput: 'opentofu-download-url',
    baseUrl,
  };
}
