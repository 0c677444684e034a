import { ActionError } from '@infra-fleet/action-kit';
import type { Git } from '@infra-fleet/git';
import type { BaseRule, RangePlan } from './base-rules.js';
import { previousReleaseCandidates } from './release-tags.js';

/** Commits fetched per deepening step of a shallow clone, before a last `--unshallow`. */
export const DEEPEN_STEPS = [50, 250, 1000] as const;
const MAX_TAG_CANDIDATES = 20;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

export interface ResolvedRange {
  head: string;
  /** Undefined when there is nothing to compare with; `fallback` says why. */
  base?: string;
  rule: string;
  fallback?: { reason: string; missingBase: boolean };
}

export interface RangeOptions {
  remote: string;
  releaseTagPattern: string;
  log(message: string): void;
}

/** The git operations range resolution needs, with shallow clones deepened on demand. */
export class History {
  constructor(
    private readonly git: Git,
    private readonly options: RangeOptions,
  ) {}

  async commit(rev: string): Promise<string | undefined> {
    const args = ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`];
    const result = await this.git.run(args, { allowFailure: true });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
  }

  async shallow(): Promise<boolean> {
    const result = await this.git.run(['rev-parse', '--is-shallow-repository']);
    return result.stdout.trim() === 'true';
  }

  /** rev, fetched from the remote when missing (a sha, or a full ref such as refs/tags/v1). */
  async ensure(rev: string): Promise<string | undefined> {
    const local = await this.commit(rev);
    if (local || !(SHA.test(rev) || rev.startsWith('refs/'))) return local;
    const target = rev.startsWith('refs/') ? `+${rev}:${rev}` : rev;
    const depth = (await this.shallow()) ? ['--depth=1'] : [];
    this.log(`fetching ${rev} from ${this.options.remote}`);
    await this.fetch([...depth, '--', this.options.remote, target]);
    return this.commit(rev);
  }

  /** The remote's branch, fetched into refs/remotes/<remote>/<branch>. */
  async branch(name: string): Promise<string | undefined> {
    const tracking = `refs/remotes/${this.options.remote}/${name}`;
    const depth = (await this.shallow()) ? ['--depth=1'] : [];
    await this.fetch([...depth, '--', this.options.remote, `+refs/heads/${name}:${tracking}`]);
    return this.commit(tracking);
  }

  /** The merge base of a and b, deepening a shallow clone step by step until it exists. */
  async mergeBase(a: string, b: string): Promise<string | undefined> {
    for (let step = 0; ; step += 1) {
      const result = await this.git.run(['merge-base', a, b], { allowFailure: true });
      if (result.exitCode === 0) return result.stdout.trim().split('\n')[0];
      if (step > DEEPEN_STEPS.length || !(await this.shallow())) return undefined;
      await this.deepen(DEEPEN_STEPS[step], [a, b]);
    }
  }

  async isAncestor(ancestor: string, head: string): Promise<boolean> {
    return (await this.mergeBase(ancestor, head)) === ancestor;
  }

  /** Local tags matching the pattern, after fetching the remote's tags. */
  async tags(pattern: string): Promise<string[]> {
    const depth = (await this.shallow()) ? ['--depth=1'] : [];
    await this.fetch([...depth, '--', this.options.remote, '+refs/tags/*:refs/tags/*']);
    const result = await this.git.run(['tag', '--list', '--', pattern]);
    return result.stdout.split('\n').filter(Boolean);
  }

  private async deepen(commits: number | undefined, wants: string[]): Promise<void> {
    const how = commits === undefined ? ['--unshallow'] : [`--deepen=${commits}`];
    this.log(`shallow clone: fetching ${how[0]} from ${this.options.remote}`);
    const fetched = await this.fetch([...how, '--', this.options.remote, ...wants]);
    // Some servers refuse wants by sha; the configured refspecs deepen the same boundary.
    if (!fetched) await this.fetch([...how, '--', this.options.remote]);
  }

  private async fetch(args: string[]): Promise<boolean> {
    const full = ['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', ...args];
    const result = await this.git.run(full, { allowFailure: true });
    if (result.exitCode !== 0) this.log(`git ${full.join(' ')}: ${result.stderr.trim()}`);
    return result.exitCode === 0;
  }

  private log(message: string): void {
    this.options.log(message);
  }
}

function missing(head: string, rule: string, reason: string): ResolvedRange {
  return { head, rule, fallback: { reason, missingBase: true } };
}

async function previousTag(history: History, head: string, tag: string, pattern: string) {
  const choice = previousReleaseCandidates(tag, await history.tags(pattern));
  if (choice.kind === 'unordered') return { reason: choice.reason };
  for (const candidate of choice.tags.slice(0, MAX_TAG_CANDIDATES)) {
    const sha = await history.commit(`refs/tags/${candidate}`);
    if (sha && (await history.isAncestor(sha, head))) return { sha, candidate };
  }
  return { reason: `first release: no earlier tag matching '${pattern}' precedes ${tag}` };
}

async function resolveBase(
  history: History,
  head: string,
  base: Exclude<BaseRule, { kind: 'everything' }>,
  options: RangeOptions,
): Promise<ResolvedRange> {
  if (base.kind === 'commit') {
    const sha = await history.ensure(base.rev);
    if (sha) return { head, base: sha, rule: base.rev };
    return missing(head, base.rev, `base ${base.rev} is not in the clone and cannot be fetched`);
  }
  if (base.kind === 'merge-base') {
    const other =
      (base.sha && (await history.ensure(base.sha))) ||
      (base.branch && (await history.branch(base.branch)));
    const name = base.sha ?? base.branch ?? '';
    const found = other ? await history.mergeBase(head, other) : undefined;
    if (found) return { head, base: found, rule: `merge base of ${head} and ${name}` };
    return missing(head, name, `no merge base of ${head} and ${name}, even after deepening`);
  }
  const previous = await previousTag(history, head, base.tag, options.releaseTagPattern);
  if ('sha' in previous && previous.sha) {
    return { head, base: previous.sha, rule: `previous release ${previous.candidate}` };
  }
  return { head, rule: base.tag, fallback: { reason: previous.reason ?? '', missingBase: false } };
}

/** Turns the plan into two commits, fetching and deepening as needed. Fails only on head. */
export async function resolveRange(
  git: Git,
  plan: RangePlan,
  options: RangeOptions,
): Promise<ResolvedRange> {
  const history = new History(git, options);
  const head = await history.ensure(plan.head);
  if (!head) {
    throw new ActionError(`head '${plan.head}' is not a commit in the checkout.`, {
      hint: 'Check it out first (actions/checkout), or pass the head input.',
    });
  }
  if (plan.base.kind === 'everything') {
    return { head, rule: plan.rule, fallback: { reason: plan.base.reason, missingBase: false } };
  }
  const resolved = await resolveBase(history, head, plan.base, options);
  return { ...resolved, rule: `${plan.rule} (${resolved.rule})` };
}
