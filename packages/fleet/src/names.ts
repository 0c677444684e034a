/**
 * Environment and app names: folder names that end up in job matrices, GitHub environment
 * names, branch names and commit trailers, so they are held to a grammar no shell, YAML or
 * URL treats specially.
 */
export const NAME_GRAMMAR = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

export const NAME_RULE =
  'a letter or digit, then up to 62 letters, digits, ".", "_" or "-" (e.g. staging, prod-eu)';

export function isName(value: string): boolean {
  return NAME_GRAMMAR.test(value) && !value.includes('..');
}

/** Folders that are never an environment or an app: `_envcommon`, `.terragrunt-cache`, ... */
export function isHiddenFolder(name: string): boolean {
  return name.startsWith('_') || name.startsWith('.');
}

/** The closest of `candidates` to `value` (edit distance <= 2 or a shared prefix), if any. */
export function didYouMean(value: string, candidates: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = editDistance(value.toLowerCase(), name.toLowerCase());
    if (!best || distance < best.distance) best = { name, distance };
  }
  if (!best) return undefined;
  const close = best.distance <= Math.max(2, Math.floor(value.length / 3));
  return close ? best.name : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
