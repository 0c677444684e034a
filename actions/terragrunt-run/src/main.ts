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
import { fsTreeReader } from '@infra-fleet/git';
import { createGitHubClient, stickyCommentPort, type StickyCommentPort } from '@infra-fleet/github';
import {
  buildManifest,
  buildTerragruntGraph,
  compareManifests,
  describeDestructiveChanges,
  destructiveChanges,
  formatDifferences,
  parseManifest,
  serialiseManifest,
  type Manifest,
  type ManifestDifference,
  type TerragruntGraph,
} from '@infra-fleet/terragrunt';
import { runDependencies, staleDependencies } from './dependencies.js';
import { phasesOf, terragruntArgs, type Phase } from './args.js';
import { readSettings, type Settings } from './inputs.js';
import { installTools, type InstalledTools } from './install.js';
import { watchedPhase, withHeartbeat } from './heartbeat.js';
import { heldStateLocks, unlockAdvice } from './locks.js';
import { PLAN_DIR_LAYOUT, readPlanDir, type PlanDirResults } from './plan-results.js';
import { childProcessRunner, type ProcessRunner } from './process.js';
import { commentMarker, renderComment, renderJobSummary, summaryOutput } from './report.js';
import { childEnvironment, planSecrets, secretValues } from './secrets.js';
import { judgeRun, type Verdict } from './verdict.js';

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
  manifest?: Manifest;
  differences?: ManifestDifference[];
  /** Why the step fails although Terragrunt itself succeeded. */
  refusal?: ActionError;
}

const log = { info, warning };
const SUMMARY_FILE = 'summary.json';

/**
 * The environment's unit graph, for apply's checks. Mocks allowed for apply would be applied
 * as real values, so they are refused here, before anything runs.
 */
async function applyGraph(settings: Settings): Promise<TerragruntGraph> {
  const graph = await buildTerragruntGraph(
    fsTreeReader(settings.context.workspace),
    settings.workingDirectoryName,
  );
  const offenders = graph.units.flatMap((unit) =>
    unit.mockOutputs
      .filter(
        (mock) =>
          mock.allowedCommands === 'unknown' ||
          mock.allowedCommands.some((c) => c === 'apply' || c === '*'),
      )
      .map(
        (mock) =>
          `${unit.dir} (dependency "${mock.dependency}": ${JSON.stringify(mock.allowedCommands)})`,
      ),
  );
  if (offenders.length === 0) return graph;
  throw new ActionError(
    `Refusing to apply: these dependencies may hand mock outputs to apply, so the plan could carry fake values:\n  ${offenders.join('\n  ')}`,
    {
      hint: 'Set mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"] (a literal list) on each of them.',
    },
  );
}

/** A failed plan must not leave an older run's manifest behind to be approved by mistake. */
async function cleanPlanDir(planDir: string, command: string): Promise<void> {
  const { plans, json, report, manifest } = PLAN_DIR_LAYOUT;
  const entries = [plans, json, report, SUMMARY_FILE, ...(command === 'plan' ? [manifest] : [])];
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
  await rm(join(settings.planDir, PLAN_DIR_LAYOUT.report), { force: true });
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

function staleRefusal(settings: Settings, planned: PhaseResult, graph?: TerragruntGraph) {
  if (!graph) return undefined;
  const stale = staleDependencies(
    planned.units,
    runDependencies(graph, settings.workingDirectoryName),
  );
  if (stale.length === 0) return undefined;
  const pairs = stale.map(
    ({ unit, dependsOn }) => `${unit} uses outputs of ${dependsOn}, which this apply changes`,
  );
  return new ActionError(
    `Refusing to apply: these saved plans were made with outputs their dependencies are about to change, so they would apply stale or mock values:\n  ${pairs.join('\n  ')}`,
    {
      hint: "Apply the dependencies first (a change that leaves the dependent units alone), then plan again and have the dependent units' new plans reviewed.",
    },
  );
}

function guardRefusal(settings: Settings, planned: PhaseResult): ActionError | undefined {
  const destructive = destructiveChanges(planned.units);
  if (destructive.length === 0 || settings.allowDestroy) return undefined;
  return new ActionError(
    `The plan deletes or replaces resources:\n${describeDestructiveChanges(destructive)}`,
    { hint: 'Review them; if they are intended, run again with allow-destroy: true.' },
  );
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

async function execute(settings: Settings, execution: Execution): Promise<Outcome> {
  const { approved, graph } = execution;
  const [first, second] = phasesOf(settings.command);
  const planned = await runPhase(first!, settings, execution);
  if (first !== 'plan' || planned.verdict.problems.length > 0) return { last: planned };
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
  const refusal = guardRefusal(settings, planned) ?? staleRefusal(settings, planned, graph);
  if (refusal || !second) return { ...checked, ...(refusal && { refusal }) };
  if (!planned.verdict.hasChanges) {
    info('The approved plan has no changes: nothing to apply.');
    return checked;
  }
  return { ...checked, last: await runPhase(second, settings, execution) };
}

async function report(
  settings: Settings,
  outcome: Outcome,
  secrets: string[],
  comments?: StickyCommentPort,
) {
  const { last, planned } = outcome;
  const units = last.phase === 'apply' && planned ? mergeChanges(last, planned) : last.units;
  const input = {
    environment: settings.environment,
    command: settings.command,
    units,
    exitCode: last.exitCode,
    hasChanges: (planned ?? last).verdict.hasChanges,
    destroyGuard: { allowed: settings.allowDestroy },
    ...(outcome.differences && { manifestDifferences: outcome.differences }),
    versions: settings.versions,
    secrets,
    problems: [...last.verdict.problems, ...last.advice],
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

function defaultComments(settings: Settings): StickyCommentPort {
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

async function writeResults(settings: Settings, outcome: Outcome): Promise<void> {
  const { last, planned, manifest } = outcome;
  const manifestPath = join(settings.planDir, PLAN_DIR_LAYOUT.manifest);
  if (manifest && settings.command === 'plan')
    await writeFile(manifestPath, serialiseManifest(manifest));
  const summary = JSON.stringify(summaryOutput(last.units));
  await writeFile(join(settings.planDir, SUMMARY_FILE), `${summary}\n`);
  writeOutputs({
    'has-changes': (planned ?? last).verdict.hasChanges,
    summary,
    'exit-code': last.exitCode,
    'plan-dir': settings.planDir,
    manifest: manifest && settings.command === 'plan' ? manifestPath : (settings.manifest ?? ''),
  });
}

function failure(outcome: Outcome): ActionError | undefined {
  const { last } = outcome;
  if (last.verdict.problems.length > 0) {
    const lines = [...last.verdict.problems, ...last.advice];
    return new ActionError(`terragrunt ${last.phase} failed:\n  ${lines.join('\n  ')}`, {
      hint:
        last.advice.length > 0
          ? 'Release the state lock as shown, then run again.'
          : 'See the Terragrunt log above and the job summary.',
    });
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
  const graph = settings.command === 'apply' ? await applyGraph(settings) : undefined;
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
  const comments = settings.comment ? (deps.comments ?? defaultComments(settings)) : undefined;
  await report(settings, outcome, [...secrets, ...(await planSecrets(settings.planDir))], comments);
  await writeResults(settings, outcome);
  const failed = failure(outcome);
  if (failed) throw failed;
}
