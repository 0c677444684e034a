import type { CommitInfo, ImagePin, Lag, PinChange } from './model.js';

export function samePin(a: ImagePin | undefined, b: ImagePin | undefined): boolean {
  return a !== undefined && b !== undefined && a.tag === b.tag && a.digest === b.digest;
}

/**
 * The commits that changed the pin, newest first, from every commit that touched the overlay
 * (newest first, with the pin it left; undefined where the image was absent or unreadable).
 */
export function pinChanges(touched: ReadonlyArray<{ commit: CommitInfo; pin?: ImagePin }>) {
  const changes: PinChange[] = [];
  touched.forEach(({ commit, pin }, index) => {
    if (!pin) return;
    const older = touched[index + 1]?.pin;
    if (!samePin(pin, older)) changes.push({ commit, pin });
  });
  return changes;
}

/** The commit that set `current`: the newest change to it. */
export function setterOf(changes: readonly PinChange[], current: ImagePin | undefined) {
  const newest = changes[0];
  return newest && samePin(newest.pin, current) ? newest.commit : undefined;
}

/**
 * How far an environment is behind the one before it: the pin changes the previous one has
 * made since it held this environment's pin.
 */
export function lagBehind(
  behind: string,
  previous: { pin?: ImagePin; history: readonly PinChange[] },
  pin: ImagePin | undefined,
): Lag | undefined {
  if (!pin || !previous.pin) return undefined;
  if (samePin(previous.pin, pin)) return { behind, same: true, changes: 0 };
  const index = previous.history.findIndex((change) => samePin(change.pin, pin));
  if (index < 0) return { behind, same: false };
  const firstAfter = previous.history[index - 1];
  return {
    behind,
    same: false,
    changes: index,
    ...(firstAfter && { since: firstAfter.commit.date }),
  };
}

/** `v1.2.3`, `v1.2.3@sha256:abcdef123456`, `sha256:abcdef123456` or `unset`. */
export function formatPin(pin: ImagePin | undefined): string {
  if (!pin) return 'unknown';
  const digest = pin.digest ? pin.digest.slice(0, 19) : '';
  if (pin.tag && digest) return `${pin.tag}@${digest}`;
  return pin.tag ?? (digest || 'unset');
}
