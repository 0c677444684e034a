import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmulatorControl } from './control-client.js';
import { GitRepo, type RepoSeed } from './git-repo.js';
import { timestamp } from './ids.js';
import { startServer } from './server.js';
import { EmulatorState } from './state.js';
import type { TokenGrant } from './types.js';

export * from './control-client.js';
export * from './control-client-areas.js';
export { Dispatcher, errorResponse } from './http.js';
export { HttpError, notFound, requireFields, validationFailed } from './errors.js';
export { GitRepo } from './git-repo.js';
export type { CommitData, GitIdentity, ObjectType, RepoSeed, TreeEntry } from './git-repo.js';
export { ADMIN_LOGIN, ACTIONS_BOT_LOGIN, EmulatorState, nodeId, timestamp } from './state.js';
export { ROUTE_MODULES } from './routes/index.js';
export { buildRoutes } from './server.js';
export type * from './types.js';

export interface EmulatorOptions {
  owner?: string;
  repo?: string;
  port?: number;
  host?: '127.0.0.1';
  /** Files of the initial commit on main (default: a README.md). */
  seed?: RepoSeed;
  /** Primary rate limit per account and hour (default 5000). */
  rateLimit?: number;
}

export interface RunningEmulator {
  /** http://127.0.0.1:PORT, to use as GITHUB_API_URL. */
  url: string;
  state: EmulatorState;
  /** The bare repository (clone it with git to see commits). */
  gitDir: string;
  /** The control API's typed client; it sends `adminToken`. */
  control: EmulatorControl;
  /**
   * A token of `emulator-admin` (admin collaborator) with every permission, and the only
   * credential the control API (/_emulator/...) accepts: keep it from the code under test.
   */
  adminToken: string;
  createToken(login: string, permissions: TokenGrant['permissions']): string;
  close(): Promise<void>;
}

const SEED_IDENTITY = {
  name: 'Emulator Seed',
  email: 'seed@example.com',
  date: '2026-01-01T00:00:00Z',
};

/** Starts the emulator on 127.0.0.1 with a fresh bare repository in a temp folder (removed on close). */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const owner = options.owner ?? 'octo-org';
  const repo = options.repo ?? 'infra-fleet';
  const root = mkdtempSync(join(tmpdir(), 'gh-emulator-'));
  try {
    const seed = options.seed ?? { files: { 'README.md': `# ${repo}\n` } };
    const gitDir = join(root, `${repo}.git`);
    const git = await GitRepo.create(gitDir, seed, {
      ...SEED_IDENTITY,
      date: timestamp(new Date()),
    });
    const state = new EmulatorState({ owner, repo, git, rateLimit: options.rateLimit });
    const server = await startServer(state, options.port ?? 0);
    const close = async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    };
    const adminToken = state.adminToken();
    return {
      url: server.url,
      state,
      gitDir,
      control: new EmulatorControl(server.url, adminToken),
      adminToken,
      createToken: (login, permissions) => state.createToken(login, permissions).token,
      close,
    };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}
export {
  gitService,
  gitToken,
  runGitHttpBackend,
  type GitHttpRequest as GitBackendRequest,
  type GitHttpResponse as GitBackendResponse,
} from './git-http-backend.js';
