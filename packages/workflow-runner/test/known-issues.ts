import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './helpers.js';

/**
 * Bugs in the committed workflows (or the actions they call) that the runner found and that are
 * not this package's to fix. Each is patched in a copy only while its pattern is still in the
 * file, so a fix upstream makes the patch a no-op instead of a red test. Report them; remove an
 * entry once it no longer applies.
 */
export const KNOWN_ISSUES: Array<{ file: string; why: string; from: RegExp; to: string }> = [
  // Found by the runner and fixed: the preview's dry run wrote a tree through the Git Data API
  // with contents: read (now a dry run writes nothing).
];

export interface Source {
  root: string;
  applied: string[];
  close(): void;
}

/** This repository's workflows with `edit` applied to `file` (and the known issues patched). */
export function workflowsCopy(file?: string, edit?: (text: string) => string): Source {
  const root = mkdtempSync(join(tmpdir(), 'workflows-'));
  cpSync(join(REPO_ROOT, '.github'), join(root, '.github'), { recursive: true });
  symlinkSync(join(REPO_ROOT, 'actions'), join(root, 'actions'));
  const applied: string[] = [];
  for (const issue of KNOWN_ISSUES) {
    const path = join(root, '.github/workflows', issue.file);
    const text = readFileSync(path, 'utf8');
    if (!issue.from.test(text)) continue;
    writeFileSync(path, text.replace(issue.from, issue.to));
    applied.push(`${issue.file}: ${issue.why}`);
  }
  if (file && edit) {
    const path = join(root, '.github/workflows', file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    if (after === before)
      throw new Error(`The mutation of ${file} changed nothing: did the workflow change?`);
    writeFileSync(path, after);
  }
  return { root, applied, close: () => rmSync(root, { recursive: true, force: true }) };
}
