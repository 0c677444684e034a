/**
 * allowed-refs patterns: `*` matches any characters except `/`, `**` matches any characters
 * including `/`; every other character is literal. A pattern matches the whole ref.
 */
export function refPattern(pattern: string): RegExp {
  const source = pattern
    .split(/(\*\*|\*)/)
    .map((part) => {
      if (part === '**') return '.*';
      if (part === '*') return '[^/]*';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`, 'u');
}

/** The first pattern that matches `ref`, or undefined when none does. */
export function matchingRefPattern(ref: string, patterns: readonly string[]): string | undefined {
  return patterns.find((pattern) => refPattern(pattern).test(ref));
}
