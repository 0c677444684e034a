import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoContext, type RepoContext } from '../src/context.js';
import { loadFile, type LoadedFile } from '../src/model.js';

export const REPO = path.resolve(import.meta.dirname, '../../..');
export const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');
/** Repository-relative path of the fixtures, as findings print it. */
export const FIXTURE_DIR = 'packages/workflow-policy/test/fixtures';

/** A fixture loaded under its repository path, or under `as` (a path the rules resolve). */
export function fixture(name: string, as = `${FIXTURE_DIR}/${name}`): LoadedFile {
  return loadFile(as, readFileSync(path.join(FIXTURES, name), 'utf8'));
}

/** This repository's real action contracts: the names deploy detection and input checks use. */
export function repositoryActions(): LoadedFile[] {
  return readdirSync(path.join(REPO, 'actions'))
    .filter((name) => readdirSync(path.join(REPO, 'actions', name)).includes('action.yml'))
    .map((name) => {
      const repoPath = `actions/${name}/action.yml`;
      return loadFile(repoPath, readFileSync(path.join(REPO, repoPath), 'utf8'));
    });
}

/**
 * The context the fixture tests run in: the repository's actions, the reusable-workflow
 * fixtures at the paths callers name, and the files under test.
 */
export function fixtureContext(...files: LoadedFile[]): RepoContext {
  return repoContext([
    ...repositoryActions(),
    fixture('reusable-callee.yml', '.github/workflows/reusable-callee.yml'),
    fixture('permissions.yml', '.github/workflows/not-callable.yml'),
    ...files,
  ]);
}

/** Builds a file from an indented template literal. */
export function yaml(text: string, filePath = '.github/workflows/test.yml'): LoadedFile {
  return loadFile(filePath, dedent(text));
}

export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(
    ...lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)?.[0].length ?? 0),
  );
  return lines.map((line) => line.slice(indent)).join('\n');
}

/** `[line, rule]` pairs, sorted: what the fixture tests compare. */
export function sites(findings: Array<{ line: number; rule: string }>): Array<[number, string]> {
  return findings
    .map((item): [number, string] => [item.line, item.rule])
    .sort(([a, x], [b, y]) => a - b || x.localeCompare(y));
}
