import type { GitHubClient } from './client.js';
import { portCall, type Loose } from './call.js';
import { failureFacts, statusOf } from './errors.js';
import type { RepoRef } from './repo.js';

export interface PullRequestSummary {
  number: number;
  url: string;
  htmlUrl: string;
  title: string;
  body: string;
  head: string;
  base: string;
  state: 'open' | 'closed';
}

export interface PullRequestPort {
  /** The open pull request from branch `head` (in this repository) into `base`, if any. */
  findOpen(head: string, base: string): Promise<PullRequestSummary | undefined>;
  /** Opens one; when GitHub says one already exists for head/base, updates and returns that one. */
  create(input: {
    head: string;
    base: string;
    title: string;
    body: string;
  }): Promise<PullRequestSummary>;
  update(number: number, input: { title: string; body: string }): Promise<PullRequestSummary>;
}

export function toPullRequestSummary(data: Loose): PullRequestSummary {
  return {
    number: Number(data.number),
    url: String(data.url),
    htmlUrl: String(data.html_url),
    title: String(data.title ?? ''),
    body: typeof data.body === 'string' ? data.body : '',
    head: String((data.head as Loose).ref),
    base: String((data.base as Loose).ref),
    state: data.state === 'closed' ? 'closed' : 'open',
  };
}

function alreadyExists(error: unknown): boolean {
  return statusOf(error) === 422 && /already exists/i.test(failureFacts(error).message);
}

export function pullRequestPort(client: GitHubClient, repo: RepoRef): PullRequestPort {
  const call = portCall(client, repo);
  const summary = async (request: Promise<unknown>) =>
    toPullRequestSummary((await request) as Loose);
  const port: PullRequestPort = {
    async findOpen(head, base) {
      const list = (await call('list pull requests', `from ${head} into ${base}`, PULLS, {
        head: `${repo.owner}:${head}`,
        base,
        state: 'open',
        per_page: 100,
      })) as Loose[];
      return list.map(toPullRequestSummary).find((pr) => pr.head === head && pr.base === base);
    },
    async create(input) {
      const what = `from ${input.head} into ${input.base}`;
      try {
        return await summary(call('open a pull request', what, `POST ${PULLS_PATH}`, input));
      } catch (error) {
        // Another run opened it between our findOpen and create: converge on that one.
        const existing = alreadyExists(error) && (await port.findOpen(input.head, input.base));
        if (!existing) throw error;
        return port.update(existing.number, input);
      }
    },
    update: (number, { title, body }) =>
      summary(
        call('update pull request', `#${number}`, `PATCH ${PULLS_PATH}/{pull_number}`, {
          pull_number: number,
          title,
          body,
        }),
      ),
  };
  return port;
}

const PULLS_PATH = '/repos/{owner}/{repo}/pulls';
const PULLS = `GET ${PULLS_PATH}`;
