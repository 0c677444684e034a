import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Drop the connection without answering (a network failure). */
  destroy?: boolean;
  /** Never answer; the connection stays open until the client gives up or the server closes. */
  hang?: boolean;
}

export type Script = (request: SeenRequest, index: number) => Reply;

/** A real HTTP server on 127.0.0.1 that answers each request as `script` says. */
export class ScriptServer {
  readonly requests: SeenRequest[] = [];
  url = '';
  /** Set when `holdUntil` requests were in flight together. */
  heldTogether = false;
  private readonly server: Server;
  private readonly held: Array<() => void> = [];

  /** With `holdUntil`, no request is answered before that many have arrived (30 s safety net). */
  constructor(
    public script: Script,
    private readonly holdUntil = 0,
  ) {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const seen = {
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          at: Date.now(),
        };
        this.requests.push(seen);
        this.hold(() => this.answer(seen, req, res));
      });
    });
  }

  private hold(answer: () => void): void {
    if (this.holdUntil === 0 || this.heldTogether) return answer();
    this.held.push(answer);
    const release = () => this.held.splice(0).forEach((next) => next());
    if (this.held.length === this.holdUntil) {
      this.heldTogether = true;
      release();
    } else if (this.held.length === 1) setTimeout(release, 30_000).unref();
  }

  private answer(seen: SeenRequest, req: IncomingMessage, res: ServerResponse): void {
    const reply = this.script(seen, this.requests.length - 1);
    if (reply.destroy) return void req.socket.destroy();
    if (reply.hang) return;
    const json = reply.body === undefined ? '' : JSON.stringify(reply.body);
    const type = json ? { 'content-type': 'application/json; charset=utf-8' } : {};
    res.writeHead(reply.status, { ...type, ...reply.headers });
    res.end(json);
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A log that keeps what it was told. */
export function memoryLog() {
  const lines = { warning: [] as string[], info: [] as string[], debug: [] as string[] };
  return {
    lines,
    warning: (message: string) => void lines.warning.push(message),
    info: (message: string) => void lines.info.push(message),
    debug: (message: string) => void lines.debug.push(message),
  };
}

export const ok = (body: unknown = {}, headers: Record<string, string> = {}): Reply => ({
  status: 200,
  body,
  headers,
});
