import { createHash } from 'node:crypto';
import type { PullRequestPort, PullRequestSummary } from '@infra-fleet/github';
import type { Settings } from './inputs.js';
import {
  attemptOverlayDir,
  messageFor,
  prepare,
  promotionSource,
  type BumpDependencies,
  type BumpOutcome,
} from './land.js';

export interface ProposalPort {
  /** The branch's tip and its tree; undefined when the branch does not exist. */
  branchHead(branch: string): Promise<{ sha: string; tree: string } | undefined>;
  /** Points the bot-owned proposal branch at sha (creating it when needed). */
  moveBranch(branch: string, sha: string): Promise<'created' | 'updated' | 'unchanged'>;
  pulls: PullRequestPort;
}

const SLUG_LIMIT = 60;

function slug(text: string): string {
  return text
    .replace(/[^a-zA-Z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

/** One deterministic branch per overlay and image set, so a re-run updates the same PR. */
export function proposalBranch(overlayDir: string, imageNames: readonly string[]): string {
  const images = [...imageNames].sort().join('+');
  const readable = `${slug(overlayDir)}/${slug(images)}`;
  if (readable.length <= SLUG_LIMIT) return `bump-overlay-tag/${readable}`;
  const digest = createHash('sha256').update(`${overlayDir}\n${images}`).digest('hex').slice(0, 12);
  return `bump-overlay-tag/${slug(overlayDir).slice(0, 40)}/${digest}`;
}

function pullRequestBody(summary: string): string {
  return `${summary}\n---\nOpened by bump-overlay-tag. A re-run updates this pull request in place; merging it lands the change.\n`;
}

async function upsertPullRequest(
  pulls: PullRequestPort,
  existing: PullRequestSummary | undefined,
  input: { head: string; base: string; title: string; body: string },
): Promise<PullRequestSummary> {
  if (!existing) return pulls.create(input);
  if (existing.title === input.title && existing.body === input.body) return existing;
  return pulls.update(existing.number, { title: input.title, body: input.body });
}

export interface ProposalOutcome extends BumpOutcome {
  pullRequest?: PullRequestSummary;
}

/** mode: pull-request - the same decision as push, landed on a proposal branch behind a PR. */
export async function proposeBump(
  settings: Settings,
  deps: BumpDependencies,
  proposals: ProposalPort,
  summarize: (outcome: BumpOutcome) => string,
): Promise<ProposalOutcome> {
  const tip = await deps.store.readTip();
  const attempt = await prepare(settings, deps, promotionSource(settings, deps.store), tip);
  if (!attempt.plan.changed || !attempt.tree) return { status: 'unchanged', attempt, attempts: 1 };
  const message = messageFor(settings, attempt);
  const branch = proposalBranch(attemptOverlayDir(attempt), Object.keys(attempt.plan.current));
  // Read first: a token that cannot see pull requests fails before the branch moves.
  const existing = await proposals.pulls.findOpen(branch, settings.branch);
  const head = await proposals.branchHead(branch);
  const sha =
    head?.tree === attempt.tree ? head.sha : await deps.store.commit(attempt.tree, tip, message);
  await proposals.moveBranch(branch, sha);
  const proposed: BumpOutcome = { status: 'proposed', attempt, sha, attempts: 1 };
  const pullRequest = await upsertPullRequest(proposals.pulls, existing, {
    head: branch,
    base: settings.branch,
    title: message.split('\n')[0] ?? branch,
    body: pullRequestBody(summarize(proposed)),
  });
  return { ...proposed, pullRequest };
}
