import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
}

export interface ToolReleaseServer {
  /** Pass as terragrunt-download-url: `http://127.0.0.1:<port>/terragrunt`. */
  terragruntUrl: string;
  /** Pass as opentofu-download-url: `http://127.0.0.1:<port>/opentofu`. */
  opentofuUrl: string;
  /** The path of every request received, in order. */
  requests: string[];
  close(): Promise<void>;
}

const OSES_ARCHES = ['linux_amd64', 'linux_arm64', 'darwin_amd64', 'darwin_arm64'];
const OBJECTS = '/_objects';

/**
 * Serves Terragrunt and OpenTofu release files on 127.0.0.1 the way their GitHub releases lay
 * them out: `/terragrunt/v<ver>/terragrunt_<os>_<arch>` + `SHA256SUMS`, and
 * `/opentofu/v<ver>/tofu_<ver>_<os>_<arch>.tar.gz` (tofu, LICENSE, README.md, CHANGELOG.md) +
 * `tofu_<ver>_SHA256SUMS`. Anything else answers 404.
 */
export async function serveToolReleases(
  options: ServeToolReleasesOptions,
): Promise<ToolReleaseServer> {
  const work = mkdtempSync(join(tmpdir(), 'tool-releases-'));
  const files = new Map<string, Buffer>();
  try {
    addTerragrunt(files, options);
    addOpentofu(files, options, work);
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
  const requests: string[] = [];
  let failuresLeft = options.failFirst ?? 0;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    if (failuresLeft > 0) {
      failuresLeft -= 1;
      return send(response, 503, Buffer.from('try again\n'));
    }
    answer(request, response, path, files, options.redirect === true);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    terragruntUrl: `${base}/terragrunt`,
    opentofuUrl: `${base}/opentofu`,
    requests,
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
  redirect: boolean,
): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return send(response, 405, Buffer.from('method not allowed\n'));
  }
  const objectPath = path.startsWith(`${OBJECTS}/`) ? path.slice(OBJECTS.length) : undefined;
  const body = files.get(objectPath ?? path);
  if (!body) return send(response, 404, Buffer.from('Not Found\n'));
  if (redirect && objectPath === undefined && !path.includes('SHA256SUMS')) {
    response.writeHead(302, { location: `${OBJECTS}${path}`, 'content-length': 0 }).end();
    return;
  }
  send(response, 200, request.method === 'HEAD' ? Buffer.alloc(0) : body);
}

function send(response: ServerResponse, status: number, body: Buffer): void {
  response.writeHead(status, {
    'content-type': 'application/octet-stream',
    'content-length': body.length,
  });
  response.end(body);
}

function addTerragrunt(files: Map<string, Buffer>, options: ServeToolReleasesOptions): void {
  const { version, file } = options.terragrunt;
  const original = readFileSync(file);
  const served = options.tamper === 'terragrunt' ? tampered(original) : original;
  const names = [...OSES_ARCHES.map((p) => `terragrunt_${p}`), 'terragrunt_windows_amd64.exe'];
  for (const name of names) files.set(`/terragrunt/v${version}/${name}`, served);
  const listed = options.omitChecksum === 'terragrunt' ? [] : names;
  files.set(`/terragrunt/v${version}/SHA256SUMS`, checksumFile(listed, original));
}

function addOpentofu(
  files: Map<string, Buffer>,
  options: ServeToolReleasesOptions,
  work: string,
): void {
  const { version, file } = options.opentofu;
  const original = tofuArchive(readFileSync(file), join(work, 'original'));
  const served =
    options.tamper === 'opentofu'
      ? tofuArchive(tampered(readFileSync(file)), join(work, 'tampered'))
      : original;
  const names = OSES_ARCHES.map((p) => `tofu_${version}_${p}.tar.gz`);
  for (const name of names) files.set(`/opentofu/v${version}/${name}`, served);
  const listed = options.omitChecksum === 'opentofu' ? [] : names;
  // A real list always has other lines too; keep one so an omitted asset is not an empty file.
  files.set(
    `/opentofu/v${version}/tofu_${version}_SHA256SUMS`,
    Buffer.concat([
      checksumFile(listed, original),
      checksumFile([`tofu_${version}_linux_amd64.zip`], Buffer.from('zip')),
    ]),
  );
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
  const digest = createHash('sha256').update(content).digest('hex');
  return Buffer.from(names.map((name) => `${digest}  ${name}\n`).join(''));
}

function tampered(bytes: Buffer): Buffer {
  return Buffer.concat([bytes, Buffer.from('\n// altered after release\n')]);
}
