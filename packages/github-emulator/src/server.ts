import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname } from 'node:path';
import { allows } from './auth.js';
import { gitService, gitToken, runGitHttpBackend } from './git-http-backend.js';
import { Dispatcher, errorResponse, type ApiResponse } from './http.js';
import { ROUTE_MODULES } from './routes/index.js';
import type { EmulatorState } from './state.js';
import type { Route } from './types.js';

export interface EmulatorServer {
  url: string;
  server: Server;
  routes: Route[];
  close(): Promise<void>;
}

/** Every route of every module, E1's and E2's, built for this state. */
export function buildRoutes(state: EmulatorState): Route[] {
  return ROUTE_MODULES.flatMap((module) => module(state));
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** `/<owner>/<repo>.git/...`: the repository's git URL (GitHub's server URL, not its API). */
function gitPath(state: EmulatorState, url: URL): string | undefined {
  const prefix = `/${state.owner}/${state.repo}.git/`.toLowerCase();
  const path = decodeURIComponent(url.pathname);
  if (!path.toLowerCase().startsWith(prefix)) return undefined;
  return `/${basename(state.git.dir)}/${path.slice(prefix.length)}`;
}

/** Clone, fetch and push over smart HTTP with a token: contents read to fetch, write to push. */
async function serveGit(state: EmulatorState, request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const path = gitPath(state, url) as string;
  const service = gitService(path, url.search.slice(1));
  const token = gitToken(request.headers);
  const grant = token === undefined ? undefined : state.grant(token);
  const level = service === 'receive' ? 'write' : 'read';
  if (!service) return void response.writeHead(404).end('Not a git smart-HTTP request\n');
  if (!grant) {
    response.writeHead(401, { 'www-authenticate': 'Basic realm="GitHub"' });
    return void response.end('Authentication required: use a token as the password\n');
  }
  if (!allows(grant, { scope: 'contents', level })) {
    return void response.writeHead(403).end(`The token needs contents: ${level}\n`);
  }
  const body = await readBody(request);
  const root = dirname(state.git.dir);
  const method = request.method ?? 'GET';
  const answer = await runGitHttpBackend({
    root,
    method,
    path,
    query: url.search.slice(1),
    headers: request.headers,
    body,
  });
  response.writeHead(answer.status, answer.headers);
  response.end(answer.body);
}

async function respond(dispatcher: Dispatcher, request: IncomingMessage, response: ServerResponse) {
  let out: ApiResponse;
  try {
    const body = await readBody(request);
    out = await dispatcher.handle({
      method: request.method ?? 'GET',
      url: request.url ?? '/',
      headers: request.headers,
      body,
    });
  } catch (error) {
    const fallback = errorResponse(error);
    out = {
      status: fallback.status,
      headers: {},
      body: Buffer.from(JSON.stringify(fallback.body)),
    };
  }
  if (out.lost === 'drop-after-apply') {
    response.socket?.destroy();
    return;
  }
  // Left open: the client's timeout, or closing the emulator, ends it.
  if (out.lost === 'hang' || out.lost === 'hang-after-apply') return;
  const body = out.lost && out.body ? out.body.subarray(0, out.body.length >> 1) : out.body;
  response.writeHead(out.status, out.headers);
  response.end(body);
}

/** Listens on 127.0.0.1 only; port 0 picks a free port. */
export async function startServer(state: EmulatorState, port = 0): Promise<EmulatorServer> {
  const routes = buildRoutes(state);
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dispatcher = new Dispatcher(state, routes, url);
  server.on('request', (request, response) => {
    const isGit = gitPath(state, new URL(request.url ?? '/', url)) !== undefined;
    const handled = isGit
      ? serveGit(state, request, response)
      : respond(dispatcher, request, response);
    void handled.catch(() => response.writeHead(500).end());
  });
  return { url, server, routes, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
