import { actionlintFindings } from './external/actionlint.js';
import { languageServiceFindings } from './external/languageservice.js';
import { shellcheckFindings, type ShellcheckOptions } from './external/shellcheck.js';
import type { Finding } from './finding.js';
import type { LoadedFile } from './model.js';
import type { RepoContext } from './context.js';

export { shellcheckDialect } from './external/shellcheck.js';
export type { ShellcheckOptions } from './external/shellcheck.js';

export interface ExternalOptions {
  /** Folder the file paths are relative to. */
  root: string;
  shellcheck?: ShellcheckOptions;
}

/** Rule ids of the external checkers: `languageservice`, `actionlint:<kind>`, `shellcheck:SC<n>`. */
export function isExternalRule(rule: string): boolean {
  return (
    rule === 'languageservice' ||
    /^actionlint:[\w-]+$/.test(rule) ||
    /^shellcheck:(SC\d+|unavailable|error)$/.test(rule)
  );
}

/**
 * GitHub's validator, actionlint and shellcheck over the files. The validator runs one file at a
 * time (see languageServiceFindings); actionlint and shellcheck run beside it.
 */
export async function externalFindings(
  files: LoadedFile[],
  context: RepoContext,
  options: ExternalOptions,
): Promise<Finding[]> {
  const validator = (async () => {
    const found: Finding[] = [];
    for (const file of files)
      found.push(...(await languageServiceFindings(file, context, options.root)));
    return found;
  })();
  const linted = Promise.all(files.map(actionlintFindings));
  const shell = shellcheckFindings(files, options.shellcheck);
  return [...(await validator), ...(await linted).flat(), ...(await shell)];
}
