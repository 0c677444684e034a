import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_REPOSITORY_NAME, repoContext, type RepoContext } from './context.js';
import { loadFile, type LoadedFile } from './model.js';
import { allUses } from './scopes.js';
import { isWorkflowPath, pathInRepository } from './uses.js';

/** The files the CLI checks by default: `.github/workflows/*.y{a,}ml`, `actions/*\/action.y{a,}ml`. */
export async function discoverFiles(root: string): Promise<string[]> {
  const workflows = (await listDir(path.join(root, '.github/workflows')))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => `.github/workflows/${name}`);
  const actions: string[] = [];
  for (const dir of await listDir(path.join(root, 'actions'))) {
    const names = await listDir(path.join(root, 'actions', dir));
    const manifest = ['action.yml', 'action.yaml'].find((name) => names.includes(name));
    if (manifest) actions.push(`actions/${dir}/${manifest}`);
  }
  return [...workflows.sort(), ...actions.sort()];
}

export interface Repository {
  /** The files to check. */
  targets: LoadedFile[];
  context: RepoContext;
}

/**
 * Loads the files to check (default: discoverFiles) and everything the rules may look up: the
 * repository's workflows and actions, plus any local action or workflow they reference.
 */
export async function loadRepository(root: string, paths?: string[]): Promise<Repository> {
  const discovered = await discoverFiles(root);
  const wanted = (paths ?? discovered).map((item) => toRepoPath(root, item));
  const loaded = new Map<string, LoadedFile>();
  for (const repoPath of new Set([...wanted, ...discovered])) {
    loaded.set(repoPath, loadFile(repoPath, await readFile(path.join(root, repoPath), 'utf8')));
  }
  const repositoryName = await readRepositoryName(root);
  await loadReferences(root, loaded, repositoryName);
  const targets = wanted.map((repoPath) => loaded.get(repoPath) as LoadedFile);
  return { targets, context: repoContext(loaded.values(), repositoryName) };
}

async function loadReferences(
  root: string,
  loaded: Map<string, LoadedFile>,
  repositoryName: string,
): Promise<void> {
  const queue = [...loaded.values()];
  for (let file = queue.shift(); file; file = queue.shift()) {
    for (const uses of allUses(file)) {
      const target = pathInRepository(uses.value, repositoryName);
      if (target === undefined) continue;
      const candidates = isWorkflowPath(target)
        ? [target]
        : [`${target}/action.yml`, `${target}/action.yaml`].map((p) => p.replace(/^\//, ''));
      for (const candidate of candidates) {
        if (loaded.has(candidate)) break;
        const text = await readFile(path.join(root, candidate), 'utf8').catch(() => undefined);
        if (text === undefined) continue;
        const next = loadFile(candidate, text);
        loaded.set(candidate, next);
        queue.push(next);
        break;
      }
    }
  }
}

/** The root package.json's name: how other repositories refer to this one. */
async function readRepositoryName(root: string): Promise<string> {
  const text = await readFile(path.join(root, 'package.json'), 'utf8').catch(() => undefined);
  const name = text === undefined ? undefined : (JSON.parse(text) as { name?: unknown }).name;
  return typeof name === 'string' && name !== '' ? name : DEFAULT_REPOSITORY_NAME;
}

function toRepoPath(root: string, item: string): string {
  const relative = path.relative(root, path.resolve(root, item));
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new Error(`${item} is outside the repository ${root}; pass files inside it`);
  }
  return relative.split(path.sep).join('/');
}

async function listDir(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}
