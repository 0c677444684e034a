import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { emptyResult, type StepResult, type StepRun } from '../step-types.js';

/**
 * Stand-in for actions/checkout. The repository under test comes from the emulator's bare
 * repository (fetch-depth 1 by default, 0 for every branch and tag; origin is that repository,
 * so later fetches need no credentials). infra-fleet itself at `job.workflow_sha` comes from the
 * checkout the workflows were read from, so the actions run from the same files as the workflows.
 */

const git = (args: string[], cwd: string) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

function target(step: StepRun): string {
  const dir = resolve(step.job.workspace, step.with.path || '.');
  if (!dir.startsWith(step.job.workspace))
    throw new Error(`path ${step.with.path} is outside the workspace.`);
  return dir;
}

function fromSource(step: StepRun, dir: string): StepResult {
  const sparse = (step.with['sparse-checkout'] ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const paths = sparse.length > 0 ? sparse : ['.'];
  mkdirSync(dir, { recursive: true });
  for (const path of paths) {
    const from = join(step.job.source.root, path);
    if (!existsSync(from)) continue;
    cpSync(from, join(dir, path), {
      recursive: true,
      dereference: true,
      filter: (file) =>
        !/[/\\](node_modules|\.git)([/\\]|$)/.test(file.slice(step.job.source.root.length)),
    });
  }
  step.log(
    `Copied ${paths.join(', ')} of ${step.job.source.root} (${step.job.workflow.repository}@${step.job.workflow.sha.slice(0, 12)})`,
  );
  return {
    ...emptyResult(0),
    outputs: { ref: step.job.workflow.sha, commit: step.job.workflow.sha },
  };
}

function fromEmulator(step: StepRun, dir: string): StepResult {
  const origin = `file://${step.job.port.access.gitDir}`;
  const ref = step.with.ref || String(step.job.github.sha);
  const depth = Number(step.with['fetch-depth'] ?? '1');
  if (existsSync(join(dir, '.git'))) rmSync(join(dir, '.git'), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  git(['init', '--quiet', '-b', 'main'], dir);
  git(['remote', 'add', 'origin', origin], dir);
  const shallow = depth > 0 ? [`--depth=${depth}`] : [];
  const refspecs =
    depth > 0 ? [ref] : ['+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*'];
  git(['fetch', '--quiet', '--no-tags', ...shallow, 'origin', ...refspecs], dir);
  const commit =
    depth > 0 ? git(['rev-parse', 'FETCH_HEAD'], dir) : git(['rev-parse', resolveRef(ref)], dir);
  git(['checkout', '--quiet', '--detach', commit], dir);
  step.log(
    `Checked out ${step.job.port.repository}@${commit.slice(0, 12)} (${ref}) from the emulator's repository, fetch-depth ${depth}`,
  );
  return { ...emptyResult(0), outputs: { ref, commit } };
}

function resolveRef(ref: string): string {
  if (/^[0-9a-f]{40}$/.test(ref)) return ref;
  if (ref.startsWith('refs/heads/'))
    return `refs/remotes/origin/${ref.slice('refs/heads/'.length)}`;
  return ref;
}

export async function checkout(step: StepRun): Promise<StepResult> {
  const repository = step.with.repository || step.job.port.repository;
  const dir = target(step);
  const { workflow } = step.job;
  if (repository === workflow.repository && step.with.ref === workflow.sha)
    return fromSource(step, dir);
  if (repository.toLowerCase() === step.job.port.repository.toLowerCase())
    return fromEmulator(step, dir);
  step.log(
    `::error::The checkout stand-in serves ${step.job.port.repository} (the emulator) and ${workflow.repository}@${workflow.sha} (this checkout), not ${repository}.`,
  );
  return {
    ...emptyResult(1),
    annotations: [{ level: 'error', message: `Cannot check out ${repository} locally.` }],
  };
}
