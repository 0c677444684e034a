// Installs pinned Terragrunt and OpenTofu from their release downloads, verified against the
// release's SHA256SUMS, into the runner's tool cache.
//
// Token policy: no token is ever sent with these downloads. Public releases need none, a
// token on github.com's release URLs would follow the redirect to its storage host, and a
// mirror is another party. Mirrors needing credentials are not supported.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ActionError, InputError, info, warning } from '@infra-fleet/action-kit';
import { expectedDigest, verifyDigest } from './checksums.js';
import {
  downloadFile,
  downloadText,
  type DownloadLabel,
  type DownloadOptions,
} from './download.js';
import { releasePlatform, type ReleasePlatform } from './platform.js';
import { lookupCachedTool, storeCachedTool, type CacheKey } from './tool-cache.js';

export {
  DEFAULT_OPENTOFU_VERSION,
  DEFAULT_TERRAGRUNT_VERSION,
  describeVersionSource,
  resolveToolVersions,
  type ResolveVersionsRequest,
  type ToolVersions,
  type VersionSource,
} from './versions.js';

export const DEFAULT_TERRAGRUNT_BASE_URL =
  'https://github.com/gruntwork-io/terragrunt/releases/download';
export const DEFAULT_OPENTOFU_BASE_URL = 'https://github.com/opentofu/opentofu/releases/download';

export interface InstallSettings {
  /** Exact versions without a leading `v` (see resolveToolVersions). */
  terragruntVersion: string;
  opentofuVersion: string;
  /** Release base URLs without a trailing slash (see parseDownloadBaseUrl). */
  terragruntBaseUrl: string;
  opentofuBaseUrl: string;
  /** RUNNER_TOOL_CACHE. */
  toolCacheDir: string;
  /** RUNNER_TEMP; downloads land here and are deleted afterwards. */
  tempDir: string;
  platform: NodeJS.Platform;
  /** Node's arch name (process.arch). */
  arch: string;
}

export interface InstallDeps extends DownloadOptions {
  log?: (message: string) => void;
  warn?: (message: string) => void;
}

export interface InstalledTools {
  /** Absolute paths of the executables. */
  terragrunt: string;
  tofu: string;
  /** true when the tool came from the tool cache without a download. */
  cached: { terragrunt: boolean; opentofu: boolean };
}

/** One release download: where it is, how it is checked, what lands in the cache. */
export interface ReleaseAsset {
  tool: 'terragrunt' | 'opentofu';
  displayName: 'Terragrunt' | 'OpenTofu';
  version: string;
  assetName: string;
  assetUrl: string;
  checksumsUrl: string;
  /** The executable's name in the cache (and inside the archive, when there is one). */
  binaryName: string;
  archive: 'none' | 'tar.gz';
  /** Where users can check that the version exists. */
  releasesPage: string;
  baseUrlInput: 'terragrunt-download-url' | 'opentofu-download-url';
  baseUrl: string;
}

/** Terragrunt publishes raw binaries: `<base>/v<ver>/terragrunt_<os>_<arch>[.exe]` and `SHA256SUMS`. */
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
    binaryName: `terragrunt${platform.exe}`,
    archive: 'none',
    releasesPage: 'https://github.com/gruntwork-io/terragrunt/releases',
    baseUrlInput: 'terragrunt-download-url',
    baseUrl,
  };
}

/** OpenTofu: `<base>/v<ver>/tofu_<ver>_<os>_<arch>.tar.gz` holding `tofu`, and `tofu_<ver>_SHA256SUMS`. */
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
    binaryName: `tofu${platform.exe}`,
    archive: 'tar.gz',
    releasesPage: 'https://github.com/opentofu/opentofu/releases',
    baseUrlInput: 'opentofu-download-url',
    baseUrl,
  };
}

/** Installs both tools (each from the cache when present and intact). */
export async function installTools(
  settings: InstallSettings,
  deps: InstallDeps = {},
): Promise<InstalledTools> {
  const platform = releasePlatform(settings.platform, settings.arch);
  requireExactVersion(settings.terragruntVersion);
  requireExactVersion(settings.opentofuVersion);
  const assets = [
    terragruntAsset(settings.terragruntVersion, settings.terragruntBaseUrl, platform),
    opentofuAsset(settings.opentofuVersion, settings.opentofuBaseUrl, platform),
  ] as const;
  // allSettled: neither install is left running (and writing) after the other fails.
  const [terragrunt, opentofu] = await Promise.allSettled(
    assets.map((asset) => installTool(asset, settings, deps)),
  );
  if (terragrunt!.status === 'rejected') throw terragrunt!.reason;
  if (opentofu!.status === 'rejected') throw opentofu!.reason;
  return {
    terragrunt: terragrunt!.value.path,
    tofu: opentofu!.value.path,
    cached: { terragrunt: terragrunt!.value.cached, opentofu: opentofu!.value.cached },
  };
}

// Versions become URL and cache path segments: resolveToolVersions has validated them already.
function requireExactVersion(version: string): void {
  if (!/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(version)) {
    throw new ActionError(`${JSON.stringify(version)} is not an exact version (X.Y.Z).`);
  }
}

/** One tool: a verified cache hit, else download, verify, and store. */
export async function installTool(
  asset: ReleaseAsset,
  settings: Pick<InstallSettings, 'toolCacheDir' | 'tempDir' | 'arch'>,
  deps: InstallDeps = {},
): Promise<{ path: string; cached: boolean }> {
  requireExactVersion(asset.version);
  const log = deps.log ?? info;
  const key: CacheKey = {
    root: settings.toolCacheDir,
    tool: asset.tool,
    version: asset.version,
    arch: settings.arch,
  };
  const found = await lookupCachedTool(key, asset.binaryName);
  if (found.kind === 'hit') {
    log(`${asset.displayName} ${asset.version}: from the tool cache (${found.path}).`);
    return { path: found.path, cached: true };
  }
  if (found.kind === 'refused') {
    (deps.warn ?? warning)(
      `Not using the cached ${asset.displayName} ${asset.version}: ${found.reason}. Downloading it again.`,
    );
  }
  const path = await downloadVerified(asset, key, settings.tempDir, deps);
  log(
    `${asset.displayName} ${asset.version}: downloaded, checksum verified, installed at ${path}.`,
  );
  return { path, cached: false };
}

async function downloadVerified(
  asset: ReleaseAsset,
  key: CacheKey,
  tempRoot: string,
  deps: InstallDeps,
): Promise<string> {
  const label = labelFor(asset);
  const sums = await downloadText(asset.checksumsUrl, label, deps);
  const expected = expectedDigest(sums, asset.assetName, asset.checksumsUrl);
  await mkdir(tempRoot, { recursive: true });
  const temp = await mkdtemp(join(tempRoot, `${asset.tool}-download-`));
  try {
    const file = join(temp, asset.assetName);
    const downloaded = await downloadFile(asset.assetUrl, file, label, deps);
    verifyDigest(downloaded.sha256, expected, {
      assetName: asset.assetName,
      url: asset.assetUrl,
      checksumsUrl: asset.checksumsUrl,
    });
    return await storeCachedTool(key, asset.binaryName, (staging) =>
      asset.archive === 'tar.gz'
        ? extractMember(file, staging, asset.binaryName)
        : copyFile(file, join(staging, asset.binaryName)),
    );
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

function labelFor(asset: ReleaseAsset): DownloadLabel {
  return {
    what: `${asset.displayName} ${asset.version}`,
    notFoundHint:
      `Check that ${asset.displayName} ${asset.version} exists (${asset.releasesPage}) and that ` +
      `${asset.baseUrlInput} (${asset.baseUrl}) serves its release files as <url>/v<version>/<file>.`,
  };
}

/** Extracts one member of a verified tar.gz with the system tar (argument array, no shell). */
function extractMember(archive: string, directory: string, member: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('tar', ['-xzf', archive, '-C', directory, '--', member], {
      stdio: ['ignore', 'ignore', 'pipe'],
      windowsHide: true,
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) =>
      reject(
        new ActionError(`Could not run tar to unpack ${archive}: ${error.message}.`, {
          hint: 'Install tar on the runner (it ships with every GitHub-hosted image).',
        }),
      ),
    );
    child.on('close', (code) => {
      if (code === 0) return resolve();
      reject(
        new ActionError(`Could not extract ${member} from ${archive}: ${stderr.trim()}`, {
          hint: 'The archive does not have the layout of an OpenTofu release; check the version and download URL.',
        }),
      );
    });
  });
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Validates a release base URL input; returns it without trailing slashes. The checksum file
 * comes from the same place as the binary, so only https is accepted (http on loopback only).
 */
export function parseDownloadBaseUrl(input: string, value: string): string {
  const url = URL.canParse(value.trim()) ? new URL(value.trim()) : undefined;
  if (url && (url.username || url.password || url.search || url.hash)) {
    // Not echoed: it may hold a secret.
    throw new InputError(
      input,
      'must not contain credentials, a query or a fragment.',
      hintFor(input),
    );
  }
  const https = url?.protocol === 'https:';
  const loopbackHttp = url?.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if (!url || !(https || loopbackHttp)) {
    throw new InputError(input, `${JSON.stringify(value)} is not an https URL.`, hintFor(input));
  }
  return url.href.replace(/\/+$/, '');
}

function hintFor(input: string): string {
  const example =
    input === 'opentofu-download-url' ? DEFAULT_OPENTOFU_BASE_URL : DEFAULT_TERRAGRUNT_BASE_URL;
  return `Give the base of the release downloads, e.g. ${example} (the default).`;
}
