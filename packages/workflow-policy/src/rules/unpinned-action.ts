import { finding, type Rule } from '../finding.js';
import { allUses } from '../scopes.js';
import { isPinned, parseUses } from '../uses.js';

/**
 * Every action or reusable workflow from another repository (this one referenced by name too)
 * is pinned to a full 40-hex commit SHA; docker images to a sha256 digest. Tags and branches move.
 */
export const unpinnedAction: Rule = (file) =>
  allUses(file).flatMap((uses) => {
    const target = parseUses(uses.value);
    if (target.kind === 'invalid') {
      return [
        finding(
          file,
          uses.line,
          'unpinned-action',
          `"${uses.value}" is not owner/repo[/path]@ref, ./path or docker://`,
        ),
      ];
    }
    if (isPinned(target)) return [];
    const fix =
      target.kind === 'docker'
        ? 'pin the image by digest: docker://image@sha256:<digest> # <tag>'
        : `pin it: ${uses.value.split('@')[0]}@<40-hex commit sha> # vX.Y.Z`;
    return [
      finding(
        file,
        uses.line,
        'unpinned-action',
        `${uses.value} is not pinned to a full commit SHA; ${fix}`,
      ),
    ];
  });
