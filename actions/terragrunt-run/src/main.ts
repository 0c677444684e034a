import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ActionError,
  appendSummary,
  info,
  maskSecret,
  systemClock,
  warning,
  writeOutputs,
  type Clock,
} from '@infra-fleet/action-kit';
import type { StickyCommentPort } from '@infra-fleet/github';
import {
  buildManifest,
  compareManifests,
  formatDifferences,
  parseManifest,
  serialiseManifest,
  type Manifest,
  type ManifestDifference,
  type TerragruntGraph,
} from '@infra-fleet/terragrunt';
import {
  isApplyPhase,
  isPlanPhase,
  phaseLabel,
  phasesOf,
  terragruntArgs,
  type Phase,
} from './args.js';
import { isLifecycleCommand, readSettings, type Settings } from './inputs.js';
import { installTools, type InstalledTools } from './install.js';
import { watchedPhase, withHeartbeat } from './heartbeat.js';
import { heldStateLocks, unlockAdvice } from './locks.js';
import { PLAN_DIR_LAYOUT, readPlanDir, type PlanDirResults } from './plan-results.js';
import { childProcessRunner, type ProcessRunner } from './process.js';
import { commentMarker, renderComment, renderJobSummary, summaryOutput } from './report.js';
import { childEnvironment, planSecrets, secretValues } from './secrets.js';
import { judgeRun, type Verdict } from './verdict.js';
import { checkLifecycleTarget } from './lifecycle-target.js';
import { lifecycleLines, nothingToDo, verifyRefusal } from './lifecycle-report.js';
import { applyGraph, guardRefusal, staleRefusal } from './refusals.js';

export interface RunDependencies {
  runner?: ProcessRunner;
  clock?: Clock;
  comments?: StickyCommentPort;
}

interface PhaseResult extends PlanDirResults {
  phase: Phase;
  exitCode: number;
  verdict: Verdict;
  advice: string[];
}

interface Outcome {
  last: PhaseResult;
  planned?: PhaseResult;
  /** recreate: the plan made after applying, which must have no changes. */
  verified?: PhaseResult;
  manifest?: Manifest;
  differences?: ManifestDifference[];
  /** Why the step fails although Terragrunt itself succeeded. */
  refusal?: ActionError;
}

const log = { info, warning };
const SUMMARY_FILE = 'summary.json';

/** A failed plan must not leave an older run's manifest behind to be approved by mistake. */
async function cleanPlanDir(planDir: string, command: string): Promise<void> {
  const { plans, json, report, manifest } = PLAN_DIR_LAYOUT;
  const writes = writesManifest(command);
  const entries = [plans, json, report, SUMMARY_FILE, ...(writes ? [manifest] : [])];
  for (const entry of entries) {
    await rm(join(planDir, entry), { recursive: true, force: true });
  }
  await mkdir(planDir, { recursive: true });
}

async function runPhase(
  phase: Phase,
  settings: Settings,
  { tools, env, runner, clock }: Execution,
): Promise<PhaseResult> {
  const { report, plans, json } = PLAN_DIR_LAYOUT;
  // A plan's files are its own: recreate's second plan must not count or read the first's.
  const stale = isPlanPhase(phase) ? [report, plans, json] : [report];
  for (const entry of stale) {
    await rm(join(settings.planDir, entry), { recursive: true, force: true });
  }
  const args = terragruntArgs(phase, {
    workingDirectory: settings.workingDirectory,
    planDir: settings.planDir,
    tofu: tools.tofu,
  });
  info(`Running terragrunt ${args.join(' ')}`);
  const childEnv = childEnvironment(env, { TF_IN_AUTOMATION: '1', TF_INPUT: '0' });
  const running = runner.run(tools.terragrunt, args, {
    cwd: settings.workingDirectory,
    env: childEnv,
  });
  const watched = watchedPhase(phase, settings.workingDirectoryName, settings.planDir);
  const result = await withHeartbeat(running, watched, { clock, log: info });
  const read = await readPlanDir(settings.planDir, settings.workingDirectory);
  const locks = heldStateLocks(result.tail);
  const verdict = judgeRun({
    command: phase,
    exitCode: result.exitCode,
    ...(result.interrupted && { interrupted: result.interrupted }),
    units: read.units,
    reportFound: read.reportFound,
    locks,
  });
  const advice = locks.map((lock) => unlockAdvice(lock, settings.workingDirectoryName));
  return { ...read, phase, exitCode: result.exitCode, verdict, advice };
}

function currentManifest(settings: Settings, planned: PhaseResult): Manifest {
  return buildManifest({
    terragrunt: settings.versions.terragrunt,
    opentofu: settings.versions.opentofu,
    workingDirectory: settings.workingDirectoryName,
    commit: settings.context.sha,
    units: planned.plans,
  });
}

interface Execution {
  tools: InstalledTools;
  env: NodeJS.ProcessEnv;
  runner: ProcessRunner;
  clock: Clock;
  /** For apply: the approved manifest and the unit graph. */
  approved?: Manifest;
  graph?: TerragruntGraph;
}

/** The plan checked: manifest, comparison with the approved one, guard and stale outputs. */
function checkPlan(settings: Settings, planned: PhaseResult, execution: Execution): Outcome {
  const { approved, graph } = execution;
  const manifest = currentManifest(settings, planned);
  const differences = approved ? compareManifests(approved, manifest) : undefined;
  const checked: Outcome = {
    last: planned,
    planned,
    manifest,
    ...(differences && { differences }),
  };
  if (differences?.length) {
    const refusal = new ActionError(
      `Refusing to apply: the plan differs from the approved one:\n${formatDifferences(differences)}`,
      {
        hint: 'Plan again and have the new plan reviewed; apply only runs the plan that was approved.',
      },
    );
    return { ...checked, refusal };
  }
  // recreate applies unit by unit with fresh plans, so no saved plan can carry stale outputs.
  const stale = settings.command === 'apply' ? staleRefusal(settings, planned, graph) : undefined;
  const refusal = guardRefusal(settings, planned) ?? stale;
  return { ...checked, ...(refusal && { refusal }) };
}

async function execute(settings: Settings, execution: Execution): Promise<Outcome> {
  const [first, second, third] = phasesOf(settings.command);
  const planned = await runPhase(first!, settings, execution);
  if (!isPlanPhase(first!) || planned.verdict.problems.length > 0) return { last: planned };
  const checked = checkPlan(settings, planned, execution);
  if (checked.refusal || !second) return checked;
  if (!planned.verdict.hasChanges) {
    info(nothingToDo(settings.command));
    return checked;
  }
  const last = await runPhase(second, settings, execution);
  if (!third || last.verdict.problems.length > 0) return { ...checked, last };
  const verified = await runPhase(third, settings, execution);
  const refusal = verifyRefusal(settings.workingDirectoryName, verified);
  return { ...checked, last, verified, ...(refusal && { refusal }) };
}

async function report(
  settings: Settings,
  outcome: Outcome,
  secrets: string[],
  comments?: StickyCommentPort,
) {
  const { last, planned, verified } = outcome;
  const units = isApplyPhase(last.phase) && planned ? mergeChanges(last, planned) : last.units;
  const input = {
    environment: settings.environment,
    command: settings.command,
    units,
    exitCode: last.exitCode,
    hasChanges: (planned ?? last).verdict.hasChanges,
    destroyGuard: { allowed: settings.allowDestroy },
    ...(outcome.differences && { manifestDifferences: outcome.differences }),
    ...(isLifecycleCommand(settings.command) && { outcome: lifecycleOutcome(settings, outcome) }),
    versions: settings.versions,
    secrets,
    problems: [...problemsOf(outcome), ...last.advice, ...(verified?.advice ?? [])],
  };
  await appendSummary(renderJobSummary(input));
  if (!comments || settings.context.pullRequest === undefined) return;
  const body = renderComment({
    ...input,
    ...(settings.context.runUrl && { summaryUrl: settings.context.runUrl }),
  });
  try {
    const posted = await comments.upsert(
      settings.context.pullRequest,
      commentMarker(settings.environment),
      body,
    );
    info(`Pull request comment ${posted.outcome}: ${posted.htmlUrl}`);
  } catch (error) {
    warning(
      `Could not comment on pull request #${settings.context.pullRequest}: ${(error as Error).message}. The job summary has the plan.`,
    );
  }
}

/** Loaded only to comment on a pull request: other runs never evaluate the API client. */
async function defaultComments(settings: Settings): Promise<StickyCommentPort> {
  const { createGitHubClient, stickyCommentPort } = await import('@infra-fleet/github');
  const { token, context } = settings;
  return stickyCommentPort(createGitHubClient({ token, baseUrl: context.apiUrl, log }), context);
}

/** An apply's report names units; their changes come from the plan that was applied. */
function mergeChanges(applied: PhaseResult, planned: PhaseResult) {
  const changes = new Map(planned.units.map((unit) => [unit.unit, unit.changes]));
  return applied.units.map((unit) => {
    const planned = changes.get(unit.unit);
    return planned ? { ...unit, changes: planned } : unit;
  });
}

function lifecycleOutcome(settings: Settings, outcome: Outcome): string[] {
  const { last, planned, verified } = outcome;
  return lifecycleLines({
    command: settings.command as 'destroy' | 'recreate',
    environment: settings.environment,
    planned: planned?.units ?? [],
    ...(planned && last !== planned && { ran: last.succeeded }),
    ...(verified && { verified: verified.units }),
  });
}

const writesManifest = (command: string) =>
  command === 'plan' || command === 'destroy' || command === 'recreate';

/** What failed: the last phase Terragrunt ran, or recreate's check plan after it. */
function problemsOf({ last, verified }: Outcome): string[] {
  return [...last.verdict.problems, ...(verified?.verdict.problems ?? [])];
}

async function writeResults(settings: Settings, outcome: Outcome): Promise<void> {
  const { last, planned, manifest } = outcome;
  const manifestPath = join(settings.planDir, PLAN_DIR_LAYOUT.manifest);
  const written = manifest !== undefined && writesManifest(settings.command);
  if (written) await writeFile(manifestPath, serialiseManifest(manifest));
  const summary = JSON.stringify(summaryOutput(last.units));
  await writeFile(join(settings.planDir, SUMMARY_FILE), `${summary}\n`);
  writeOutputs({
    'has-changes': (planned ?? last).verdict.hasChanges,
    summary,
    'exit-code': last.exitCode,
    'plan-dir': settings.planDir,
    manifest: written ? manifestPath : (settings.manifest ?? ''),
  });
}

function failure(outcome: Outcome): ActionError | undefined {
  const failed = [outcome.last, outcome.verified].find((phase) => phase?.verdict.problems.length);
  if (failed) {
    const lines = [...failed.verdict.problems, ...failed.advice];
    return new ActionError(
      `terragrunt ${phaseLabel(failed.phase)} failed:\n  ${lines.join('\n  ')}`,
      {
        hint:
          failed.advice.length > 0
            ? 'Release the state lock as shown, then run again.'
            : 'See the Terragrunt log above and the job summary.',
      },
    );
  }
  return outcome.refusal;
}

export async function run(
  env: NodeJS.ProcessEnv = process.env,
  deps: RunDependencies = {},
): Promise<void> {
  const settings = await readSettings(env);
  const fromEnv = secretValues(env);
  fromEnv.forEach(maskSecret);
  const secrets = [...fromEnv, settings.token].filter(Boolean);
  const approved = settings.manifest
    ? parseManifest(await readFile(settings.manifest, 'utf8'), settings.manifest)
    : undefined;
  await checkLifecycleTarget(settings);
  const needsGraph = settings.command === 'apply' || settings.command === 'recreate';
  const graph = needsGraph ? await applyGraph(settings) : undefined;
  const tools = await installTools(
    {
      terragruntVersion: settings.versions.terragrunt,
      opentofuVersion: settings.versions.opentofu,
      terragruntBaseUrl: settings.terragruntBaseUrl,
      opentofuBaseUrl: settings.opentofuBaseUrl,
      toolCacheDir: settings.context.toolCache,
      tempDir: settings.context.temp,
      platform: process.platform,
      arch: process.arch,
    },
    { log: info, warn: warning },
  );
  await cleanPlanDir(settings.planDir, settings.command);
  const runner = deps.runner ?? childProcessRunner;
  const outcome = await execute(settings, {
    tools,
    env,
    runner,
    clock: deps.clock ?? systemClock,
    ...(approved && { approved }),
    ...(graph && { graph }),
  });
  const commenting = settings.comment && settings.context.pullRequest !== undefined;
  const comments = commenting ? (deps.comments ?? (await defaultComments(settings))) : undefined;
  await report(settings, outcome, [...secrets, ...(await planSecrets(settings.planDir))], comments);
  await writeResults(settings, outcome);
  const failed = failure(outcome);
  if (failed) throw failed;
}
