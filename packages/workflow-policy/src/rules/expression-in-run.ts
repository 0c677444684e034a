import { finding, type Finding, type Rule } from '../finding.js';
import type { LoadedFile, Step } from '../model.js';
import { allSteps } from '../scopes.js';
import { parseUses, remoteName } from '../uses.js';

const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;

/**
 * No `${{ ... }}` in `run:` bodies or `actions/github-script` scripts: the value is pasted into
 * the script before it is parsed, so a crafted release tag or branch name runs as code.
 */
export const expressionInRun: Rule = (file) =>
  allSteps(file).flatMap((step) => [...runFindings(file, step), ...scriptFindings(file, step)]);

function runFindings(file: LoadedFile, step: Step): Finding[] {
  if (!step.run) return [];
  const { body, lines } = step.run;
  return body
    .split('\n')
    .flatMap((text, index) =>
      [...text.matchAll(EXPRESSION)].map((match) =>
        finding(file, lines[index] ?? step.run!.line, 'expression-in-run', advice(match[0])),
      ),
    );
}

function scriptFindings(file: LoadedFile, step: Step): Finding[] {
  const script = step.with.get('script');
  if (!step.uses || !script || remoteName(parseUses(step.uses.value)) !== 'actions/github-script') {
    return [];
  }
  return [...script.value.matchAll(EXPRESSION)].map((match) =>
    finding(file, script.line, 'expression-in-run', advice(match[0])),
  );
}

function advice(expression: string): string {
  const shown = expression.replace(/\s+/g, ' ');
  return (
    `${shown} is pasted into the script before it runs (script injection); ` +
    'pass it through env: and use "$NAME" (validate it in an action first)'
  );
}
