export interface RepoRef {
  owner: string;
  repo: string;
}

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;

/** Parses `owner/repo`; `source` names where the value came from, for the error message. */
export function parseRepo(value: string, source = 'repository'): RepoRef {
  const [owner = '', repo = '', ...rest] = value.trim().split('/');
  if (rest.length > 0 || !OWNER.test(owner) || !NAME.test(repo) || repo === '.' || repo === '..') {
    throw new Error(`${source} must look like "owner/repo", got "${value}"`);
  }
  return { owner, repo };
}

/** The repository the workflow runs in, from GITHUB_REPOSITORY (set by the runner). */
export function repoFromEnv(env: NodeJS.ProcessEnv = process.env): RepoRef {
  const value = env.GITHUB_REPOSITORY;
  if (!value) {
    throw new Error(
      'GITHUB_REPOSITORY is not set; the Actions runner sets it, elsewhere set it to "owner/repo"',
    );
  }
  return parseRepo(value, 'GITHUB_REPOSITORY');
}
