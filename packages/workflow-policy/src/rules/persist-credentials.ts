import { finding, type Rule } from '../finding.js';
import { allSteps } from '../scopes.js';
import { parseUses, remoteName } from '../uses.js';

/** actions/checkout must not leave the token in .git/config for later steps to read. */
export const persistCredentials: Rule = (file) =>
  allSteps(file).flatMap((step) => {
    if (!step.uses || remoteName(parseUses(step.uses.value)) !== 'actions/checkout') return [];
    const setting = step.with.get('persist-credentials');
    if (setting?.value === 'false') return [];
    const found = setting ? ` (found "${setting.value}")` : '';
    return [
      finding(
        file,
        setting?.line ?? step.uses.line,
        'persist-credentials',
        `actions/checkout needs \`with: persist-credentials: false\`${found}; pass a token only to the step that pushes`,
      ),
    ];
  });
