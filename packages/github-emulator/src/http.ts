import { createHash } from 'node:crypto';
import { STATUS_CODES, type IncomingHttpHeaders } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  allows,
  badCredentials,
  notAccessible,
  requireAdminToken,
  requiresAuthentication,
  tokenFrom,
} from './auth.js';
import { HttpError, notFound } from './errors.js';
import { afterApply, type Fault, type LostAnswer } from './faults.js';
import { paginate } from './pagination.js';
import {
  primaryLimitError,
  rateLimitHeaders,
  secondaryLimitError,
  type RateBucket,
} from './rate-limit.js';
import { Router, type RouteMatch } from './router.js';
import type { EmulatorState } from './state.js';
import type { Account, RequestContext, Route, RouteResponse, TokenGrant } from './types.js';

export type * from './types.js';
export { PERMISSION_SCOPES } from './types.js';
export { HttpError, notFound, requireFields, validationFailed } from './errors.js';
export { paginate, pageParams } from './pagination.js';
export { EmulatorState, nodeId, timestamp } from './state.js';

export interface ApiRequest {
  method: string;
  /** Path and query, as received. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body?: Buffer;
  /** The answer is to be lost this way (a lost-answer fault): after applying, or `hang` before. */
  lost?: LostAnswer;
}

interface Outcome {
  response: RouteResponse;
  counted: boolean;
  rateLimited: boolean;
  lost?: LostAnswer;
}

interface Caller {
  grant: TokenGrant;
  account: Account;
}

/** The request pipeline: route, auth, faults, rate limits, permissions, handler, pagination, ETag, log. */
export class Dispatcher {
  private readonly router: Router;
  private requestSeq = 0;

  constructor(
    private readonly state: EmulatorState,
    routes: readonly Route[],
    readonly apiUrl: string,
  ) {
    this.router = new Router(routes);
  }

  async handle(request: ApiRequest): Promise<ApiResponse> {
    const url = new URL(request.url, this.apiUrl);
    const method = request.method.toUpperCase();
    const match = this.router.match(method, url.pathname);
    if (match?.route.control || url.pathname.startsWith('/_emulator/')) {
      const response = await this.guard(async () => {
        requireAdminToken(request.headers, (token) => this.state.isAdminToken(token));
        return this.run(match, request, url, this.adminCaller());
      });
      return this.serialize(response, request);
    }
    return this.api(method, match, request, url);
  }

  private async api(method: string, match: RouteMatch | undefined, request: ApiRequest, url: URL) {
    const caller = this.caller(request.headers);
    const outcome = caller
      ? await this.authorized(method, match, request, url, caller)
      : anonymousOutcome(request.headers);
    const out = this.serialize(outcome.response, request);
    if (outcome.lost) out.lost = outcome.lost;
    const counted = outcome.counted && out.status !== 304;
    const login = caller?.account.login ?? null;
    if (login !== null && counted) this.state.limits.consume(login);
    const limits = this.state.limits;
    out.headers = {
      ...rateLimitHeaders(login ? limits.bucket(login) : limits.anonymous()),
      ...out.headers,
    };
    const operationId = match?.route.operationId ?? '';
    const entry = { method, path: url.pathname, query: url.search, status: out.status, counted };
    const time = this.state.now().toISOString();
    this.state.log.record({ ...entry, time, login, operationId }, outcome.rateLimited);
    return out;
  }

  private caller(headers: IncomingHttpHeaders): Caller | undefined {
    const token = tokenFrom(headers);
    const grant = token === undefined ? undefined : this.state.grant(token);
    const account = grant && this.state.findAccount(grant.login);
    return grant && account ? { grant, account } : undefined;
  }

  private adminCaller(): Caller {
    const account = this.state.adminAccount();
    return { account, grant: { token: '', login: account.login, permissions: {} } };
  }

  private async authorized(
    method: string,
    match: RouteMatch | undefined,
    request: ApiRequest,
    url: URL,
    caller: Caller,
  ): Promise<Outcome> {
    // Faults and barriers match the decoded path: heads%2Fmain is heads/main to a test author.
    const path = decodedPath(url);
    if (match) await this.state.faults.pass(method, path);
    const fault = match ? this.state.faults.take(method, path) : undefined;
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (fault?.kind === 'hang') {
      const response = { status: 504, body: { message: 'Never answered (hang fault)' } };
      return { response, counted: false, rateLimited: false, lost: 'hang' };
    }
    if (fault?.status !== undefined) return this.faultOutcome(fault, caller);
    const login = caller.account.login;
    if (!match?.route.uncounted && this.state.limits.exhausted(login)) {
      const error = primaryLimitError(
        caller.account,
        !!caller.grant.installation,
        this.state.limits.bucket(login),
      );
      return { response: errorResponse(error), counted: false, rateLimited: true };
    }
    const response = await this.guard(() => this.run(match, request, url, caller));
    const lost = afterApply(fault);
    return {
      response,
      counted: !match?.route.uncounted,
      rateLimited: false,
      ...(lost && { lost }),
    };
  }

  private faultOutcome(fault: Fault, caller: Caller): Outcome {
    const status = fault.status ?? 500;
    if (fault.kind === 'primary') {
      const bucket = this.state.limits.bucket(caller.account.login);
      const resetAt = Math.floor(this.state.now().getTime() / 1000) + (fault.resetSeconds ?? 60);
      const error = primaryLimitError(
        caller.account,
        !!caller.grant.installation,
        { ...bucket, resetAt },
        status,
      );
      return { response: errorResponse(error), counted: false, rateLimited: true };
    }
    if (fault.kind === 'secondary') {
      const error = secondaryLimitError(fault.retryAfter ?? 60, status);
      return { response: errorResponse(error), counted: true, rateLimited: true };
    }
    const headers: Record<string, string> = {};
    if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
    const message = fault.message ?? STATUS_CODES[status] ?? 'Emulated fault';
    const error = new HttpError(status, message, { headers });
    return { response: errorResponse(error), counted: true, rateLimited: false };
  }

  private async guard(run: () => Promise<RouteResponse>): Promise<RouteResponse> {
    try {
      return await run();
    } catch (error) {
      return errorResponse(error);
    }
  }

  private async run(
    match: RouteMatch | undefined,
    request: ApiRequest,
    url: URL,
    caller: Caller,
  ): Promise<RouteResponse> {
    if (!match) throw notFound();
    const { route, params } = match;
    if (!route.control && !this.isEmulatedRepo(params)) throw notFound();
    if (route.permission && !allows(caller.grant, route.permission))
      throw notAccessible(route.permission);
    const ctx: RequestContext = {
      method: route.method,
      path: url.pathname,
      params,
      query: url.searchParams,
      body: parseJson(request.body),
      headers: request.headers,
      actor: caller.account,
      grant: route.control ? undefined : caller.grant,
      state: this.state,
      apiUrl: this.apiUrl,
    };
    const response = await route.handler(ctx);
    return route.paginate ? this.page(response, url) : response;
  }

  private isEmulatedRepo(params: Record<string, string>): boolean {
    if (params.owner === undefined || params.repo === undefined) return true;
    return (
      params.owner.toLowerCase() === this.state.owner.toLowerCase() &&
      params.repo.toLowerCase() === this.state.repo.toLowerCase()
    );
  }

  private page(response: RouteResponse, url: URL): RouteResponse {
    if (response.status !== 200 || !Array.isArray(response.body)) return response;
    const page = paginate(response.body, url.searchParams, `${this.apiUrl}${url.pathname}`);
    const headers = page.link ? { ...response.headers, link: page.link } : response.headers;
    return { ...response, body: page.items, headers };
  }

  /** Bytes and headers; a 200 GET gets a weak ETag, and a matching If-None-Match turns it into 304. */
  private serialize(response: RouteResponse, request: ApiRequest): ApiResponse {
    const headers: Record<string, string> = {
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': `E${(++this.requestSeq).toString(16).toUpperCase().padStart(8, '0')}`,
    };
    let body: Buffer | undefined;
    if (Buffer.isBuffer(response.body)) {
      body = response.body;
      headers['content-type'] = 'application/octet-stream';
    } else if (response.body !== undefined) {
      body = Buffer.from(JSON.stringify(response.body));
      headers['content-type'] = 'application/json; charset=utf-8';
    }
    Object.assign(headers, response.headers);
    if (request.method.toUpperCase() !== 'GET' || response.status !== 200 || !body) {
      return { status: response.status, headers, body };
    }
    const etag = `W/"${createHash('sha256').update(body).digest('hex')}"`;
    headers.etag = etag;
    if (!etagMatches(request.headers['if-none-match'], etag)) return { status: 200, headers, body };
    delete headers['content-type'];
    return { status: 304, headers };
  }
}

/** 401, not counted: GitHub counts anonymous calls per IP, which the emulator does not model. */
function anonymousOutcome(headers: IncomingHttpHeaders): Outcome {
  const error = tokenFrom(headers) === undefined ? requiresAuthentication() : badCredentials();
  return { response: errorResponse(error), counted: false, rateLimited: false };
}

function parseJson(body: Buffer): unknown {
  if (body.length === 0 || body.toString('utf8').trim() === '') return undefined;
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'Problems parsing JSON');
  }
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const strip = (value: string) => value.trim().replace(/^W\//, '');
  return header
    .split(',')
    .some((candidate) => candidate.trim() === '*' || strip(candidate) === strip(etag));
}

export function errorResponse(error: unknown): RouteResponse {
  if (error instanceof HttpError) {
    return { status: error.status, body: error.body(), headers: error.headers };
  }
  const message = error instanceof Error ? error.message : String(error);
  return errorResponse(new HttpError(500, `Internal emulator error: ${message}`));
}

export type { RateBucket };

function decodedPath(url: URL): string {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname;
  }
}
