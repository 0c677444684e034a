import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ActionError, InputError } from '@infra-fleet/action-kit';
import {
  serveToolReleases,
  type ServeToolReleasesOptions,
  type ToolReleaseServer,
} from '@infra-fleet/testkit';
import {
  DEFAULT_OPENTOFU_BASE_URL,
  DEFAULT_TERRAGRUNT_BASE_URL,
  installTool,
  installTools,
  opentofuAsset,
  parseDownloadBaseUrl,
  terragruntAsset,
  type InstallDeps,
  type InstallSettings,
} from '../src/install.js';
import { releasePlatform } from '../src/platform.js';

const TG = '1.0.2';
const TOFU = '1.11.5';
const LINUX_X64 = releasePlatform('linux', 'x64');

let root: string;
let server: ToolReleaseServer | undefined;
let logs: string[];
let warnings: string[];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tg-install-'));
  logs = [];
  warnings = [];
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(root, { recursive: true, force: true });
});

/** A tiny executable that says who it is, like `terragrunt --version`. */
function standIn(name: string): string {
  const path = join(root, `${name}-stand-in`);
  writeFileSync(
    path,
    `#!/usr/bin/env node\nconsole.log('${name} stand-in', process.argv.slice(2).join(' '));\n`,
  );
  chmodSync(path, 0o755);
  return path;
}

async function serve(options: Partial<ServeToolReleasesOptions> = {}): Promise<ToolReleaseServer> {
  server = await serveToolReleases({
    terragrunt: { version: TG, file: standIn('terragrunt') },
    opentofu: { version: TOFU, file: standIn('tofu') },
    ...options,
  });
  return server;
}

function settings(
  releases: ToolReleaseServer,
  extra: Partial<InstallSettings> = {},
): InstallSettings {
  return {
    terragruntVersion: TG,
    opentofuVersion: TOFU,
    terragruntBaseUrl: releases.terragruntUrl,
    opentofuBaseUrl: releases.opentofuUrl,
    toolCacheDir: join(root, 'tool-cache'),
    tempDir: join(root, 'runner-temp'),
    platform: 'linux',
    arch: 'x64',
    ...extra,
  };
}

function deps(extra: InstallDeps = {}): InstallDeps {
  return {
    log: (message) => logs.push(message),
    warn: (message) => warnings.push(message),
    retryDelaysMs: [5, 5],
    ...(server && { trust: server.trust }),
    ...extra,
  };
}

async function failure(promise: Promise<unknown>): Promise<ActionError> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(outcome instanceof ActionError))
    throw new Error(`expected an ActionError, got ${String(outcome)}`);
  return outcome;
}

function run(executable: string): string {
  const result = spawnSync(executable, ['--version'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${executable} failed: ${result.stderr}`);
  return result.stdout.trim();
}

const cacheDir = (tool: string, version: string, arch = 'x64') =>
  join(root, 'tool-cache', tool, version, arch);
const TG_ASSET = 'terragrunt_linux_amd64';
const TOFU_ASSET = `tofu_${TOFU}_linux_amd64.tar.gz`;

/** What is left in the tool cache folder of one version (staging folders would show here). */
const cacheEntries = (tool: string, version: string) => {
  const folder = join(root, 'tool-cache', tool, version);
  return existsSync(folder) ? readdirSync(folder).sort() : [];
};

/** What is in RUNNER_TEMP: one folder per installed tool, holding only its executable. */
const tempContents = () =>
  existsSync(join(root, 'runner-temp'))
    ? readdirSync(join(root, 'runner-temp'))
        .sort()
        .map((folder) => [folder, ...readdirSync(join(root, 'runner-temp', folder))].join('/'))
    : [];
const INSTALLED = [
  expect.stringMatching(new RegExp(`^opentofu-${TOFU}-\\w+/tofu$`)),
  expect.stringMatching(new RegExp(`^terragrunt-${TG}-\\w+/terragrunt$`)),
];

describe('installTools from a release server', () => {
  it('downloads, verifies the signed checksums, runs a copy of this run and caches the assets', async () => {
    const releases = await serve();
    const installed = await installTools(settings(releases), deps());

    expect(installed.cached).toEqual({ terragrunt: false, opentofu: false });
    expect(installed.terragrunt).toMatch(
      new RegExp(`^${root}/runner-temp/terragrunt-${TG}-\\w+/terragrunt$`),
    );
    expect(installed.tofu).toMatch(new RegExp(`^${root}/runner-temp/opentofu-${TOFU}-\\w+/tofu$`));
    expect(tempContents()).toEqual(INSTALLED);
    // The cache keeps the release assets as published, in the tool cache layout.
    expect(cacheEntries('terragrunt', TG)).toEqual(['x64', 'x64.complete']);
    expect(readdirSync(cacheDir('terragrunt', TG))).toEqual([TG_ASSET]);
    expect(readdirSync(cacheDir('opentofu', TOFU))).toEqual([TOFU_ASSET]);
    expect(statSync(installed.terragrunt).mode & 0o777).toBe(0o755);
    expect(statSync(installed.tofu).mode & 0o777).toBe(0o755);
    expect(run(installed.terragrunt)).toBe('terragrunt stand-in --version');
    expect(run(installed.tofu)).toBe('tofu stand-in --version');
    expect([...releases.requests].sort()).toEqual([
      `/opentofu/v${TOFU}/tofu_${TOFU}_SHA256SUMS`,
      `/opentofu/v${TOFU}/tofu_${TOFU}_SHA256SUMS.gpgsig`,
      `/opentofu/v${TOFU}/${TOFU_ASSET}`,
      `/terragrunt/v${TG}/SHA256SUMS`,
      `/terragrunt/v${TG}/SHA256SUMS.gpgsig`,
      `/terragrunt/v${TG}/${TG_ASSET}`,
    ]);
    expect(logs).toContain(
      `Terragrunt ${TG}: downloaded, SHA-256 matches ${releases.terragruntUrl}/v${TG}/SHA256SUMS (signed by ${releases.trust.keys.terragrunt.fingerprint}); installed at ${installed.terragrunt}.`,
    );
  });

  it('uses the tool cache the second time: only the signed checksums are downloaded', async () => {
    const releases = await serve();
    await installTools(settings(releases), deps());
    releases.requests.length = 0;

    const second = await installTools(settings(releases), deps());

    expect(second.cached).toEqual({ terragrunt: true, opentofu: true });
    expect(run(second.terragrunt)).toBe('terragrunt stand-in --version');
    expect(run(second.tofu)).toBe('tofu stand-in --version');
    expect([...releases.requests].sort()).toEqual([
      `/opentofu/v${TOFU}/tofu_${TOFU}_SHA256SUMS`,
      `/opentofu/v${TOFU}/tofu_${TOFU}_SHA256SUMS.gpgsig`,
      `/terragrunt/v${TG}/SHA256SUMS`,
      `/terragrunt/v${TG}/SHA256SUMS.gpgsig`,
    ]);
    expect(logs.at(-1)).toMatch(
      /: from the tool cache, SHA-256 matches .*\(signed by [0-9A-F]{40}\); installed at /,
    );
  });

  it('refuses a tampered Terragrunt binary and caches nothing for it', async () => {
    const releases = await serve({ tamper: 'terragrunt' });
    const error = await failure(installTools(settings(releases), deps()));

    expect(error.message).toMatch(
      new RegExp(
        `^Checksum mismatch for ${releases.terragruntUrl}/v${TG}/terragrunt_linux_amd64: SHA-256 [0-9a-f]{64}, but .*/SHA256SUMS \\(signed by [0-9A-F]{40}\\) lists [0-9a-f]{64} for terragrunt_linux_amd64\\. It was not installed\\.$`,
      ),
    );
    expect(error.hint).toContain('altered or corrupted');
    expect(cacheEntries('terragrunt', TG)).toEqual([]);
    expect(tempContents().filter((entry) => entry.startsWith('terragrunt'))).toEqual([]);
  });

  it('refuses a tampered OpenTofu archive and caches nothing for it', async () => {
    const releases = await serve({ tamper: 'opentofu' });
    const error = await failure(installTools(settings(releases), deps()));

    expect(error.message).toContain(
      `Checksum mismatch for ${releases.opentofuUrl}/v${TOFU}/tofu_${TOFU}_linux_amd64.tar.gz`,
    );
    expect(error.message).toContain(`for tofu_${TOFU}_linux_amd64.tar.gz`);
    expect(cacheEntries('opentofu', TOFU)).toEqual([]);
    expect(tempContents().filter((entry) => entry.startsWith('opentofu'))).toEqual([]);
  });

  it('refuses an asset its checksum file does not list, before downloading it', async () => {
    const releases = await serve({ omitChecksum: 'terragrunt' });
    const error = await failure(installTools(settings(releases), deps()));

    expect(error.message).toBe(
      `${releases.terragruntUrl}/v${TG}/SHA256SUMS lists no single SHA-256 checksum for terragrunt_linux_amd64.`,
    );
    expect(releases.requests).not.toContain(`/terragrunt/v${TG}/terragrunt_linux_amd64`);
    expect(cacheEntries('terragrunt', TG)).toEqual([]);
  });

  it('refuses an OpenTofu archive its checksum file does not list', async () => {
    const releases = await serve({ omitChecksum: 'opentofu' });
    const error = await failure(installTools(settings(releases), deps()));

    expect(error.message).toContain(
      `lists no single SHA-256 checksum for tofu_${TOFU}_linux_amd64.tar.gz`,
    );
    expect(cacheEntries('opentofu', TOFU)).toEqual([]);
  });

  it('names the URL and version when the version does not exist', async () => {
    const releases = await serve();
    const error = await failure(
      installTools(settings(releases, { terragruntVersion: '1.0.99' }), deps()),
    );

    expect(error.message).toBe(
      `Could not download Terragrunt 1.0.99: ${releases.terragruntUrl}/v1.0.99/SHA256SUMS answered 404 Not Found.`,
    );
    expect(error.hint).toBe(
      `Check that Terragrunt 1.0.99 exists (https://github.com/gruntwork-io/terragrunt/releases) and that terragrunt-download-url (${releases.terragruntUrl}) serves its release files as <url>/v<version>/<file>.`,
    );
    // A 404 is final: no retries.
    expect(releases.requests.filter((path) => path.includes('1.0.99'))).toHaveLength(1);
  });

  it('names the OpenTofu version and input when its release is missing', async () => {
    const releases = await serve();
    const error = await failure(
      installTools(settings(releases, { opentofuVersion: '1.10.0' }), deps()),
    );

    expect(error.message).toBe(
      `Could not download OpenTofu 1.10.0: ${releases.opentofuUrl}/v1.10.0/tofu_1.10.0_SHA256SUMS answered 404 Not Found.`,
    );
    expect(error.hint).toContain('opentofu-download-url');
  });

  it('retries transient server errors', async () => {
    const releases = await serve({ failFirst: 2 });
    const installed = await installTool(
      terragruntAsset(TG, releases.terragruntUrl, LINUX_X64),
      settings(releases),
      deps(),
    );

    expect(run(installed.path)).toBe('terragrunt stand-in --version');
    expect(releases.requests).toEqual([
      `/terragrunt/v${TG}/SHA256SUMS`,
      `/terragrunt/v${TG}/SHA256SUMS`,
      `/terragrunt/v${TG}/SHA256SUMS`,
      `/terragrunt/v${TG}/SHA256SUMS.gpgsig`,
      `/terragrunt/v${TG}/terragrunt_linux_amd64`,
    ]);
  });

  it('gives up after the retries, saying how often it tried', async () => {
    const releases = await serve({ failFirst: 10 });
    const error = await failure(
      installTool(
        terragruntAsset(TG, releases.terragruntUrl, LINUX_X64),
        settings(releases),
        deps(),
      ),
    );

    expect(error.message).toBe(
      `Could not download Terragrunt ${TG}: ${releases.terragruntUrl}/v${TG}/SHA256SUMS answered 503 Service Unavailable (after 3 attempts).`,
    );
    expect(releases.requests).toHaveLength(3);
  });

  it('explains an unreachable server', async () => {
    const releases = await serve();
    await releases.close();
    server = undefined;
    const error = await failure(installTools(settings(releases), deps()));

    expect(error.message).toMatch(
      /^Could not download (Terragrunt|OpenTofu) .*SHA256SUMS could not be reached \(after 3 attempts\): .*ECONNREFUSED/,
    );
    expect(error.hint).toContain('Check the download URL');
  });

  it('follows redirects to the storage host', async () => {
    const releases = await serve({ redirect: true });
    const installed = await installTools(settings(releases), deps());

    expect(run(installed.tofu)).toBe('tofu stand-in --version');
    expect(releases.requests).toContain(`/_objects/terragrunt/v${TG}/terragrunt_linux_amd64`);
  });

  it('downloads the assets named for the platform and caches them per arch', async () => {
    const releases = await serve();
    const installed = await installTools(
      settings(releases, { platform: 'darwin', arch: 'arm64' }),
      deps(),
    );

    expect(releases.requests).toContain(`/terragrunt/v${TG}/terragrunt_darwin_arm64`);
    expect(releases.requests).toContain(`/opentofu/v${TOFU}/tofu_${TOFU}_darwin_arm64.tar.gz`);
    expect(readdirSync(cacheDir('opentofu', TOFU, 'arm64'))).toEqual([
      `tofu_${TOFU}_darwin_arm64.tar.gz`,
    ]);
    expect(installed.tofu).toMatch(/\/tofu$/);
  });

  it('refuses an unsupported platform before downloading anything', async () => {
    const releases = await serve();
    const error = await failure(installTools(settings(releases, { arch: 'ia32' }), deps()));

    expect(error.message).toBe('Terragrunt and OpenTofu cannot be installed on linux/ia32.');
    expect(releases.requests).toEqual([]);
  });

  it('refuses a version that is not exact, before building any path from it', async () => {
    const releases = await serve();
    const error = await failure(
      installTools(settings(releases, { terragruntVersion: '../../1.0.2' }), deps()),
    );
    expect(error.message).toContain('is not an exact version');
    expect(releases.requests).toEqual([]);
  });
});

describe('the tool cache', () => {
  it('refuses a cached asset that changed since it was verified, and downloads it again', async () => {
    const releases = await serve();
    await installTools(settings(releases), deps());
    writeFileSync(join(cacheDir('terragrunt', TG), TG_ASSET), '#!/bin/sh\necho poisoned\n');
    releases.requests.length = 0;

    const second = await installTools(settings(releases), deps());

    expect(second.cached).toEqual({ terragrunt: false, opentofu: true });
    expect(run(second.terragrunt)).toBe('terragrunt stand-in --version');
    expect(releases.requests).toContain(`/terragrunt/v${TG}/${TG_ASSET}`);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      new RegExp(
        `^Not using the cached Terragrunt ${TG}: .*/${TG_ASSET} has SHA-256 [0-9a-f]{64}, not the verified [0-9a-f]{64}\\. Downloading it again\\.$`,
      ),
    );
    expect(cacheEntries('terragrunt', TG)).toEqual(['x64', 'x64.complete']);
    expect(readFileSync(join(cacheDir('terragrunt', TG), TG_ASSET))).toEqual(
      readFileSync(join(root, 'terragrunt-stand-in')),
    );
  });

  it('needs no network for a cache hit when the digests are pinned in the action', async () => {
    const releases = await serve({ pinDigests: true });
    const trust = releases.trust;
    await installTools(settings(releases), deps());
    await releases.close();
    server = undefined;

    const second = await installTools(settings(releases), deps({ trust }));

    expect(second.cached).toEqual({ terragrunt: true, opentofu: true });
    expect(run(second.tofu)).toBe('tofu stand-in --version');
    expect(logs.at(-1)).toContain("SHA-256 matches the action's pinned digests;");
  });

  it('downloads again, without a warning, over a cache in the older layout (binary and sidecar)', async () => {
    const releases = await serve();
    const folder = cacheDir('terragrunt', TG);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'terragrunt'), '#!/bin/sh\necho old layout\n');
    writeFileSync(join(folder, 'terragrunt.sha256'), `${'0'.repeat(64)}  terragrunt\n`);
    writeFileSync(`${folder}.complete`, '');

    const installed = await installTools(settings(releases), deps());

    expect(installed.cached.terragrunt).toBe(false);
    expect(run(installed.terragrunt)).toBe('terragrunt stand-in --version');
    expect(warnings).toEqual([]);
    expect(readdirSync(folder)).toEqual([TG_ASSET]);
  });

  it('treats a folder without its completion marker as absent', async () => {
    const releases = await serve();
    await installTools(settings(releases), deps());
    rmSync(`${cacheDir('terragrunt', TG)}.complete`);
    releases.requests.length = 0;

    const second = await installTools(settings(releases), deps());

    expect(second.cached.terragrunt).toBe(false);
    expect(releases.requests).toContain(`/terragrunt/v${TG}/${TG_ASSET}`);
    expect(warnings).toEqual([]);
    expect(cacheEntries('terragrunt', TG)).toEqual(['x64', 'x64.complete']);
  });
});

describe('release asset names', () => {
  it('matches the real Terragrunt release layout', () => {
    const asset = terragruntAsset('1.0.2', DEFAULT_TERRAGRUNT_BASE_URL, LINUX_X64);
    expect(asset.assetUrl).toBe(
      'https://github.com/gruntwork-io/terragrunt/releases/download/v1.0.2/terragrunt_linux_amd64',
    );
    expect(asset.checksumsUrl).toBe(
      'https://github.com/gruntwork-io/terragrunt/releases/download/v1.0.2/SHA256SUMS',
    );
    const windows = terragruntAsset(
      '1.0.2',
      DEFAULT_TERRAGRUNT_BASE_URL,
      releasePlatform('win32', 'x64'),
    );
    expect(windows.assetName).toBe('terragrunt_windows_amd64.exe');
    expect(windows.binaryName).toBe('terragrunt.exe');
  });

  it('matches the real OpenTofu release layout', () => {
    const asset = opentofuAsset(
      '1.11.5',
      DEFAULT_OPENTOFU_BASE_URL,
      releasePlatform('darwin', 'arm64'),
    );
    expect(asset.assetUrl).toBe(
      'https://github.com/opentofu/opentofu/releases/download/v1.11.5/tofu_1.11.5_darwin_arm64.tar.gz',
    );
    expect(asset.checksumsUrl).toBe(
      'https://github.com/opentofu/opentofu/releases/download/v1.11.5/tofu_1.11.5_SHA256SUMS',
    );
    expect(asset.binaryName).toBe('tofu');
    expect(opentofuAsset('1.11.5', 'https://m', releasePlatform('win32', 'arm64')).binaryName).toBe(
      'tofu.exe',
    );
  });
});

describe('parseDownloadBaseUrl', () => {
  const parse = (value: string) => parseDownloadBaseUrl('terragrunt-download-url', value);

  it('accepts https, and http on loopback only; drops trailing slashes', () => {
    expect(parse('https://ghes.example.com/mirror/terragrunt/')).toBe(
      'https://ghes.example.com/mirror/terragrunt',
    );
    expect(parse('http://127.0.0.1:8080/terragrunt')).toBe('http://127.0.0.1:8080/terragrunt');
    expect(parse('http://localhost:9/x//')).toBe('http://localhost:9/x');
  });

  it.each(['http://mirror.example/terragrunt', 'ftp://mirror.example/x', 'not a url', ''])(
    'refuses %j',
    (value) => {
      expect(() => parse(value)).toThrow(
        new InputError('terragrunt-download-url', `${JSON.stringify(value)} is not an https URL.`),
      );
    },
  );

  it('refuses credentials, queries and fragments without echoing them', () => {
    for (const value of [
      'https://user:s3cret@mirror.example/x',
      'https://mirror.example/x?token=s3cret',
      'https://mirror.example/x#s3cret',
    ]) {
      let message = '';
      try {
        parse(value);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toBe(
        "Input 'terragrunt-download-url': must not contain credentials, a query or a fragment.",
      );
    }
  });
});
