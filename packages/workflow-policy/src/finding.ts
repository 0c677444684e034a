import type { LoadedFile } from './model.js';
import type { RepoContext } from './context.js';

/** One problem: printed as `file:line rule message`. */
export interface Finding {
  file: string;
  line: number;
  rule: string;
  message: string;
}

/** A policy rule: a pure function of one file and the repository around it. */
export type Rule = (file: LoadedFile, context: RepoContext) => Finding[];

export function finding(file: LoadedFile, line: number, rule: string, message: string): Finding {
  return { file: file.path, line, rule, message };
}

export function formatFinding(item: Finding): string {
  return `${item.file}:${item.line} ${item.rule} ${item.message}`;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.rule.localeCompare(b.rule) ||
    a.message.localeCompare(b.message)
  );
}
