import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { emptyResult, type StepResult, type StepRun } from '../step-types.js';

/**
 * Stand-ins for actions/upload-artifact and actions/download-artifact: one local store per
 * run, shared by its jobs (called workflows' jobs included), one folder per artifact name.
 */

function failure(step: StepRun, message: string): StepResult {
  step.log(`::error::${message}`);
  return { ...emptyResult(1), annotations: [{ level: 'error', message }] };
}

function lines(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('!'));
}

export async function uploadArtifact(step: StepRun): Promise<StepResult> {
  const name = step.with.name || 'artifact';
  const store = join(step.job.artifactsDir, name);
  const found = lines(step.with.path)
    .map((p) => resolve(step.job.workspace, p))
    .filter(existsSync);
  if (found.length === 0) {
    const mode = step.with['if-no-files-found'] || 'warn';
    const message = `No files were found with the provided path: ${step.with.path}. No artifacts will be uploaded.`;
    if (mode === 'error') return failure(step, message);
    if (mode === 'warn') step.log(`::warning::${message}`);
    return emptyResult(0);
  }
  if (existsSync(store)) {
    if (step.with.overwrite !== 'true')
      return failure(
        step,
        `An artifact with the name '${name}' already exists in this run (overwrite: false).`,
      );
    rmSync(store, { recursive: true, force: true });
  }
  mkdirSync(store, { recursive: true });
  const root =
    found.length === 1 && statSync(found[0] ?? '').isFile()
      ? dirname(found[0] ?? '')
      : commonRoot(found);
  for (const path of found)
    cpSync(path, join(store, relative(root, path) || basename(path)), { recursive: true });
  step.log(`Stored artifact '${name}' (${found.length} path(s)) in the run's local artifact store`);
  return {
    ...emptyResult(0),
    outputs: { 'artifact-id': name, 'artifact-url': `file://${store}`, 'artifact-digest': '' },
  };
}

function commonRoot(paths: string[]): string {
  const parts = paths.map((p) => (statSync(p).isDirectory() ? p : dirname(p)).split('/'));
  const first = parts[0] ?? [];
  let length = first.length;
  for (const other of parts) {
    let i = 0;
    while (i < length && other[i] === first[i]) i += 1;
    length = i;
  }
  return first.slice(0, length).join('/') || '/';
}

export async function downloadArtifact(step: StepRun): Promise<StepResult> {
  const dest = resolve(step.job.workspace, step.with.path || '.');
  const names = step.with.name
    ? [step.with.name]
    : existsSync(step.job.artifactsDir)
      ? readdirSync(step.job.artifactsDir)
      : [];
  for (const name of names) {
    const store = join(step.job.artifactsDir, name);
    if (!existsSync(store))
      return failure(step, `Unable to download artifact(s): Artifact not found for name: ${name}`);
    const into = step.with.name ? dest : join(dest, name);
    mkdirSync(into, { recursive: true });
    cpSync(store, into, { recursive: true });
    step.log(`Downloaded artifact '${name}' to ${into}`);
  }
  return { ...emptyResult(0), outputs: { 'download-path': dest } };
}
