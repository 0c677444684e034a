import { actionAt, localActionPath, type RepoContext } from '../context.js';
import { finding, type Finding, type Rule } from '../finding.js';
import type { LoadedFile, Step } from '../model.js';
import { stepScopes } from '../scopes.js';

/**
 * A step running an action of this repository (`./actions/x`, or `<owner>/infra-fleet/actions/x@ref`)
 * passes only inputs its action.yml declares, and every input that is required without a default.
 */
export const localActionInputs: Rule = (file, context) =>
  stepScopes(file).flatMap((scope) =>
    scope.steps.flatMap((step) => checkStep(file, step, scope.steps, context)),
  );

function checkStep(file: LoadedFile, step: Step, steps: Step[], context: RepoContext): Finding[] {
  const dir = localActionPath(step, steps, context);
  if (dir === undefined || !step.uses) return [];
  const report = (line: number, message: string) =>
    finding(file, line, 'local-action-inputs', message);
  const action = actionAt(context, dir);
  if (!action)
    return [report(step.uses.line, `${step.uses.value}: there is no action.yml in ${dir || '.'}/`)];
  const declared = new Map(
    [...action.action.inputs.keys()].map((name) => [name.toLowerCase(), name]),
  );
  const passed = new Set([...step.with.keys()].map((name) => name.toLowerCase()));
  const unknown = [...step.with].filter(([name]) => !declared.has(name.toLowerCase()));
  const missing = [...action.action.inputs.values()].filter(
    (input) => input.required && !input.hasDefault && !passed.has(input.name.toLowerCase()),
  );
  return [
    ...unknown.map(([name, value]) =>
      report(
        value.line,
        `input "${name}" is not declared by ${action.path} (declared: ${[...declared.values()].join(', ')})`,
      ),
    ),
    ...missing.map((input) =>
      report(step.uses!.line, `${step.uses!.value} needs the required input "${input.name}"`),
    ),
  ];
}
