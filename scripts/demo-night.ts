// One night of staging, for `npm run demo`: the evening and morning steps of
// .github/workflows/nightly-staging.yml (their `with:` values, read from the file), run through
// terragrunt-run's bundle with the Terragrunt/OpenTofu stand-ins, on a clone of the demo's
// repository where staging, production and permanent were applied during the day. Staging is
// destroyed dependents first and recreated dependencies first; production and permanent keep
// every resource, and the same destroy pointed at production is refused.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import {
  readStandInState,
  runAction,
  runGit,
  serveToolReleases,
  TERRAGRUNT_STAND_IN,
  TOFU_STAND_IN,
  writeStandInCopy,
  type ActionRun,
  type ToolReleaseServer,
} from '@infra-fleet/testkit';
import {
  DEFAULT_OPENTOFU_VERSION,
  DEFAULT_TERRAGRUNT_VERSION,
} from '../actions/terragrunt-run/src/versions.js';

const ROOT = resolve(import.meta.dirname, '..');
const TERRAGRUNT = join(ROOT, 'actions/terragrunt-run');
const WORKFLOW = '.github/workflows/nightly-staging.yml';
const FOLDERS = {
  staging: 'infrastructure/environments/staging',
  production: 'infrastructure/environments/production',
  permanent: 'infrastructure/permanent',
};

export interface NightDemo {
  /** The demo's emulator: its bare repository is cloned, as a runner checks out main. */
  emulator: { gitDir: string };
  show(label: string, value: string | undefined): void;
  showErrors(run: ActionRun): void;
}

interface Night {
  demo: NightDemo;
  checkout: string;
  scratch: string;
  releases: ToolReleaseServer;
}

/** The `with:` of a job's terragrunt-run step in nightly-staging.yml. */
function stepInputs(job: 'destroy' | 'recreate'): Record<string, string> {
  const workflow = parse(readFileSync(join(ROOT, WORKFLOW), 'utf8')) as {
    jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
  };
  const step = workflow.jobs[job]?.steps.find((s) => s.uses === './actions/terragrunt-run');
  if (!step?.with) throw new Error(`${WORKFLOW} has no terragrunt-run step in job ${job}`);
  return Object.fromEntries(
    Object.entries(step.with).map(([name, value]) => [name, String(value)]),
  );
}

function terragruntRun(night: Night, inputs: Record<string, string>): Promise<ActionRun> {
  const { releases, scratch, checkout } = night;
  return runAction({
    actionDir: TERRAGRUNT,
    node: releases.node, // trusts the test keys the stand-in releases are signed with
    workspace: checkout,
    event: { name: 'schedule', payload: { schedule: '0 19 * * 1-5' } },
    env: { RUNNER_TOOL_CACHE: join(scratch, 'tool-cache') },
    inputs: {
      ...inputs,
      'terragrunt-download-url': releases.terragruntUrl,
      'opentofu-download-url': releases.opentofuUrl,
    },
  });
}

/** The day before: every folder applied, as infra-apply and an administrator left them. */
function applyTheDay(night: Night): void {
  for (const folder of Object.values(FOLDERS)) {
    const args = ['run', '--all', '--non-interactive', '--working-dir', folder];
    execFileSync(TERRAGRUNT_STAND_IN, [...args, '--tf-path', TOFU_STAND_IN, '--', 'apply'], {
      cwd: night.checkout,
      stdio: 'ignore',
    });
  }
}

/** Resources in state per folder, from the stand-in's state files in each unit. */
function resourceCounts(night: Night): string {
  const counts = Object.entries(FOLDERS).map(([name, folder]) => {
    const dir = join(night.checkout, folder);
    const units = readdirSync(dir)
      .map((entry) => join(dir, entry))
      .filter((unit) => existsSync(join(unit, 'terragrunt.hcl')));
    const total = units.reduce(
      (sum, unit) => sum + Object.keys(readStandInState(unit)?.resources ?? {}).length,
      0,
    );
    return `${name} ${total}`;
  });
  return counts.join(', ');
}

/** The demo stops, failing, when a run ends otherwise than the story says. */
function expectExit(night: Night, run: ActionRun, expected: number, what: string): ActionRun {
  if (run.exitCode === expected) return run;
  night.demo.showErrors(run);
  throw new Error(`${what} exited ${run.exitCode}, expected ${expected}; see its output above.`);
}

/** The outcome lines terragrunt-run's job summary heads with. */
function outcome(run: ActionRun): string {
  return run.summary
    .split('\n')
    .filter((line) => /^(🗑️|🏗️|✅|⛔)/u.test(line))
    .join('\n                   ');
}

async function evening(night: Night): Promise<void> {
  const { show } = night.demo;
  const destroy = stepInputs('destroy');
  const run = expectExit(night, await terragruntRun(night, destroy), 0, 'terragrunt-run destroy');
  show('evening', `terragrunt-run destroy (${destroy['working-directory']})`);
  show('summary', outcome(run));
  show('left', `resources in state: ${resourceCounts(night)}`);
  const production = { ...destroy, 'working-directory': FOLDERS.production, environment: '' };
  const refused = expectExit(
    night,
    await terragruntRun(night, production),
    1,
    'destroy of production',
  );
  const message = refused.annotations.find((a) => a.command === 'error')?.message ?? '';
  show(
    'refused',
    `the same step on production: ${message.split('\n').join(`\n${' '.repeat(19)}`)}`,
  );
}

async function morning(night: Night): Promise<void> {
  const { show } = night.demo;
  const recreate = stepInputs('recreate');
  const run = expectExit(night, await terragruntRun(night, recreate), 0, 'terragrunt-run recreate');
  show('morning', `terragrunt-run recreate (${recreate['working-directory']})`);
  show('summary', outcome(run));
  show('back', `resources in state: ${resourceCounts(night)}`);
}

/**
 * Runs one night of nightly-staging.yml: the evening destroy and the morning recreate of
 * staging; throws when a run ends otherwise than described.
 */
export async function nightStep(demo: NightDemo): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'demo-night-'));
  const checkout = join(scratch, 'checkout');
  const bin = join(scratch, 'bin');
  const releases = await serveToolReleases({
    terragrunt: {
      version: DEFAULT_TERRAGRUNT_VERSION,
      file: writeStandInCopy('terragrunt', DEFAULT_TERRAGRUNT_VERSION, bin),
    },
    opentofu: {
      version: DEFAULT_OPENTOFU_VERSION,
      file: writeStandInCopy('tofu', DEFAULT_OPENTOFU_VERSION, bin),
    },
  });
  try {
    runGit(['clone', '--quiet', demo.emulator.gitDir, checkout], tmpdir());
    const night: Night = { demo, checkout, scratch, releases };
    applyTheDay(night);
    demo.show('day', `resources in state: ${resourceCounts(night)}`);
    await evening(night);
    await morning(night);
  } finally {
    await releases.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
