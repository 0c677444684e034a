import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname } from 'node:path';

/**
 * A real smart-HTTP git server (`git http-backend` behind node:http on 127.0.0.1) for a bare
 * repository. Server-side git runs with the server's environment, as on a real host, never with
 * the client's; a barrier can hold pushes until several writers have sent theirs.
 */

export interface GitHttpOptions {
  /** Pushes (git-receive-pack) are held until this many have arrived, once. */
  pushBarrier?: number;
  /** When set, requests must carry this token (extraheader or basic auth password). */
  token?: string;
}

export interface GitHttpRequest {
  method: string;
  path: string;
  authorization: string | undefined;
}

export interface GitHttpServer {
  /** Clone/push URL of the repository, e.g. http://127.0.0.1:PORT/origin.git */
  url: string;
  requests: GitHttpRequest[];
  /** Pushes that were held at the barrier and released together. */
  barrierReleased(): number;
  close(): Promise<void>;
}

function tokenOf(authorization: string | undefined): string | undefined {
  const [scheme, value] = (authorization ?? '').split(' ');
  if (!value) return undefined;
  if (scheme?.toLowerCase() === 'bearer') return value;
  if (scheme?.toLowerCase() !== 'basic') return undefined;
  const decoded = Buffer.from(value, 'base64').toString();
  return decoded.slice(decoded.indexOf(':') + 1);
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** Splits CGI output into its header block and the body that follows. */
function writeCgiResponse(output: Buffer, response: ServerResponse): void {
  const end = output.indexOf('\r\n\r\n');
  const head = output.subarray(0, end).toString().split('\r\n');
  let status = 200;
  for (const line of head) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'status') status = Number(value.split(' ')[0]);
    else response.setHeader(name, value);
  }
  response.writeHead(status);
  response.end(output.subarray(end + 4));
}

function runBackend(root: string, request: IncomingMessage, body: Buffer): Promise<Buffer> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    GIT_PROJECT_ROOT: root,
    GIT_HTTP_EXPORT_ALL: '1',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'http.receivepack',
    GIT_CONFIG_VALUE_0: 'true',
    PATH_INFO: decodeURIComponent(url.pathname),
    QUERY_STRING: url.search.slice(1),
    REQUEST_METHOD: request.method ?? 'GET',
    CONTENT_TYPE: request.headers['content-type'] ?? '',
    CONTENT_LENGTH: String(body.length),
    HTTP_CONTENT_ENCODING: request.headers['content-encoding'] ?? '',
    GIT_PROTOCOL: String(request.headers['git-protocol'] ?? ''),
    REMOTE_USER: 'test-writer',
    REMOTE_ADDR: '127.0.0.1',
  };
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', () => resolve(Buffer.concat(chunks)));
    // A backend that answers before reading its (empty) body raises EPIPE; its output stands.
    child.stdin.on('error', () => undefined);
    child.stdin.end(body);
  });
}

function pushBarrier(count: number | undefined) {
  let waiting = 0;
  let released = 0;
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  if (!count) open();
  return {
    async pass(): Promise<void> {
      if (!count || waiting === count) return;
      waiting += 1;
      if (waiting === count) {
        released = count;
        open();
      }
      await opened;
    },
    released: () => released,
  };
}

/** Serves `bareDir` over smart HTTP; its URL ends with the folder's name. */
export async function serveGitOverHttp(
  bareDir: string,
  options: GitHttpOptions = {},
): Promise<GitHttpServer> {
  const requests: GitHttpRequest[] = [];
  const barrier = pushBarrier(options.pushBarrier);
  const server = createServer((request, response) => {
    const authorization = request.headers.authorization;
    requests.push({ method: request.method ?? '', path: request.url ?? '', authorization });
    if (options.token && tokenOf(authorization) !== options.token) {
      response.writeHead(401, { 'www-authenticate': 'Basic realm="git"' }).end();
      return;
    }
    void (async () => {
      const body = await readBody(request);
      if (request.url?.endsWith('/git-receive-pack')) await barrier.pass();
      writeCgiResponse(await runBackend(dirname(bareDir), request, body), response);
    })().catch((error: Error) => response.writeHead(500).end(error.message));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/${basename(bareDir)}`,
    requests,
    barrierReleased: barrier.released,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
