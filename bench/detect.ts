// `npx tsx bench/detect.ts`: detect-changed-envs on a large synthetic repository, against
// the step a user would write instead (node + git diff + one glob per target, bench/paths-filter.mjs)
// on the same range, at full size and at a tenth of it, and on this repository's own fleet with one
// file changed (each repository packed, as a CI checkout).
// BENCH_DETECT_ROUNDS (default 3) runs per measurement; the median is reported.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runAction, TEST_GIT_ENV, workflowDispatchEvent } from '@infra-fleet/testkit';
import type { Settings } from '../actions/detect-changed-envs/src/inputs.js';
import { detectChanges } from '../actions/detect-changed-envs/src/main.js';

const ACTION_DIR = resolve(import.meta.dirname, '../actions/detect-changed-envs');
const ROUNDS = Number(process.env.BENCH_DETECT_ROUNDS ?? 3);
const MODULES = 25;
const APPS = 20;

interface Size {
  label: string;
  environments: number;
  unitsPerEnvironment: number;
  overlays: number;
}

const FULL: Size = { label: 'full', environments: 20, unitsPerEnvironment: 50, overlays: 400 };
const TENTH: Size = { label: '1/10', environments: 2, unitsPerEnvironment: 50, overlays: 40 };

const pad = (n: number) => String(n).padStart(3, '0');
const env = (e: number) => `env-${pad(e)}`;

function unitConfig(unit: number): string {
  const dependency =
    unit === 0
      ? ''
      : `dependency "previous" {\n  config_path = "../unit-${pad(unit - 1)}"\n  mock_outputs = { id = "mock" }\n}\n`;
  return [
    'include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\n',
    `terraform {\n  source = "../../../modules//mod-${pad(unit % MODULES)}"\n}\n`,
    'locals {\n  env = read_terragrunt_config(find_in_parent_folders("env.hcl"))\n}\n',
    dependency,
    `inputs = {\n  name = "unit-${unit}-\${local.env.locals.environment}"\n}\n`,
  ].join('\n');
}

function moduleFiles(module: number): Record<string, string> {
  const dir = `infrastructure/modules/mod-${pad(module)}`;
  return {
    [`${dir}/main.tf`]: `module "shared" {\n  source = "../shared"\n  name   = var.name\n}\n\nresource "null_resource" "r${module}" {}\n`,
    [`${dir}/variables.tf`]: 'variable "name" {\n  type = string\n}\n',
    [`${dir}/outputs.tf`]: `output "id" {\n  value = null_resource.r${module}.id\n}\n`,
    [`${dir}/versions.tf`]: 'terraform {\n  required_version = ">= 1.8.0"\n}\n',
  };
}

function infrastructure(size: Size): Record<string, string> {
  const files: Record<string, string> = {
    'infrastructure/root.hcl':
      'locals {\n  common = read_terragrunt_config(find_in_parent_folders("environments/common.hcl"))\n}\n',
    'infrastructure/environments/common.hcl': 'locals {\n  region = "eu-west-2"\n}\n',
    'infrastructure/modules/shared/main.tf': 'variable "name" {\n  type = string\n}\n',
  };
  for (let module = 0; module < MODULES; module += 1) Object.assign(files, moduleFiles(module));
  for (let e = 0; e < size.environments; e += 1) {
    const dir = `infrastructure/environments/${env(e)}`;
    files[`${dir}/env.hcl`] = `locals {\n  environment = "${env(e)}"\n}\n`;
    for (let unit = 0; unit < size.unitsPerEnvironment; unit += 1) {
      files[`${dir}/unit-${pad(unit)}/terragrunt.hcl`] = unitConfig(unit);
    }
  }
  return files;
}

function kubernetes(size: Size): Record<string, string> {
  const files: Record<string, string> = {};
  for (let app = 0; app < APPS; app += 1) {
    const dir = `k8s/base/app-${pad(app)}`;
    files[`${dir}/kustomization.yaml`] = 'resources:\n  - deployment.yaml\n  - service.yaml\n';
    files[`${dir}/deployment.yaml`] = `kind: Deployment\nmetadata:\n  name: app-${app}\n`;
    files[`${dir}/service.yaml`] = `kind: Service\nmetadata:\n  name: app-${app}\n`;
  }
  for (let overlay = 0; overlay < size.overlays; overlay += 1) {
    const dir = `k8s/overlays/ov-${pad(overlay)}`;
    files[`${dir}/kustomization.yaml`] =
      `resources:\n  - ../../base/app-${pad(overlay % APPS)}\npatches:\n  - path: patch.yaml\n`;
    files[`${dir}/patch.yaml`] = `kind: Deployment\nmetadata:\n  name: app-${overlay % APPS}\n`;
  }
  return files;
}

type Edits = Record<string, string | null | { renameTo: string }>;

/**
 * A head with every unit config and overlay patch edited; `mixed` also deletes the last unit
 * of each environment and renames module files (so the base tree's graph is needed too).
 */
function edits(size: Size, mixed: boolean): Edits {
  const changes: Edits = {};
  for (let e = 0; e < size.environments; e += 1) {
    for (let unit = 0; unit < size.unitsPerEnvironment; unit += 1) {
      const file = `infrastructure/environments/${env(e)}/unit-${pad(unit)}/terragrunt.hcl`;
      const last = unit === size.unitsPerEnvironment - 1;
      changes[file] = mixed && last ? null : `${unitConfig(unit)}# v2\n`;
    }
  }
  for (let overlay = 0; overlay < size.overlays; overlay += 1) {
    changes[`k8s/overlays/ov-${pad(overlay)}/patch.yaml`] = `kind: Deployment\n# v2 ${overlay}\n`;
  }
  for (let module = 0; mixed && module < MODULES; module += 5) {
    const dir = `infrastructure/modules/mod-${pad(module)}`;
    changes[`${dir}/versions.tf`] = { renameTo: `${dir}/terraform.tf` };
  }
  return changes;
}

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, {
    cwd,
    env: { ...process.env, ...TEST_GIT_ENV },
    maxBuffer: 1 << 28,
  })
    .toString()
    .trim();
}

function write(dir: string, files: Edits): void {
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path);
    if (content === null) rmSync(target);
    else if (typeof content === 'object') renameSync(target, join(dir, content.renameTo));
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  }
}

interface Generated {
  dir: string;
  base: string;
  /** Heads: edits only, and edits with deletions and renames. */
  heads: { edits: string; mixed: string };
  files: number;
}

function commitHead(dir: string, base: string, branch: string, changes: Edits): string {
  git(['checkout', '--quiet', '-B', branch, base], dir);
  write(dir, changes);
  git(['add', '--all'], dir);
  git(['commit', '--quiet', '-m', branch], dir);
  return git(['rev-parse', 'HEAD'], dir);
}

function generate(size: Size): Generated {
  const dir = mkdtempSync(join(tmpdir(), 'detect-bench-'));
  git(['init', '--quiet', '--initial-branch=main'], dir);
  const tree = { ...infrastructure(size), ...kubernetes(size), 'README.md': '# bench\n' };
  write(dir, tree);
  git(['add', '--all'], dir);
  git(['commit', '--quiet', '-m', 'base'], dir);
  const base = git(['rev-parse', 'HEAD'], dir);
  const heads = {
    edits: commitHead(dir, base, 'edits', edits(size, false)),
    mixed: commitHead(dir, base, 'mixed', edits(size, true)),
  };
  // A CI checkout is packed; loose objects would make every git read several times slower.
  git(['gc', '--quiet', '--prune=now'], dir);
  return { dir, base, heads, files: Object.keys(tree).length };
}

async function median(measure: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = performance.now();
    await measure();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
}

function settings(dir: string, base: string, head: string): Settings {
  return {
    repositoryPath: dir,
    base,
    head,
    config: { path: 'infra-fleet.yaml', explicit: false },
    roots: {},
    failClosed: true,
    releaseTagPattern: 'v*',
    remote: 'origin',
    defaultBranch: 'main',
    event: { name: 'workflow_dispatch', payload: {} },
  };
}

const quiet = { info: () => undefined, warning: () => undefined };

/** One glob filter per environment folder and per overlay, as a paths-filter config would list. */
function filtersOf(size: Size): string[] {
  const environments = Array.from(
    { length: size.environments },
    (_, e) => `infrastructure/environments/${env(e)}/**`,
  );
  const overlays = Array.from({ length: size.overlays }, (_, o) => `k8s/overlays/ov-${pad(o)}/**`);
  return [...environments, 'infrastructure/modules/**', 'k8s/base/**', ...overlays];
}

const PATHS_FILTER = resolve(import.meta.dirname, 'paths-filter.mjs');

async function measureRange(dir: string, base: string, head: string, filters: string[]) {
  const args = ['diff', '--name-status', base, head];
  const changed = git(args, dir).split('\n').length;
  const diff = await median(() =>
    execFileSync(process.execPath, [PATHS_FILTER, dir, base, head, ...filters]),
  );
  let result: Awaited<ReturnType<typeof detectChanges>> | undefined;
  const core = await median(async () => {
    result = await detectChanges(settings(dir, base, head), quiet);
  });
  const bundle = await median(async () => {
    const run = await runAction({
      actionDir: ACTION_DIR,
      workspace: dir,
      event: workflowDispatchEvent(),
      inputs: { base, head },
    });
    if (run.exitCode !== 0) throw new Error(`bundle failed: ${run.stdout}${run.stderr}`);
    if (run.outputs.fallback !== 'false')
      throw new Error(`bundle fell back: ${run.outputs['fallback-reason']}`);
  });
  const targets = (result?.outputs.environments as string[] | undefined)?.length ?? 0;
  return { changed, diff, core, bundle, targets, fallback: result?.outputs.fallback === true };
}

async function measure(size: Size) {
  const repo = generate(size);
  try {
    const units = size.environments * size.unitsPerEnvironment;
    const measured = [];
    for (const [kind, head] of Object.entries(repo.heads)) {
      const range = await measureRange(repo.dir, repo.base, head, filtersOf(size));
      measured.push({ size, kind, units, files: repo.files, ...range });
    }
    return measured;
  } finally {
    rmSync(repo.dir, { recursive: true, force: true });
  }
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

if (process.argv.includes('--generate-only')) {
  // For profiling: leaves the full-size repository behind and prints where it is.
  console.log(generate(FULL).dir);
  process.exit(0);
}
const ROOT = resolve(import.meta.dirname, '..');

/** This repository's fleet (infra-fleet.yaml, infrastructure/, k8s/), one unit input changed. */
async function measureOwnFleet() {
  const dir = mkdtempSync(join(tmpdir(), 'detect-bench-own-'));
  try {
    const tracked = git(['ls-files', '--', 'infra-fleet.yaml', 'infrastructure', 'k8s'], ROOT);
    const files = tracked.split('\n');
    git(['init', '--quiet', '--initial-branch=main'], dir);
    for (const path of files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), readFileSync(join(ROOT, path)));
    }
    git(['add', '--all'], dir);
    git(['commit', '--quiet', '-m', 'base'], dir);
    const base = git(['rev-parse', 'HEAD'], dir);
    const envHcl = join(dir, 'infrastructure/environments/staging/env.hcl');
    writeFileSync(envHcl, `${readFileSync(envHcl, 'utf8')}# one line\n`);
    git(['commit', '--quiet', '-am', 'one file'], dir);
    const head = git(['rev-parse', 'HEAD'], dir);
    git(['gc', '--quiet', '--prune=now'], dir);
    const filters = [
      ...['staging', 'production'].map((e) => `infrastructure/environments/${e}/**`),
      'infrastructure/modules/**',
      'infrastructure/*.hcl',
      'infrastructure/environments/*.hcl',
      'k8s/base/**',
      ...['staging', 'production'].map((e) => `k8s/overlays/${e}/**`),
      ...['staging', 'production'].map((e) => `k8s/apps/status-page/overlays/${e}/**`),
    ];
    const range = await measureRange(dir, base, head, filters);
    const size: Size = { label: 'this repo', environments: 2, unitsPerEnvironment: 0, overlays: 4 };
    const units = files.filter((path) => path.endsWith('terragrunt.hcl')).length;
    return { size, kind: 'one file', units, files: files.length, ...range };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const rows = [await measureOwnFleet()];
for (const size of [TENTH, FULL]) rows.push(...(await measure(size)));
console.log(
  '| size | change | units | overlays | files | changed | paths-filter step | detect core | ratio | bundle | ratio | envs |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) {
  const ratio = (value: number) => `${(value / row.diff).toFixed(1)}x`;
  console.log(
    `| ${row.size.label} | ${row.kind} | ${row.units} | ${row.size.overlays} | ${row.files} | ${row.changed} | ${ms(row.diff)} | ${ms(row.core)} | ${ratio(row.core)} | ${ms(row.bundle)} | ${ratio(row.bundle)} | ${row.targets}${row.fallback ? ' (fallback!)' : ''} |`,
  );
}
for (const kind of ['edits', 'mixed']) {
  const [small, large] = rows.filter((row) => row.kind === kind);
  if (!small || !large) continue;
  const growth = (key: 'diff' | 'core' | 'bundle') => `${(large[key] / small[key]).toFixed(1)}x`;
  console.log(
    `Growth for 10x the repository (${kind}): paths-filter step ${growth('diff')}, detect core ${growth('core')}, bundle ${growth('bundle')}.`,
  );
}
