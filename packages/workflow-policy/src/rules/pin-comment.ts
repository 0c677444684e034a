import { trailingComment } from '../comments.js';
import { finding, type Rule } from '../finding.js';
import { allUses } from '../scopes.js';
import { isPinned, parseUses } from '../uses.js';

const VERSION = /^v\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?(?:\s|$)/;

/** A SHA-pinned `uses:` says which release the SHA is: `@<sha> # vX.Y.Z` (docker: `# <tag>`). */
export const pinComment: Rule = (file) =>
  allUses(file).flatMap((uses) => {
    const target = parseUses(uses.value);
    if ((target.kind !== 'remote' && target.kind !== 'docker') || !isPinned(target)) return [];
    const comment = trailingComment(file, uses.line) ?? '';
    const ok = target.kind === 'docker' ? comment !== '' : VERSION.test(comment);
    if (ok) return [];
    const want = target.kind === 'docker' ? '# <tag>' : '# vX.Y.Z';
    const found = comment ? ` (found "# ${comment}")` : '';
    return [
      finding(
        file,
        uses.line,
        'pin-comment',
        `${uses.value} needs the release it pins as a trailing comment "${want}"${found}`,
      ),
    ];
  });
