// Installs pinned Terragrunt and OpenTofu from their release downloads into a folder of this
// run. Each asset is checked against what its publisher vouches for (trusted-digest.ts): a
// digest pinned in the action, or the release's checksum file with a valid signature by the
// publisher's pinned key. The tool cache only saves downloads; what runs is always a copy
// verified in this run.
//
// Token policy: no token is ever sent with these downloads. Public releases need none, a
// token on github.com's release URLs would follow the redirect to its storage host, and a
// mirror is another party. Mirrors needing credentials are not supported.
import { spawn } from 'node:child_process';
import { chmod, lstat, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ActionError, info, warning } from '@infra-fleet/action-kit';
import { verifyDigest } from './checksums.js';
import { downloadFile, type DownloadOptions } from './download.js';
import { releasePlatform } from './platform.js';
import { opentofuAsset, terragruntAsset, type ReleaseAsset } from './release-assets.js';
import { storeCachedAsset, takeCachedAsset, type CacheKey } from './tool-cache.js';
import { configuredTrust, type TrustAnchors } from './trust.js';
import { labelFor, trustedDigest, type TrustedDigest } from './trusted-digest.js';

export {
  DEFAULT_OPENTOFU_VERSION,
  DEFAULT_TERRAGRUNT_VERSION,
  describeVersionSource,
  resolveToolVersions,
  type ResolveVersionsRequest,
  type ToolVersions,
  type VersionSource,
} from './versions.js';

export {
  DEFAULT_OPENTOFU_BASE_URL,
  DEFAULT_TERRAGRUNT_BASE_URL,
  parseDownloadBaseUrl,
} from './download-urls.js';
export { opentofuAsset, terragruntAsset, type ReleaseAsset } from './release-assets.js';

export interface InstallSettings {
  /** Exact versions without a leading `v` (see resolveToolVersions). */
  terragruntVersion: string;
  opentofuVersion: string;
  /** Release base URLs without a trailing slash (see parseDownloadBaseUrl). */
  terragruntBaseUrl: string;
  opentofuBaseUrl: string;
  /** RUNNER_TOOL_CACHE. */
  toolCacheDir: string;
  /** RUNNER_TEMP; each tool is installed in a new folder here, for this run only. */
  tempDir: string;
  platform: NodeJS.Platform;
  /** Node's arch name (process.arch). */
  arch: string;
}

export interface InstallDeps extends DownloadOptions {
  log?: (message: string) => void;
  warn?: (message: string) => void;
  /** Keys and pinned digests; default the publishers' (see configuredTrust). */
  trust?: TrustAnchors;
}

export interface InstalledTools {
  /** Absolute paths of the executables (in a folder of this run, never in the tool cache). */
  terragrunt: string;
  tofu: string;
  /** true when the tool came from the tool cache without downloading it. */
  cached: { terragrunt: boolean; opentofu: boolean };
}

/** Installs both tools (each from the cache when present and intact). */
export async function installTools(
  settings: InstallSettings,
  deps: InstallDeps = {},
): Promise<InstalledTools> {
  const platform = releasePlatform(settings.platform, settings.arch);
  requireExactVersion(settings.terragruntVersion);
  requireExactVersion(settings.opentofuVersion);
  const trusted = { ...deps, trust: deps.trust ?? configuredTrust(deps.warn ?? warning) };
  const assets = [
    terragruntAsset(settings.terragruntVersion, settings.terragruntBaseUrl, platform),
    opentofuAsset(settings.opentofuVersion, settings.opentofuBaseUrl, platform),
  ] as const;
  // allSettled: neither install is left running (and writing) after the other fails.
  const [terragrunt, opentofu] = await Promise.allSettled(
    assets.map((asset) => installTool(asset, settings, trusted)),
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

/** One tool: the trusted digest, then a cache hit with it, else a verified download. */
export async function installTool(
  asset: ReleaseAsset,
  settings: Pick<InstallSettings, 'toolCacheDir' | 'tempDir' | 'arch'>,
  deps: InstallDeps = {},
): Promise<{ path: string; cached: boolean }> {
  requireExactVersion(asset.version);
  const warn = deps.warn ?? warning;
  const expected = await trustedDigest(asset, deps.trust ?? configuredTrust(warn), deps);
  const key: CacheKey = {
    root: settings.toolCacheDir,
    tool: asset.tool,
    version: asset.version,
    arch: settings.arch,
  };
  await mkdir(settings.tempDir, { recursive: true });
  const folder = await mkdtemp(join(settings.tempDir, `${asset.tool}-${asset.version}-`));
  try {
    const file = join(folder, asset.assetName);
    const found = await takeCachedAsset(key, asset.assetName, expected.sha256, file);
    if (found.kind === 'refused') {
      warn(
        `Not using the cached ${asset.displayName} ${asset.version}: ${found.reason}. Downloading it again.`,
      );
    }
    if (found.kind !== 'hit') await downloadVerified(asset, file, expected, key, deps);
    const path = await unpack(asset, file, folder);
    const how = found.kind === 'hit' ? 'from the tool cache' : 'downloaded';
    (deps.log ?? info)(
      `${asset.displayName} ${asset.version}: ${how}, SHA-256 matches ${expected.source}; installed at ${path}.`,
    );
    return { path, cached: found.kind === 'hit' };
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

async function downloadVerified(
  asset: ReleaseAsset,
  file: string,
  expected: TrustedDigest,
  key: CacheKey,
  deps: InstallDeps,
): Promise<void> {
  const downloaded = await downloadFile(asset.assetUrl, file, labelFor(asset), deps);
  verifyDigest(downloaded.sha256, expected.sha256, {
    assetName: asset.assetName,
    url: asset.assetUrl,
    listedBy: expected.source,
  });
  const notStored = await storeCachedAsset(key, asset.assetName, file);
  if (notStored) {
    (deps.warn ?? warning)(
      `Not caching ${asset.displayName} ${asset.version}: ${notStored}. It is installed for this run only.`,
    );
  }
}

/** The executable from the verified asset: the asset itself, or its member of the archive. */
async function unpack(asset: ReleaseAsset, file: string, folder: string): Promise<string> {
  const binary = join(folder, asset.binaryName);
  if (asset.archive === 'tar.gz') {
    await extractMember(file, folder, asset.binaryName);
    await rm(file);
  } else {
    await rename(file, binary);
  }
  const stats = await lstat(binary).catch(() => undefined);
  if (!stats?.isFile()) {
    throw new ActionError(`The release did not provide ${asset.binaryName} as a regular file.`, {
      hint: 'The archive layout is not the one expected; check the download URL and version.',
    });
  }
  await chmod(binary, 0o755);
  return binary;
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
