import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
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
  server.on('request', (request, response) => void respond(dispatcher, request, response));
  return { url, server, routes, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
