import { spawn } from 'node:child_process';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Git's smart HTTP protocol through `git http-backend` (CGI), as GitHub serves
 * https://github.com/<owner>/<repo>.git. Server-side git runs with an environment of its own,
 * never the client's.
 */

export interface GitHttpRequest {
  /** Folder holding the bare repository. */
  root: string;
  method: string;
  /** Path below root (e.g. /infra-fleet.git/info/refs) and query. */
  path: string;
  query: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface GitHttpResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** The git service a request asks for, or undefined when it is not a smart-HTTP request. */
export function gitService(path: string, query: string): 'upload' | 'receive' | undefined {
  const service = new URLSearchParams(query).get('service');
  if (path.endsWith('/info/refs')) {
    if (service === 'git-upload-pack') return 'upload';
    if (service === 'git-receive-pack') return 'receive';
    return undefined;
  }
  if (path.endsWith('/git-upload-pack')) return 'upload';
  if (path.endsWith('/git-receive-pack')) return 'receive';
  return undefined;
}

function parseCgi(output: Buffer): GitHttpResponse {
  const end = output.indexOf('\r\n\r\n');
  const headers: Record<string, string> = {};
  let status = 200;
  for (const line of output.subarray(0, Math.max(end, 0)).toString().split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'status') status = Number(value.split(' ')[0]);
    else headers[name.toLowerCase()] = value;
  }
  return { status, headers, body: end < 0 ? Buffer.alloc(0) : output.subarray(end + 4) };
}

export function runGitHttpBackend(request: GitHttpRequest): Promise<GitHttpResponse> {
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    GIT_PROJECT_ROOT: request.root,
    GIT_HTTP_EXPORT_ALL: '1',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'http.receivepack',
    GIT_CONFIG_VALUE_0: 'true',
    PATH_INFO: request.path,
    QUERY_STRING: request.query,
    REQUEST_METHOD: request.method,
    CONTENT_TYPE: String(request.headers['content-type'] ?? ''),
    CONTENT_LENGTH: String(request.body.length),
    HTTP_CONTENT_ENCODING: String(request.headers['content-encoding'] ?? ''),
    GIT_PROTOCOL: String(request.headers['git-protocol'] ?? ''),
    REMOTE_USER: 'git',
    REMOTE_ADDR: '127.0.0.1',
  };
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', () => resolve(parseCgi(Buffer.concat(chunks))));
    // A backend that answers before reading its (empty) body raises EPIPE; its output stands.
    child.stdin.on('error', () => undefined);
    child.stdin.end(request.body);
  });
}

/** The token of a git client: the password of basic auth (x-access-token:<token>), or a bearer. */
export function gitToken(headers: IncomingHttpHeaders): string | undefined {
  const [scheme, value] = String(headers.authorization ?? '').split(' ');
  if (!value) return undefined;
  if (/^(bearer|token)$/i.test(scheme ?? '')) return value;
  if (!/^basic$/i.test(scheme ?? '')) return undefined;
  const decoded = Buffer.from(value, 'base64').toString();
  return decoded.slice(decoded.indexOf(':') + 1) || undefined;
}
