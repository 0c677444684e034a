import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Git } from '@infra-fleet/git';
import { loadFleetConfig } from '@infra-fleet/fleet';
import { createGitHubClient, type GitHubClient } from '@infra-fleet/github';
import {
  apiRepositoryReader,
  gitRepositoryReader,
  githubReader,
  readFleetStatus,
  type RepositoryReader,
} from '../src/index.js';
import { FLUX, fleetStory, type FleetStory } from './fleet-story.js';

const REPO = { owner: 'octo-org', repo: 'infra-fleet' };
const NOW = new Date('2026-05-04T18:00:00Z');
let story: FleetStory;
let client: GitHubClient;

beforeAll(async () => {
  story = await fleetStory();
  client = createGitHubClient({ token: story.readToken, baseUrl: story.emulator.url });
});
afterAll(() => story.close());

async function statusThrough(repository: RepositoryReader) {
  const config = await loadFleetConfig({
    path: 'infra-fleet.yaml',
    explicit: true,
    read: (path) => repository.readFile(path),
  });
  return readFleetStatus({
    config,
    repository,
    github: githubReader(client, REPO),
    repositoryName: 'octo-org/infra-fleet',
    branch: 'main',
    fluxAccount: FLUX,
    now: NOW,
  });
}

describe('the repository read through the API (no checkout)', () => {
  it('gives the same fleet status as a clone does', async () => {
    const git = new Git({ cwd: story.checkout });
    const viaGit = await statusThrough(await gitRepositoryReader(git, 'refs/remotes/origin/main'));
    const viaApi = await statusThrough(await apiRepositoryReader(client, REPO, 'main'));

    expect(viaApi).toEqual(viaGit);
    const production = viaApi.apps[0]?.environments.find((e) => e.environment === 'production');
    expect(production).toMatchObject({
      pin: { tag: 'v1.2.3' },
      setBy: { sha: story.commits.production },
      flux: { state: 'verified' },
      approval: { outcome: 'approved', approvers: [{ login: 'alice' }] },
    });
  });

  it('names a branch that does not exist', async () => {
    await expect(apiRepositoryReader(client, REPO, 'nope')).rejects.toThrow(
      'Branch nope does not exist in octo-org/infra-fleet',
    );
  });
});
