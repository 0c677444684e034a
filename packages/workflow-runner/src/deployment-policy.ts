/** Environment deployment branch and tag policies, matched as GitHub matches them. */

export interface BranchPolicy {
  name: string;
  type: 'branch' | 'tag';
}

/** File-style glob: `*` within one segment, `**` across segments, `?` one character. */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i] ?? '';
    if (char === '*' && pattern[i + 1] === '*') {
      source += '.*';
      i += 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** null when `ref` may deploy; else GitHub's message. `policies` null: any ref may. */
export function refusal(
  environment: string,
  ref: string,
  policies: BranchPolicy[] | null,
): string | null {
  if (policies === null) return null;
  const tag = ref.startsWith('refs/tags/');
  const name = ref.replace(/^refs\/(heads|tags)\//, '');
  const type = tag ? 'tag' : 'branch';
  const allowed = policies.some((p) => p.type === type && globToRegExp(p.name).test(name));
  if (allowed) return null;
  const kind = tag ? 'Tag' : 'Branch';
  return `${kind} "${name}" is not allowed to deploy to ${environment} due to environment protection rules.`;
}
