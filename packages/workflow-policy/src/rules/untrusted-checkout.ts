import { finding, type Rule } from '../finding.js';
import { allSteps } from '../scopes.js';
import { parseUses, remoteName } from '../uses.js';
import { FORBIDDEN_TRIGGERS } from './forbidden-trigger.js';

const UNTRUSTED_REF =
  /github\.event\.pull_request\.head|github\.head_ref|github\.event\.workflow_run\.head|refs\/pull\//;

/** Checking out the pull request's code in a privileged trigger hands it the secrets ("pwn request"). */
export const untrustedCheckout: Rule = (file) => {
  if (
    file.kind !== 'workflow' ||
    !file.workflow.triggers.some((t) => FORBIDDEN_TRIGGERS.has(t.event))
  ) {
    return [];
  }
  return allSteps(file).flatMap((step) => {
    if (!step.uses || remoteName(parseUses(step.uses.value)) !== 'actions/checkout') return [];
    return ['ref', 'repository'].flatMap((input) => {
      const value = step.with.get(input);
      if (!value || !UNTRUSTED_REF.test(value.value)) return [];
      return [
        finding(
          file,
          value.line,
          'untrusted-checkout',
          `checks out untrusted pull request code (${input}: ${value.value}) in a privileged workflow`,
        ),
      ];
    });
  });
};
