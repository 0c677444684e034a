import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTestSigningKey, testSigningKey, type TestSigningKey } from './release-signing.js';
import { TEST_TLS } from './tool-releases-tls.js';

export { createTestSigningKey, testSigningKey, type TestSigningKey } from './release-signing.js';
export { TEST_TLS } from './tool-releases-tls.js';

export type ReleasedTool = 'terragrunt' | 'opentofu';

export interface ToolReleaseFile {
  /** Version without `v`, e.g. 1.0.2. */
  version: string;
  /** The executable to publish (any small script will do). */
  file: string;
}

export interface ServeToolReleasesOptions {
  terragrunt: ToolReleaseFile;
  opentofu: ToolReleaseFile;
  /** Serve altered bytes for this tool's assets while its checksum file lists the originals. */
  tamper?: ReleasedTool;
  /** Leave this tool's assets out of its checksum file. */
  omitChecksum?: ReleasedTool;
  /** The first N requests answer 503 (transient failures). */
  failFirst?: number;
  /** Asset downloads answer 302 to another path, as github.com redirects to its storage. */
  redirect?: boolean;
  /** Asset downloads answer 302 to this absolute URL, made from the asset's path. */
  redirectTo?: (path: string) => string;
  /** Publish no signature (.gpgsig) of this tool's checksum file. */
  unsigned?: ReleasedTool;
  /** Sign this tool's checksum file with a key nobody trusts. */
  signedByOtherKey?: ReleasedTool;
  /**
   * Serve altered bytes for this tool's assets and a checksum file listing them, beside the
   * genuine release's signature: what a hostile mirror can do without the publisher's key.
   */
  forgeChecksums?: ReleasedTool;
  /** List the genuine assets' digests in `trust.digests`, as the action's pinned table would. */
  pinDigests?: boolean;
  /** Serve https with TEST_TLS (trust it with NODE_EXTRA_CA_CERTS=<caFile>). */
  tls?: boolean;
}

/** What the action verifies these releases with, in the shape of its TrustAnchors. */
export interface TestTrustAnchors {
  keys: Record<ReleasedTool, { fingerprint: string; armored: string }>;
  digests: Partial<Record<ReleasedTool, Record<string, Record<string, string>>>>;
}

export interface ToolReleaseServer {
  /** Pass as terragrunt-download-url: `http://127.0.0.1:<port>/terragrunt`. */
  terragruntUrl: string;
  /** Pass as opentofu-download-url: `http://127.0.0.1:<port>/opentofu`. */
  opentofuUrl: string;
  /** The path of every request received, in order. */
  requests: string[];
  /** The test keys that signed these releases (and pinned digests): installTools' `trust`. */
  trust: TestTrustAnchors;
  /**
   * A `node` that runs a bundle with `trust` preloaded in place of the publishers' keys
   * (runAction's `node` option): code inside the process, never an input or variable.
   */
  node: string;
  /** TEST_TLS's certificate as a file, for NODE_EXTRA_CA_CERTS. */
  caFile: string;
  close(): Promise<void>;
}

/** The test keys standing in for the publishers': Ed25519 like Terragrunt's, RSA like OpenTofu's. */
export function releaseSigningKey(tool: ReleasedTool): TestSigningKey {
  return testSigningKey(tool === 'terragrunt' ? 'ed25519' : 'rsa');
}

/** Symbol.for key the action reads preloaded trust anchors from (see its trust.ts). */
const TRUST_ANCHORS = 'infra-fleet.terragrunt-run.trust-anchors';

const OSES_ARCHES = ['linux_amd64', 'linux_arm64', 'darwin_amd64', 'darwin_arm64'];
const OBJECTS = '/_objects';

/**
 * Serves Terragrunt and OpenTofu release files on 127.0.0.1 the way their GitHub releases lay
 * them out: `/terragrunt/v<ver>/terragrunt_<os>_<arch>` + `SHA256SUMS` + `SHA256SUMS.gpgsig`,
 * and `/opentofu/v<ver>/tofu_<ver>_<os>_<arch>.tar.gz` (tofu, LICENSE, README.md, CHANGELOG.md)
 * + `tofu_<ver>_SHA256SUMS` + its `.gpgsig`. The signatures are made with test keys
 * (releaseSigningKey); run the action with `node` so it trusts them. Anything else answers 404.
 */
export async function serveToolReleases(
  options: ServeToolReleasesOptions,
): Promise<ToolReleaseServer> {
  const work = mkdtempSync(join(tmpdir(), 'tool-releases-'));
  const files = new Map<string, Buffer>();
  let trust: TestTrustAnchors;
  try {
    const digests = {
      terragrunt: addTerragrunt(files, options),
      opentofu: addOpentofu(files, options, work),
    };
    trust = trustAnchors(options, digests);
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
  const requests: string[] = [];
  let failuresLeft = options.failFirst ?? 0;
  const handler = (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    if (failuresLeft > 0) {
      failuresLeft -= 1;
      return send(response, 503, Buffer.from('try again\n'));
    }
    answer(request, response, path, files, options);
  };
  const server = options.tls
    ? createTlsServer({ cert: TEST_TLS.cert, key: TEST_TLS.key }, handler)
    : createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const scheme = options.tls ? 'https' : 'http';
  const base = `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    terragruntUrl: `${base}/terragrunt`,
    opentofuUrl: `${base}/opentofu`,
    requests,
    trust,
    node: trustingNode(work, trust),
    caFile: writeFile(join(work, 'ca.pem'), TEST_TLS.cert),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(work, { recursive: true, force: true });
    },
  };
}

function answer(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  files: Map<string, Buffer>,
  options: ServeToolReleasesOptions,
): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return send(response, 405, Buffer.from('method not allowed\n'));
  }
  const objectPath = path.startsWith(`${OBJECTS}/`) ? path.slice(OBJECTS.length) : undefined;
  const body = files.get(objectPath ?? path);
  if (!body) return send(response, 404, Buffer.from('Not Found\n'));
  const isAsset = objectPath === undefined && !path.includes('SHA256SUMS');
  const location = !isAsset
    ? undefined
    : options.redirectTo
      ? options.redirectTo(path)
      : options.redirect
        ? `${OBJECTS}${path}`
        : undefined;
  if (location) {
    response.writeHead(302, { location, 'content-length': 0 }).end();
    return;
  }
  send(response, 200, request.method === 'HEAD' ? Buffer.alloc(0) : body);
}

function trustAnchors(
  options: ServeToolReleasesOptions,
  digests: Record<ReleasedTool, Record<string, string>>,
): TestTrustAnchors {
  const key = (tool: ReleasedTool) => {
    const { fingerprint, armored } = releaseSigningKey(tool);
    return { fingerprint, armored };
  };
  return {
    keys: { terragrunt: key('terragrunt'), opentofu: key('opentofu') },
    digests: options.pinDigests
      ? {
          terragrunt: { [options.terragrunt.version]: digests.terragrunt },
          opentofu: { [options.opentofu.version]: digests.opentofu },
        }
      : {},
  };
}

/** `<work>/node`: this Node with the trust anchors preloaded (`--import`), then the bundle. */
function trustingNode(work: string, trust: TestTrustAnchors): string {
  const preload = writeFile(
    join(work, 'trust-anchors.mjs'),
    `globalThis[Symbol.for(${JSON.stringify(TRUST_ANCHORS)})] = ${JSON.stringify(trust)};\n`,
  );
  const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;
  // bash, not sh: dash drops variables whose names are not identifiers (INPUT_WORKING-DIRECTORY).
  const script = `#!/usr/bin/env bash\nexec ${quote(process.execPath)} --import ${quote(pathToFileURL(preload).href)} "$@"\n`;
  const node = writeFile(join(work, 'node'), script);
  chmodSync(node, 0o755);
  return node;
}

function writeFile(path: string, content: string): string {
  writeFileSync(path, content);
  return path;
}

function addSignature(
  files: Map<string, Buffer>,
  path: string,
  signed: Buffer,
  tool: ReleasedTool,
  options: ServeToolReleasesOptions,
): void {
  if (options.unsigned === tool) return;
  const key =
    options.signedByOtherKey === tool
      ? createTestSigningKey(tool === 'terragrunt' ? 'ed25519' : 'rsa')
      : releaseSigningKey(tool);
  files.set(`${path}.gpgsig`, key.sign(signed));
}

function send(response: ServerResponse, status: number, body: Buffer): void {
  response.writeHead(status, {
    'content-type': 'application/octet-stream',
    'content-length': body.length,
  });
  response.end(body);
}

/** Adds Terragrunt's release files; returns the genuine digest of each asset name. */
function addTerragrunt(
  files: Map<string, Buffer>,
  options: ServeToolReleasesOptions,
): Record<string, string> {
  const { version, file } = options.terragrunt;
  const original = readFileSync(file);
  const forged = options.forgeChecksums === 'terragrunt';
  const served = options.tamper === 'terragrunt' || forged ? tampered(original) : original;
  const names = [...OSES_ARCHES.map((p) => `terragrunt_${p}`), 'terragrunt_windows_amd64.exe'];
  for (const name of names) files.set(`/terragrunt/v${version}/${name}`, served);
  const listed = options.omitChecksum === 'terragrunt' ? [] : names;
  const sums = checksumFile(listed, original);
  const sumsPath = `/terragrunt/v${version}/SHA256SUMS`;
  files.set(sumsPath, forged ? checksumFile(listed, served) : sums);
  addSignature(files, sumsPath, sums, 'terragrunt', options);
  return Object.fromEntries(names.map((name) => [name, sha256(original)]));
}

/** Adds OpenTofu's release files; returns the genuine digest of each asset name. */
function addOpentofu(
  files: Map<string, Buffer>,
  options: ServeToolReleasesOptions,
  work: string,
): Record<string, string> {
  const { version, file } = options.opentofu;
  const original = tofuArchive(readFileSync(file), join(work, 'original'));
  const forged = options.forgeChecksums === 'opentofu';
  const served =
    options.tamper === 'opentofu' || forged
      ? tofuArchive(tampered(readFileSync(file)), join(work, 'tampered'))
      : original;
  const names = OSES_ARCHES.map((p) => `tofu_${version}_${p}.tar.gz`);
  for (const name of names) files.set(`/opentofu/v${version}/${name}`, served);
  const listed = options.omitChecksum === 'opentofu' ? [] : names;
  // A real list always has other lines too; keep one so an omitted asset is not an empty file.
  const other = checksumFile([`tofu_${version}_linux_amd64.zip`], Buffer.from('zip'));
  const sums = Buffer.concat([checksumFile(listed, original), other]);
  const sumsPath = `/opentofu/v${version}/tofu_${version}_SHA256SUMS`;
  files.set(sumsPath, forged ? Buffer.concat([checksumFile(listed, served), other]) : sums);
  addSignature(files, sumsPath, sums, 'opentofu', options);
  return Object.fromEntries(names.map((name) => [name, sha256(original)]));
}

/** A tar.gz laid out like OpenTofu's: the binary `tofu` (0755) beside LICENSE and READMEs. */
function tofuArchive(binary: Buffer, folder: string): Buffer {
  const content = join(folder, 'content');
  mkdirSync(content, { recursive: true });
  writeFileSync(join(content, 'tofu'), binary);
  chmodSync(join(content, 'tofu'), 0o755);
  writeFileSync(join(content, 'LICENSE'), 'Mozilla Public License Version 2.0 (test copy)\n');
  writeFileSync(join(content, 'README.md'), '# OpenTofu (test stand-in)\n');
  writeFileSync(join(content, 'CHANGELOG.md'), '# Changelog\n');
  const archive = join(folder, 'tofu.tar.gz');
  const members = ['tofu', 'LICENSE', 'README.md', 'CHANGELOG.md'];
  const result = spawnSync('tar', ['-czf', archive, '-C', content, '--', ...members], {
    encoding: 'utf8',
  });
  if (result.error || result.status !== 0) {
    throw new Error(`tar could not build ${archive}: ${result.error?.message ?? result.stderr}`);
  }
  return readFileSync(archive);
}

/** sha256sum's format: `<hex>  <name>`, one line per file. */
function checksumFile(names: string[], content: Buffer): Buffer {
  const digest = sha256(content);
  return Buffer.from(names.map((name) => `${digest}  ${name}\n`).join(''));
}

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

function tampered(bytes: Buffer): Buffer {
  return Buffer.concat([bytes, Buffer.from('\n// altered after release\n')]);
}
