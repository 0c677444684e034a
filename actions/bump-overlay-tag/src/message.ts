import { posix } from 'node:path';
import type { BumpPlan, ImageState } from './bump.js';
import { formatReference } from './references.js';

export interface MessageContext {
  /** Directory of the overlay, e.g. k8s/overlays/production. */
  overlayDir: string;
  subject?: string;
  promotedFrom?: { overlayDir: string; sha: string };
  reason?: string;
  runUrl?: string;
}

function referenceOf(name: string, state: ImageState | undefined): string {
  return formatReference(name, state?.tag, state?.digest);
}

function shortValue(state: ImageState | undefined): string {
  return state?.tag ?? state?.digest?.slice(0, 19) ?? 'unset';
}

function changedNames(plan: BumpPlan): string[] {
  return Object.keys(plan.current).filter(
    (name) =>
      plan.current[name]?.tag !== plan.previous[name]?.tag ||
      plan.current[name]?.digest !== plan.previous[name]?.digest,
  );
}

export function defaultSubject(plan: BumpPlan, context: MessageContext): string {
  const environment = posix.basename(context.overlayDir);
  const names = changedNames(plan);
  const what =
    names.length === 1
      ? `${names[0]} ${shortValue(plan.current[names[0] ?? ''])}`
      : `${names.length} images`;
  if (context.promotedFrom) {
    return `promote(${environment}): ${what} from ${posix.basename(context.promotedFrom.overlayDir)}`;
  }
  const verb = plan.downgrades.length > 0 ? 'rollback' : 'deploy';
  return `${verb}(${environment}): ${what}`;
}

/** Subject, then machine-readable trailers (git interpret-trailers can read them). */
export function commitMessage(plan: BumpPlan, context: MessageContext): string {
  const names = changedNames(plan);
  const trailers = [
    ...names.map((name) => `Image: ${referenceOf(name, plan.current[name])}`),
    ...names.map((name) => `Previous: ${referenceOf(name, plan.previous[name])}`),
    ...(context.promotedFrom
      ? [
          `Promoted-From: ${posix.basename(context.promotedFrom.overlayDir)}@${context.promotedFrom.sha}`,
        ]
      : []),
    ...(context.reason ? [`Reason: ${context.reason}`] : []),
    ...(context.runUrl ? [`Run-URL: ${context.runUrl}`] : []),
  ];
  const subject = (context.subject ?? defaultSubject(plan, context)).trimEnd();
  return `${subject}\n\n${trailers.join('\n')}\n`;
}
