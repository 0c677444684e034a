import type { RepoContext } from './context.js';
import { externalFindings, isExternalRule, type ExternalOptions } from './external.js';
import { compareFindings, type Finding } from './finding.js';
import type { LoadedFile } from './model.js';
import { RULES } from './rules/index.js';
import { applySuppressions, readSuppressions } from './suppress.js';

/** Our own rules over one file, before suppressions. */
export function checkFile(file: LoadedFile, context: RepoContext): Finding[] {
  return Object.values(RULES).flatMap((rule) => rule(file, context));
}

export interface LintOptions {
  /** Run the external checkers (GitHub's validator, actionlint, shellcheck); false skips them. */
  external: ExternalOptions | false;
}

/** Every check over the files, suppressions applied, sorted by file, line and rule. */
export async function lintFiles(
  files: LoadedFile[],
  context: RepoContext,
  options: LintOptions,
): Promise<Finding[]> {
  const external = options.external ? await externalFindings(files, context, options.external) : [];
  const ran = (rule: string) =>
    rule in RULES || (options.external !== false && isExternalRule(rule));
  const known = (rule: string) => rule in RULES || isExternalRule(rule);
  return files
    .flatMap((file) => {
      const { suppressions, findings: invalid } = readSuppressions(file, known);
      const raw = [
        ...checkFile(file, context),
        ...external.filter((item) => item.file === file.path),
      ];
      return [...invalid, ...applySuppressions(file, raw, suppressions, ran)];
    })
    .sort(compareFindings);
}
