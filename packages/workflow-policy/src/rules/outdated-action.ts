import { trailingComment } from '../comments.js';
import { finding, type Rule } from '../finding.js';
import { allUses } from '../scopes.js';
import { isPinned, parseUses, remoteName } from '../uses.js';

/**
 * DATA TO UPDATE: the newest major release of each action this repository pins, with the
 * release its pins should name. Taken from the release tags of each repository (git tags,
 * checked August 2026); update an entry when a new major is released, together with the pins
 * (Dependabot, .github/dependabot.yml, proposes the bumps). An action that is not listed is not
 * checked.
 *
 * Why: an older major keeps an older runtime and older defaults. Node 20 left GitHub's runners
 * on 2026-09-16, and the v4-era majors of the actions/* actions declare node20
 * (https://github.blog/changelog/2025-09-19-deprecation-of-node-20-on-github-actions-runners/).
 */
export const CURRENT_MAJORS: Readonly<Record<string, { major: number; release: string }>> = {
  'actions/checkout': { major: 7, release: 'v7.0.1' },
  'actions/upload-artifact': { major: 7, release: 'v7.0.0' },
  'actions/download-artifact': { major: 8, release: 'v8.0.1' },
  'actions/create-github-app-token': { major: 3, release: 'v3.1.1' },
  'actions/github-script': { major: 8, release: 'v8.0.0' },
  'aws-actions/configure-aws-credentials': { major: 6, release: 'v6.2.3' },
};

const VERSION = /^v(\d+)(?:\.\d+){0,2}(?:[-+][0-9A-Za-z.-]+)?(?:\s|$)/;

/**
 * A SHA-pinned action whose version comment (`# vX.Y.Z`) names a major older than the newest one
 * in CURRENT_MAJORS. Unpinned references are unpinned-action's findings, and a pin without a
 * version comment is pin-comment's.
 */
export const outdatedAction: Rule = (file) =>
  allUses(file).flatMap((uses) => {
    const target = parseUses(uses.value);
    const name = remoteName(target);
    const current = name === undefined ? undefined : CURRENT_MAJORS[name];
    if (!current || !isPinned(target)) return [];
    const comment = trailingComment(file, uses.line) ?? '';
    const match = VERSION.exec(comment);
    const major = match ? Number(match[1]) : undefined;
    if (major === undefined || major >= current.major) return [];
    return [
      finding(
        file,
        uses.line,
        'outdated-action',
        `${name} ${comment.split(/\s/)[0]} is older than its current major v${current.major}; pin ${current.release} by its full commit SHA (with "# ${current.release}")`,
      ),
    ];
  });
