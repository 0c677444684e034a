import { gitToken, runGitHttpBackend } from '@infra-fleet/github-emulator';
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

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** The request, answered by `git http-backend` (the emulator's, which GitHub's URL also uses). */
async function answer(
  root: string,
  request: IncomingMessage,
  body: Buffer,
  response: ServerResponse,
) {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const out = await runGitHttpBackend({
    root,
    method: request.method ?? 'GET',
    path: decodeURIComponent(url.pathname),
    query: url.search.slice(1),
    headers: request.headers,
    body,
  });
  response.writeHead(out.status, out.headers);
  response.end(out.body);
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
    if (options.token && gitToken(request.headers) !== options.token) {
      response.writeHead(401, { 'www-authenticate': 'Basic realm="git"' }).end();
      return;
    }
    void (async () => {
      const body = await readBody(request);
      if (request.url?.endsWith('/git-receive-pack')) await barrier.pass();
      await answer(dirname(bareDir), request, body, response);
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
