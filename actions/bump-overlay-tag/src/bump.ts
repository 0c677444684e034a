import semver from 'semver';
import { ActionError } from '@infra-fleet/action-kit';
import {
  readImages,
  setImages,
  unifiedDiff,
  type ImageChange,
  type ImageEntry,
} from '@infra-fleet/kustomize';
import { quoteValue, type ImageRequest } from './references.js';

/** An image's pinned reference; null where the overlay sets none. */
export interface ImageState {
  tag: string | null;
  digest: string | null;
}

export type ImageStates = Record<string, ImageState>;

export interface BumpPolicy {
  allowDowngrade: boolean;
  tagPattern?: RegExp;
}

export interface OverlayFile {
  path: string;
  content: string;
}

/** The decision for one attempt: what the file becomes and why. */
export interface BumpPlan {
  path: string;
  before: string;
  after: string;
  changed: boolean;
  previous: ImageStates;
  current: ImageStates;
  downgrades: string[];
  diff: string;
}

function stateOf(entry: ImageEntry): ImageState {
  return { tag: entry.newTag ?? null, digest: entry.digest ?? null };
}

function findEntry(entries: ImageEntry[], name: string, file: string): ImageEntry {
  const matches = entries.filter((candidate) => candidate.name === name);
  if (matches.length > 1) {
    throw new ActionError(
      `Image ${quoteValue(name)} is listed ${matches.length} times in the images list of ${file}; kustomize applies the last, so no single edit can change it.`,
      {
        hint: 'Merge its entries into one, then bump it. Other images of the file can be bumped meanwhile.',
      },
    );
  }
  const entry = matches[0];
  if (entry) return entry;
  const known = entries.map((candidate) => candidate.name);
  const byNewName = entries.find((candidate) => candidate.newName === name);
  const hint = byNewName
    ? `Images are matched by images[].name: use ${quoteValue(byNewName.name)} (its newName is ${quoteValue(name)}).`
    : `Images in ${file}: ${known.length > 0 ? known.map(quoteValue).join(', ') : '(none)'}.`;
  throw new ActionError(`Image ${quoteValue(name)} is not in the images list of ${file}.`, {
    hint,
  });
}

/** A tag alone replaces a stale digest pin: kustomize would keep pulling the old digest. */
function targetState(request: ImageRequest, old: ImageState): ImageState {
  if (typeof request.tag === 'string' && request.digest === undefined) {
    return { tag: request.tag, digest: null };
  }
  return {
    tag: request.tag === undefined ? old.tag : request.tag,
    digest: request.digest === undefined ? old.digest : request.digest,
  };
}

/** `v1.2`, `10.2.3`, `2024.05.01.3`, `1.2.3-rc1`: one to four numbers, an optional suffix. */
const VERSION_TAG = /^v?(\d+(?:\.\d+){0,3})(?:-([0-9A-Za-z.-]+))?$/;

/**
 * Tags compare when both are semver, or both are dotted numbers (`10.2.3` -> `1.10` is a
 * downgrade: numbers compare per component, missing ones are 0; a pre-release suffix sorts
 * below the same numbers without one). Other tags (`latest`, a git sha) never compare.
 */
export function isDowngrade(from: string | null, to: string | null): boolean {
  const older = from ? semver.parse(from) : null;
  const newer = to ? semver.parse(to) : null;
  if (older !== null && newer !== null) return semver.lt(newer, older);
  const [a, b] = [from ? VERSION_TAG.exec(from) : null, to ? VERSION_TAG.exec(to) : null];
  if (!a || !b) return false;
  const numbers = (match: RegExpExecArray) => (match[1] ?? '').split('.').map(Number);
  const [x, y] = [numbers(a), numbers(b)];
  for (let index = 0; index < Math.max(x.length, y.length); index += 1) {
    const difference = (y[index] ?? 0) - (x[index] ?? 0);
    if (difference !== 0) return difference < 0;
  }
  return b[2] !== undefined && a[2] === undefined;
}

function checkTagPattern(name: string, state: ImageState, policy: BumpPolicy): void {
  if (!policy.tagPattern || state.tag === null || policy.tagPattern.test(state.tag)) return;
  throw new ActionError(
    `Tag ${quoteValue(state.tag)} for ${quoteValue(name)} does not match tag-pattern ${policy.tagPattern.source}.`,
    { hint: 'Release a tag that matches the pattern, or change tag-pattern.' },
  );
}

function changeFor(name: string, from: ImageState, to: ImageState): ImageChange | undefined {
  const change: ImageChange = { name };
  if (from.tag !== to.tag) change.newTag = to.tag;
  if (from.digest !== to.digest) change.digest = to.digest;
  return Object.keys(change).length > 1 ? change : undefined;
}

function guardDowngrades(file: string, downgrades: string[], policy: BumpPolicy): void {
  if (downgrades.length === 0 || policy.allowDowngrade) return;
  throw new ActionError(`Refusing to downgrade in ${file}: ${downgrades.join('; ')}.`, {
    hint: 'To roll back on purpose, set allow-downgrade: true and give a reason.',
  });
}

/** Pure: the new overlay file for the requested images, after every guard. */
export function planBump(
  file: OverlayFile,
  requests: ImageRequest[],
  policy: BumpPolicy,
): BumpPlan {
  const entries = readImages(file.content, file.path);
  const previous: ImageStates = {};
  const current: ImageStates = {};
  const changes: ImageChange[] = [];
  const downgrades: string[] = [];
  for (const request of requests) {
    const old = stateOf(findEntry(entries, request.name, file.path));
    const next = targetState(request, old);
    checkTagPattern(request.name, next, policy);
    if (isDowngrade(old.tag, next.tag))
      downgrades.push(`${request.name} ${old.tag} -> ${next.tag}`);
    previous[request.name] = old;
    current[request.name] = next;
    const change = changeFor(request.name, old, next);
    if (change) changes.push(change);
  }
  guardDowngrades(file.path, downgrades, policy);
  const after = changes.length > 0 ? setImages(file.content, changes, file.path) : file.content;
  return {
    path: file.path,
    before: file.content,
    after,
    changed: after !== file.content,
    previous,
    current,
    downgrades,
    diff: unifiedDiff(file.path, file.content, after),
  };
}

/** One entry per name, the one kustomize applies (the last). */
function lastOfEach(entries: ImageEntry[]): ImageEntry[] {
  return [...new Map(entries.map((entry) => [entry.name, entry])).values()];
}

/** Requests that copy another overlay's pins (promotion). */
export function promotionRequests(source: OverlayFile, names: string[]): ImageRequest[] {
  const entries = readImages(source.content, source.path);
  const chosen =
    names.length > 0
      ? names.map((name) => findEntry(entries, name, source.path))
      : lastOfEach(entries);
  return chosen.map((entry) => {
    if (entry.newTag === undefined && entry.digest === undefined) {
      throw new ActionError(
        `Image ${quoteValue(entry.name)} in ${source.path} has neither newTag nor digest to promote.`,
        { hint: 'Promote from an overlay that pins the image.' },
      );
    }
    // Copy both parts exactly: an absent digest clears one in the target.
    return { name: entry.name, tag: entry.newTag ?? null, digest: entry.digest ?? null };
  });
}
