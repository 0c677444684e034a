import type { Counters, LoggedRequest } from './request-log.js';
import type { BarrierSpec, BarrierState, Fault, FaultSpec, RaceSpec } from './faults.js';
import type { RateBucket, RateLimitPatch } from './rate-limit.js';
import type { Account, CollaboratorPermission, TokenGrant } from './types.js';

export type {
  BarrierSpec,
  BarrierState,
  Counters,
  Fault,
  FaultSpec,
  LoggedRequest,
  RaceSpec,
  RateBucket,
  RateLimitPatch,
};

/** Where a control API is and its credential: a RunningEmulator or an EmulatorControl. */
export interface ControlTarget {
  url: string;
  /** The emulator's admin token, the only credential the control API accepts. */
  adminToken: string;
}

/** Calls a control route (path after /_emulator) and returns its JSON (undefined for 204). */
export async function controlRequest<T>(
  target: ControlTarget,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { authorization: `token ${target.adminToken}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${target.url.replace(/\/$/, '')}/_emulator${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(
      `emulator control ${method} ${path} answered ${response.status}: ${messageOf(text)}`,
    );
  }
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/** Typed client of the generic control API (`/_emulator/...`), sending the admin token. */
export class EmulatorControl implements ControlTarget {
  constructor(
    readonly url: string,
    readonly adminToken: string,
  ) {}

  /** Calls a control route and returns its JSON (undefined for 204); throws with the server's message. */
  request<T>(method: string, path: string, body?: unknown): Promise<T> {
    return controlRequest(this, method, path, body);
  }

  addAccount(account: Omit<Account, 'id'> & { id?: number }): Promise<Account> {
    return this.request('POST', '/accounts', account);
  }

  accounts(): Promise<Account[]> {
    return this.request('GET', '/accounts');
  }

  async createToken(
    login: string,
    permissions: TokenGrant['permissions'],
    options: { token?: string; installation?: boolean } = {},
  ): Promise<string> {
    const grant = await this.request<TokenGrant>('POST', '/tokens', {
      login,
      permissions,
      ...options,
    });
    return grant.token;
  }

  setCollaborator(login: string, permission: CollaboratorPermission | null) {
    return this.request<{ login: string; permission: string }>(
      'PUT',
      `/collaborators/${encodeURIComponent(login)}`,
      { permission },
    );
  }

  addTeamMember(org: string, slug: string, login: string) {
    return this.request<{ members: string[] }>('PUT', teamPath(org, slug, login));
  }

  removeTeamMember(org: string, slug: string, login: string) {
    return this.request<{ members: string[] }>('DELETE', teamPath(org, slug, login));
  }

  addFault(fault: FaultSpec): Promise<Fault> {
    return this.request('POST', '/faults', fault);
  }

  clearFaults(): Promise<void> {
    return this.request('DELETE', '/faults');
  }

  /** Holds matching requests until `count` wait, then releases them together. */
  addBarrier(barrier: BarrierSpec): Promise<BarrierState> {
    return this.request('POST', '/barriers', barrier);
  }

  barriers(): Promise<BarrierState[]> {
    return this.request('GET', '/barriers');
  }

  race(race: RaceSpec): Promise<{ branch: string; pending: number }> {
    return this.request('POST', '/race', race);
  }

  async advanceClock(seconds: number): Promise<Date> {
    const { now } = await this.request<{ now: string }>('POST', '/clock', {
      advanceSeconds: seconds,
    });
    return new Date(now);
  }

  setRateLimit(login: string, patch: RateLimitPatch): Promise<RateBucket> {
    return this.request('POST', '/rate-limit', { login, ...patch });
  }

  requests(): Promise<LoggedRequest[]> {
    return this.request('GET', '/requests');
  }

  counters(): Promise<Counters> {
    return this.request('GET', '/counters');
  }

  resetLog(): Promise<void> {
    return this.request('POST', '/reset-log');
  }
}

function teamPath(org: string, slug: string, login: string): string {
  const parts = [org, 'teams', slug, 'members', login].map(encodeURIComponent);
  return `/orgs/${parts.join('/')}`;
}

function messageOf(text: string): string {
  try {
    return (JSON.parse(text) as { message?: string }).message ?? text;
  } catch {
    return text;
  }
}
