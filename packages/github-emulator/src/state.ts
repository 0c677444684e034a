import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { HttpError, notFound } from './errors.js';
import { FaultBook } from './faults.js';
import type { GitRepo } from './git-repo.js';
import { RateLimiter } from './rate-limit.js';
import { RequestLog } from './request-log.js';
import { repositoryJson, userJson } from './json.js';
import type { Account, CollaboratorPermission, PermissionScope, TokenGrant } from './types.js';

export type {
  Account,
  CollaboratorPermission,
  Permission,
  PermissionLevel,
  PermissionScope,
  TokenGrant,
} from './types.js';
export type { GitRepo } from './git-repo.js';

export { nodeId, timestamp } from './ids.js';

export const ADMIN_LOGIN = 'emulator-admin';
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export interface StateOptions {
  owner: string;
  repo: string;
  git: GitRepo;
  rateLimit?: number;
}

type AccountInput = Omit<Account, 'id'> & { id?: number };

/** Everything the emulator knows besides git objects: accounts, tokens, permissions, clock, areas. */
export class EmulatorState {
  readonly owner: string;
  readonly repo: string;
  readonly git: GitRepo;
  readonly faults = new FaultBook();
  readonly log = new RequestLog();
  readonly limits: RateLimiter;
  readonly createdAt: Date;
  private clockOffsetMs = 0;
  private idSeq = 0;
  private readonly accountsByLogin = new Map<string, Account>();
  private readonly collaborators = new Map<string, CollaboratorPermission>();
  private readonly teams = new Map<string, Set<string>>();
  private readonly tokens = new Map<string, TokenGrant>();
  private readonly areas = new Map<string, unknown>();
  private adminCredential: string | undefined;

  constructor(options: StateOptions) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.git = options.git;
    this.limits = new RateLimiter(options.rateLimit ?? 5000, () => this.now());
    this.createdAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    this.addAccount({ login: options.owner, type: 'Organization' });
    this.addAccount({ login: ACTIONS_BOT_LOGIN, type: 'Bot', id: 41898282 });
    this.addAccount({ login: ADMIN_LOGIN, type: 'User', name: 'Emulator Admin' });
    this.setCollaborator(ADMIN_LOGIN, 'admin');
  }

  /** The emulator clock: real time plus what the control API advanced. */
  now(): Date {
    return new Date(Date.now() + this.clockOffsetMs);
  }

  advanceClock(seconds: number): Date {
    this.clockOffsetMs += seconds * 1000;
    return this.now();
  }

  nextId(): number {
    return ++this.idSeq;
  }

  /** The account, or GitHub's 404 when there is none (logins are case-insensitive, as on GitHub). */
  account(login: string): Account {
    const account = this.findAccount(login);
    if (!account) throw notFound();
    return account;
  }

  findAccount(login: string): Account | undefined {
    return this.accountsByLogin.get(login.toLowerCase());
  }

  /** Adds an account; adding an existing login updates its type, name and email and keeps its id. */
  addAccount(input: AccountInput): Account {
    const existing = this.findAccount(input.login);
    const account: Account = {
      ...existing,
      ...input,
      id: existing?.id ?? input.id ?? this.nextId(),
    };
    this.accountsByLogin.set(input.login.toLowerCase(), account);
    return account;
  }

  accounts(): Account[] {
    return [...this.accountsByLogin.values()];
  }

  adminAccount(): Account {
    return this.account(ADMIN_LOGIN);
  }

  collaboratorPermission(login: string): CollaboratorPermission | 'none' {
    return this.collaborators.get(login.toLowerCase()) ?? 'none';
  }

  setCollaborator(login: string, permission: CollaboratorPermission | null): void {
    if (permission === null) this.collaborators.delete(login.toLowerCase());
    else this.collaborators.set(login.toLowerCase(), permission);
  }

  collaboratorList(): Array<{ login: string; permission: CollaboratorPermission }> {
    return [...this.collaborators].map(([key, permission]) => ({
      login: this.findAccount(key)?.login ?? key,
      permission,
    }));
  }

  /** The team's member logins (the same Set on every call); the team is created on first use. */
  teamMembers(org: string, slug: string): Set<string> {
    const key = `${org.toLowerCase()}/${slug.toLowerCase()}`;
    let members = this.teams.get(key);
    if (!members) {
      members = new Set();
      this.teams.set(key, members);
    }
    return members;
  }

  teamList(): Array<{ team: string; members: string[] }> {
    return [...this.teams].map(([team, members]) => ({ team, members: [...members] }));
  }

  /** Issues a token for an existing account. */
  createToken(
    login: string,
    permissions: TokenGrant['permissions'],
    options: { token?: string; installation?: boolean } = {},
  ): TokenGrant {
    const account = this.findAccount(login);
    if (!account) {
      throw new HttpError(
        422,
        `no account ${JSON.stringify(login)}; create it first (POST /_emulator/accounts)`,
      );
    }
    const installation = options.installation ?? account.type === 'Bot';
    const prefix = installation ? 'ghs_' : 'ghp_';
    const token = options.token ?? prefix + randomBytes(18).toString('hex');
    const grant: TokenGrant = {
      token,
      login: account.login,
      permissions: { ...permissions },
      installation,
    };
    this.tokens.set(token, grant);
    return grant;
  }

  grant(token: string): TokenGrant | undefined {
    return this.tokens.get(token);
  }

  /**
   * The admin token: emulator-admin with every permission, and the one credential the control
   * API accepts. Created on the first call; other tokens, even emulator-admin's, never qualify.
   */
  adminToken(): string {
    this.adminCredential ??= this.createToken(ADMIN_LOGIN, ALL_WRITE).token;
    return this.adminCredential;
  }

  isAdminToken(token: string): boolean {
    const digest = (value: string) => createHash('sha256').update(value).digest();
    return timingSafeEqual(digest(token), digest(this.adminToken()));
  }

  /** Per-area storage for route modules: the same object for the same name. */
  area<T>(name: string, init: () => T): T {
    if (!this.areas.has(name)) this.areas.set(name, init());
    return this.areas.get(name) as T;
  }

  userJson(account: Account, apiUrl: string): Record<string, unknown> {
    return userJson(account, apiUrl);
  }

  repositoryJson(apiUrl: string): Record<string, unknown> {
    return repositoryJson(this, apiUrl);
  }
}

export const ALL_WRITE: Record<PermissionScope, 'write'> = {
  metadata: 'write',
  contents: 'write',
  issues: 'write',
  pull_requests: 'write',
  statuses: 'write',
  deployments: 'write',
  actions: 'write',
  environments: 'write',
  members: 'write',
  administration: 'write',
};
