import { actionAt, localActionPath, sameName, type RepoContext } from '../context.js';
import { contextReferences, type Expression } from '../expressions.js';
import { finding, type Finding, type Rule } from '../finding.js';
import type { LoadedFile, Step } from '../model.js';
import { stepScopes } from '../scopes.js';

/**
 * `steps.<id>` names an earlier step of the same job (any step, from the job's `outputs:`), and
 * `steps.<id>.outputs.<name>` of a step running a local action is an output its action.yml
 * declares. A `run:` step may write any output; other repositories' actions are not checked.
 */
export const stepOutputExists: Rule = (file, context) =>
  stepScopes(file).flatMap((scope) => {
    const where = scope.job ? `job ${scope.job.id}` : 'this action';
    const check = (expressions: Expression[], visible: Step[]) =>
      expressions.flatMap((expression) =>
        checkExpression(file, expression, { steps: scope.steps, visible, where, context }),
      );
    const outer =
      scope.job?.expressions ?? (file.kind === 'action' ? actionOutputExpressions(file) : []);
    return [
      ...check(outer, scope.steps),
      ...scope.steps.flatMap((step) => check(step.expressions, scope.steps.slice(0, step.index))),
    ];
  });

function actionOutputExpressions(file: LoadedFile): Expression[] {
  return file.kind === 'action'
    ? [...file.action.outputs.values()].flatMap((output) => output.expressions)
    : [];
}

interface Site {
  steps: Step[];
  visible: Step[];
  where: string;
  context: RepoContext;
}

function checkExpression(file: LoadedFile, expression: Expression, site: Site): Finding[] {
  return contextReferences(expression.body)
    .filter((reference) => reference.context === 'steps')
    .flatMap((reference) => {
      const problem = referenceProblem(reference.id, reference.name, site);
      return problem ? [finding(file, expression.line, 'step-output-exists', problem)] : [];
    });
}

function referenceProblem(id: string, name: string | undefined, site: Site): string | undefined {
  const step = site.visible.find((candidate) => candidate.id && sameName(candidate.id.value, id));
  if (!step) {
    const later = site.steps.some((candidate) => candidate.id && sameName(candidate.id.value, id));
    return later
      ? `steps.${id} is read before step "${id}" has run (only earlier steps are visible)`
      : `steps.${id}: ${site.where} has no step with id "${id}"`;
  }
  const dir = localActionPath(step, site.steps, site.context);
  const action = dir === undefined ? undefined : actionAt(site.context, dir);
  if (name === undefined || !action) return undefined;
  const outputs = [...action.action.outputs.keys()];
  if (outputs.some((output) => sameName(output, name))) return undefined;
  return `steps.${id}.outputs.${name}: ${action.path} declares no output "${name}" (declared: ${outputs.join(', ') || 'none'})`;
}
