import { landWithCompareAndSwap } from '@infra-fleet/git';
import { planBump, promotionRequests, type BumpPlan } from './bump.js';
import type { Settings } from './inputs.js';
import { commitMessage } from './message.js';
import { overlayDirectory, readOverlay } from './overlay.js';
import type { ImageRequest } from './references.js';
import type { OverlayStore } from './store.js';
import { validateEdit, type Render } from './validate.js';

export interface Attempt {
  tip: string;
  plan: BumpPlan;
  tree?: string;
  promotedFrom?: { overlayDir: string; sha: string };
}

export interface BumpOutcome {
  status: 'landed' | 'unchanged' | 'planned' | 'proposed';
  attempt: Attempt;
  sha?: string;
  attempts: number;
}

export interface BumpDependencies {
  store: OverlayStore;
  /** Renders an overlay directory; throws when it is broken. */
  render?: Render;
  onRetry?: (info: { attempt: number; delayMs: number; detail: string }) => void;
  sleep?: (ms: number) => Promise<void>;
}

export type Source = { overlay: string; commit: (tip: string) => Promise<string> };

async function requestsAt(
  settings: Settings,
  source: Source | undefined,
  store: OverlayStore,
  tip: string,
) {
  if (!source) return { requests: settings.requests };
  const sha = await source.commit(tip);
  const file = await readOverlay(store, sha, source.overlay, settings.branch);
  const names = settings.requests.map((request) => request.name);
  const requests: ImageRequest[] = promotionRequests(file, names);
  return { requests, promotedFrom: { overlayDir: overlayDirectory(file), sha } };
}

/** Read -> decide -> validate, from scratch for a given tip. */
export async function prepare(
  settings: Settings,
  deps: BumpDependencies,
  source: Source | undefined,
  tip: string,
) {
  const { store } = deps;
  const file = await readOverlay(store, tip, settings.overlay, settings.branch);
  const { requests, promotedFrom } = await requestsAt(settings, source, store, tip);
  const plan = planBump(file, requests, settings);
  const attempt: Attempt = { tip, plan, ...(promotedFrom && { promotedFrom }) };
  if (!plan.changed) return attempt;
  const edited = { path: plan.path, content: plan.after };
  const edit = { overlayDir: overlayDirectory(file), branch: settings.branch, tip, file: edited };
  if (deps.render) await validateEdit(store, deps.render, edit);
  // A dry run (the preview before an approval) writes nothing, so it needs only contents: read.
  if (settings.mode !== 'dry-run') attempt.tree = await store.writeTree(tip, edited);
  return attempt;
}

export function promotionSource(settings: Settings, store: OverlayStore): Source | undefined {
  const from = settings.promoteFrom;
  if (!from) return undefined;
  const ref = from.ref;
  let pinned: Promise<string> | undefined;
  // Without promote-from-ref, promote what the source overlay holds at the tip being landed on.
  const commit = (tip: string) =>
    ref ? (pinned ??= store.resolveCommit(ref)) : Promise.resolve(tip);
  return { overlay: from.overlay, commit };
}

export function attemptOverlayDir(attempt: Attempt): string {
  return overlayDirectory(attempt.plan);
}

export function messageFor(settings: Settings, attempt: Attempt): string {
  return commitMessage(attempt.plan, {
    overlayDir: attemptOverlayDir(attempt),
    subject: settings.commitMessage,
    promotedFrom: attempt.promotedFrom,
    reason: settings.reason,
    runUrl: settings.runUrl,
  });
}

async function publish(settings: Settings, store: OverlayStore, attempt: Attempt) {
  if (!attempt.tree) throw new Error('internal: publishing an attempt without a tree');
  const sha = await store.commit(attempt.tree, attempt.tip, messageFor(settings, attempt));
  return store.publish(sha);
}

/** Computes the bump and, unless dry-run, lands it with compare-and-swap retries. */
export async function bumpOverlay(
  settings: Settings,
  deps: BumpDependencies,
): Promise<BumpOutcome> {
  const source = promotionSource(settings, deps.store);
  if (settings.mode === 'dry-run') {
    const attempt = await prepare(settings, deps, source, await deps.store.readTip());
    return { status: attempt.plan.changed ? 'planned' : 'unchanged', attempt, attempts: 1 };
  }
  const result = await landWithCompareAndSwap<Attempt>({
    maxAttempts: settings.maxAttempts,
    readTip: () => deps.store.readTip(),
    plan: (tip) => prepare(settings, deps, source, tip),
    isNoop: (attempt) => !attempt.plan.changed,
    publish: (_tip, attempt) => publish(settings, deps.store, attempt),
    ...(deps.onRetry && { onRetry: deps.onRetry }),
    ...(deps.sleep && { sleep: deps.sleep }),
  });
  if (result.status === 'noop')
    return { status: 'unchanged', attempt: result.plan, attempts: result.attempts };
  return { status: 'landed', attempt: result.plan, sha: result.sha, attempts: result.attempts };
}
