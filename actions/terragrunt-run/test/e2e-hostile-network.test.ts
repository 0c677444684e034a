import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  runAction,
  serveToolReleases,
  writeStandInCopy,
  writeStandInUnit,
  type ServeToolReleasesOptions,
  type ToolReleaseServer,
} from '@infra-fleet/testkit';
import {
  DEFAULT_OPENTOFU_VERSION as TOFU,
  DEFAULT_TERRAGRUNT_VERSION as TG,
} from '../src/versions.js';
import { ACTION_DIR, ENV_DIR } from './helpers.js';

// The network is hostile: mirrors, redirects and everything served beside a binary.
const servers: ToolReleaseServer[] = [];
const folders: string[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const path = mkdtempSync(join(tmpdir(), 'tg-network-'));
  folders.push(path);
  return path;
}

async function serve(options: Partial<ServeToolReleasesOptions> = {}): Promise<ToolReleaseServer> {
  const bin = folder();
  const server = await serveToolReleases({
    terragrunt: { version: TG, file: writeStandInCopy('terragrunt', TG, bin) },
    opentofu: { version: TOFU, file: writeStandInCopy('tofu', TOFU, bin) },
    ...options,
  });
  servers.push(server);
  return server;
}

/** A plan of one stand-in unit with tools from `mirror`, trusting the test keys of `keys`. */
async function plan(mirror: ToolReleaseServer, keys: ToolReleaseServer = mirror) {
  const root = folder();
  const workspace = join(root, 'workspace');
  writeStandInUnit(join(workspace, ENV_DIR, 'vpc'), {});
  const toolCache = join(root, 'tool-cache');
  mkdirSync(toolCache);
  const run = await runAction({
    actionDir: ACTION_DIR,
    workspace,
    node: keys.node,
    inputs: {
      command: 'plan',
      'working-directory': ENV_DIR,
      'terragrunt-download-url': mirror.terragruntUrl,
      'opentofu-download-url': mirror.opentofuUrl,
    },
    env: { RUNNER_TOOL_CACHE: toolCache, NODE_EXTRA_CA_CERTS: keys.caFile },
  });
  const cached = (tool: string) =>
    existsSync(join(toolCache, tool)) ? readdirSync(join(toolCache, tool)) : [];
  return { ...run, cached };
}

describe('redirects are checked on every hop', () => {
  it('refuses an https mirror that redirects to plain http, even to genuine files', async () => {
    const plain = await serve();
    const mirror = await serve({
      tls: true,
      redirectTo: (path) => `${new URL(plain.terragruntUrl).origin}${path}`,
    });
    const run = await plan(mirror);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Could not download (Terragrunt|OpenTofu) .*: https:\/\/127\.0\.0\.1:\d+\/\S+ redirected from https down to plain http \(http:\/\/127\.0\.0\.1:\d+\); it was not followed\./,
    );
    expect(plain.requests).toEqual([]);
    expect([...run.cached('terragrunt'), ...run.cached('opentofu')]).toEqual([]);
  });

  it('refuses the trojan with a matching SHA256SUMS behind an https -> http redirect', async () => {
    const plain = await serve({ forgeChecksums: 'terragrunt' });
    const mirror = await serve({
      tls: true,
      forgeChecksums: 'terragrunt',
      redirectTo: (path) => `${new URL(plain.terragruntUrl).origin}${path}`,
    });
    const run = await plan(mirror);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error::');
    expect(plain.requests.filter((path) => path.startsWith('/terragrunt'))).toEqual([]);
    expect(run.cached('terragrunt')).toEqual([]);
  });

  it('refuses a loopback http mirror that redirects to another host, without connecting', async () => {
    const mirror = await serve({ redirectTo: (path) => `http://mirror.invalid${path}` });
    const run = await plan(mirror);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Could not download (Terragrunt|OpenTofu) .* redirected to plain http on another host \(http:\/\/mirror\.invalid\); it was not followed\./,
    );
  });

  it('follows a loopback mirror to its loopback storage', async () => {
    const mirror = await serve({ redirect: true });
    const run = await plan(mirror);
    expect(run.exitCode).toBe(0);
    expect(mirror.requests).toContain(`/_objects/terragrunt/v${TG}/terragrunt_linux_amd64`);
  });
});

describe('what the publisher signed, not a list from the same host', () => {
  it.each([
    [
      'unsigned',
      'terragrunt',
      { unsigned: 'terragrunt' },
      /SHA256SUMS\.gpgsig answered 404 Not Found/,
    ],
    [
      'signed by another key',
      'opentofu',
      { signedByOtherKey: 'opentofu' },
      /is not a valid signature of .*tofu_[\d.]+_SHA256SUMS by OpenTofu's release key [0-9A-F]{40}: a signature names the key/,
    ],
    [
      'serving a trojan with a matching checksum file',
      'terragrunt',
      { forgeChecksums: 'terragrunt' },
      /is not a valid signature of .*\/SHA256SUMS by Terragrunt's release key [0-9A-F]{40}: the signature does not match the file and the key/,
    ],
  ] as const)('refuses a release %s, installing nothing', async (_, tool, options, message) => {
    const run = await plan(await serve(options));
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(message);
    expect(run.stdout).not.toMatch(/Running terragrunt/);
    expect(run.cached(tool)).toEqual([]);
  });

  it('says how to get a signed release when the signature is missing', async () => {
    const run = await plan(await serve({ unsigned: 'opentofu' }));
    expect(run.stdout).toContain(
      'OpenTofu signs its releases from 1.6.0 on, and an unsigned release is installed only when its SHA-256 is pinned in the action.',
    );
  });

  it('installs a release whose digests are pinned in the action without any checksum file or signature', async () => {
    const mirror = await serve({ unsigned: 'terragrunt', pinDigests: true });
    const run = await plan(mirror);
    expect(run.exitCode).toBe(0);
    expect(mirror.requests.filter((path) => path.includes('SHA256SUMS'))).toEqual([]);
    expect(run.stdout).toContain(
      `Terragrunt ${TG}: downloaded, SHA-256 matches the action's pinned digests;`,
    );
  });

  it("never lets a workflow swap the key: the publishers' keys refuse test-signed releases", async () => {
    const mirror = await serve();
    const root = folder();
    writeStandInUnit(join(root, 'workspace', ENV_DIR, 'vpc'), {});
    const run = await runAction({
      actionDir: ACTION_DIR,
      workspace: join(root, 'workspace'),
      inputs: {
        command: 'plan',
        'working-directory': ENV_DIR,
        'terragrunt-download-url': mirror.terragruntUrl,
        'opentofu-download-url': mirror.opentofuUrl,
      },
      env: { RUNNER_TOOL_CACHE: join(root, 'tool-cache') },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /release key (68C80F86DF98E710C0F22E2E577774ACA847CC49|E3E6E43D84CB852EADB0051D0C0AF313E5FD9F80)/,
    );
    expect(run.stdout).not.toContain('preloaded');
  });
});
