import { Git } from '@infra-fleet/git';
import { loadFleetConfig, type FleetConfig } from '@infra-fleet/fleet';
import {
  createGitHubClient,
  parseRepo,
  type GitHubClient,
  type RepoRef,
} from '@infra-fleet/github';
import { gitRepositoryReader, type RepositoryReader } from '@infra-fleet/fleet-status';
import { CliError, type Io } from './io.js';

/** The checkout a command reads, at one ref, with its infra-fleet.yaml. */
export interface Repository {
  root: string;
  git: Git;
  /** What was read: a branch, remote branch or commit, and the commit it names. */
  ref: string;
  reader: RepositoryReader;
  config: FleetConfig;
  repo: RepoRef;
  branch: string;
}

export interface RepositoryFlags {
  repo?: string;
  branch?: string;
  ref?: string;
  config?: string;
}

/** owner/repo of a GitHub remote URL (https or ssh), if it is one. */
export function repoOfRemote(url: string): RepoRef | undefined {
  const match = /github\.com[:/]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url);
  return match ? { owner: match[1] ?? '', repo: match[2] ?? '' } : undefined;
}

async function repoName(git: Git, flags: RepositoryFlags, io: Io): Promise<RepoRef> {
  if (flags.repo) return parseRepo(flags.repo, '--repo');
  if (io.env.GITHUB_REPOSITORY) return parseRepo(io.env.GITHUB_REPOSITORY, 'GITHUB_REPOSITORY');
  const remote = await git.remoteUrl('origin').catch(() => '');
  const found = repoOfRemote(remote);
  if (found) return found;
  throw new CliError(
    'Cannot tell which GitHub repository this is.',
    'Pass --repo owner/name (or set GITHUB_REPOSITORY).',
  );
}

/** origin/<branch> when the clone has it (what GitHub holds), else <branch>, else HEAD. */
async function defaultRef(git: Git, branch: string): Promise<string> {
  for (const candidate of [`refs/remotes/origin/${branch}`, `refs/heads/${branch}`]) {
    if (
      await git.revParse(candidate).then(
        () => true,
        () => false,
      )
    )
      return candidate;
  }
  return 'HEAD';
}

export async function openRepository(io: Io, flags: RepositoryFlags): Promise<Repository> {
  const probe = new Git({ cwd: io.cwd });
  const root = await probe.topLevel().catch(() => {
    throw new CliError(
      `${io.cwd} is not inside a git repository.`,
      'Run infra-fleet in a clone of your fleet repository.',
    );
  });
  const git = new Git({ cwd: root });
  const branch = flags.branch ?? 'main';
  const ref = flags.ref ?? (await defaultRef(git, branch));
  const reader = await gitRepositoryReader(git, ref);
  const config = await loadFleetConfig({
    path: flags.config ?? 'infra-fleet.yaml',
    explicit: flags.config !== undefined,
    read: (path) => reader.readFile(path),
  });
  return { root, git, ref, reader, config, repo: await repoName(git, flags, io), branch };
}

/** A client from GITHUB_TOKEN (or GH_TOKEN) and GITHUB_API_URL; undefined without a token. */
export function githubFromEnv(io: Io): GitHubClient | undefined {
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  if (!token) return undefined;
  const log = {
    warning: (message: string) => io.stderr(`warning: ${message}\n`),
    info: () => undefined,
  };
  return createGitHubClient({ token, baseUrl: io.env.GITHUB_API_URL, log });
}
