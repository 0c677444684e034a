import semver from 'semver';

export type ReleaseCandidates =
  { kind: 'candidates'; tags: string[] } | { kind: 'unordered'; reason: string };

/**
 * The tags that may be the previous release of `current`, best first: semver versions below
 * it, newest first, without prereleases unless `current` is one. Ancestry is checked by the
 * caller, which takes the first candidate that head contains.
 */
export function previousReleaseCandidates(
  current: string,
  tags: readonly string[],
): ReleaseCandidates {
  const version = semver.parse(current);
  if (!version) {
    return {
      kind: 'unordered',
      reason: `release tag '${current}' is not a semantic version, so releases cannot be ordered`,
    };
  }
  const allowPrerelease = version.prerelease.length > 0;
  const earlier = tags.flatMap((tag) => {
    const other = semver.parse(tag);
    if (!other || tag === current || semver.gte(other, version)) return [];
    return allowPrerelease || other.prerelease.length === 0 ? [{ tag, other }] : [];
  });
  earlier.sort((a, b) => semver.rcompare(a.other, b.other) || a.tag.localeCompare(b.tag));
  return { kind: 'candidates', tags: earlier.map((entry) => entry.tag) };
}
