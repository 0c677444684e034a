import {
  ActionError,
  appendSummary,
  info,
  warning,
  writeOutputs,
  type OutputValue,
} from '@infra-fleet/action-kit';
import { NAME_RULE } from '@infra-fleet/fleet';
import { Git, gitTreeReader, type GitTreeReader } from '@infra-fleet/git';
import { planRange } from './base-rules.js';
import { baseGraphNeeded, changedFiles, touchedPaths, type Change } from './changed-files.js';
import { detect, type Detection } from './detect.js';
import { checkExplicitLayout, fleetAt } from './fleet.js';
import { scanTree, type TreeScan } from './graphs.js';
import { readSettings, type Settings } from './inputs.js';
import { createLayout, type Layout } from './layout.js';
import { resolveRange, type ResolvedRange } from './range.js';
import { outputsOf, sorted } from './report.js';
import { summaryMarkdown } from './summary.js';
import { targetUniverse, type Universe } from './targets.js';

async function assertRepository(git: Git, settings: Settings): Promise<void> {
  const result = await git.run(['rev-parse', '--git-dir'], { allowFailure: true });
  if (result.exitCode === 0) return;
  throw new ActionError(`${settings.repositoryPath} is not a git checkout.`, {
    hint: 'Run actions/checkout first, or set repository-path.',
  });
}

/** The layout (infra-fleet.yaml at head) and the graphs at head and, when it can tell more, at base. */
async function scansOf(git: Git, revs: readonly string[], settings: Settings) {
  const readers: GitTreeReader[] = revs.map((rev) => gitTreeReader(git, rev));
  try {
    const head = readers[0] as GitTreeReader;
    const layout = createLayout(await fleetAt(head, settings));
    const scans = await Promise.all(readers.map((reader) => scanTree(reader, layout)));
    await checkExplicitLayout(
      head,
      layout,
      scans.map((scan) => scan.graphs),
    );
    return { layout, scans };
  } finally {
    readers.forEach((reader) => reader.close());
  }
}

/** Folder names that would reach a matrix or a shell unvalidated stop the run, named. */
function refuseInvalidTargets(scans: readonly TreeScan[]): void {
  const invalid = [
    ...new Map(scans.flatMap((scan) => scan.invalid).map((i) => [i.folder, i])).values(),
  ];
  if (invalid.length === 0) return;
  const list = invalid.map((item) => `${JSON.stringify(item.folder)} (${item.message})`);
  throw new ActionError(
    `Folders in environment positions have names that are not valid: ${list.join('; ')}.`,
    {
      hint: `Rename them (${NAME_RULE}), or start their names with "_" if they are not environments.`,
    },
  );
}

function everythingReason(settings: Settings, range: ResolvedRange, changes: readonly Change[]) {
  if (!range.base) return range.fallback?.reason ?? 'no base';
  if (changes.some((change) => touchedPaths(change).includes(settings.config.path)))
    return `${settings.config.path} changed, so the layout itself may have changed`;
  return undefined;
}

export interface Log {
  info(message: string): void;
  warning(message: string): void;
}

async function resolve(git: Git, settings: Settings, log: Log): Promise<ResolvedRange> {
  const plan = planRange({ ...settings, event: settings.event });
  const range = await resolveRange(git, plan, { ...settings, log: log.info });
  if (range.fallback?.missingBase && !settings.failClosed) {
    throw new ActionError(`${range.fallback.reason}.`, {
      hint: 'Fetch more history (actions/checkout fetch-depth: 0) or pass base; with fail-closed: true every target is reported instead.',
    });
  }
  log.info(`Base rule: ${range.rule}; base ${range.base ?? '(none)'}, head ${range.head}.`);
  return range;
}

function logResult(
  log: Log,
  detection: Detection,
  universe: Universe,
  outside: readonly string[],
): void {
  for (const reason of detection.fallbackReasons) log.warning(`Failing closed: ${reason}`);
  for (const text of detection.warnings) log.warning(text);
  if (universe.unknown.length > 0) {
    log.warning(`environments input names ${universe.unknown.join(', ')}, found in neither tree.`);
  }
  if (universe.undeclared.length > 0) {
    log.warning(
      `infra-fleet.yaml declares ${universe.undeclared.join(', ')}, found in neither tree.`,
    );
  }
  if (universe.order.length === 0) {
    log.warning(
      'No environments found: describe the layout in infra-fleet.yaml (or set infrastructure-root and k8s-root).',
    );
  }
  if (outside.length > 0) {
    log.warning(
      `Units outside every environment and shared folder, never reported: ${outside.join(', ')}.`,
    );
  }
  for (const finding of sorted(detection.findings, universe.order)) {
    log.info(`${finding.target} (${finding.domain}): ${finding.chains.length} reason(s)`);
  }
}

export interface DetectResult {
  layout: Layout;
  range: ResolvedRange;
  detection: Detection;
  outputs: Record<string, OutputValue>;
  summary: string;
}

/** Read (git, both trees) -> decide (detect) -> the outputs and the summary, nothing written. */
export async function detectChanges(
  settings: Settings,
  log: Log = { info, warning },
): Promise<DetectResult> {
  const git = new Git({ cwd: settings.repositoryPath });
  await assertRepository(git, settings);
  const range = await resolve(git, settings, log);
  const changes = range.base ? await changedFiles(git, range.base, range.head) : [];
  log.info(`${changes.length} changed file(s).`);
  const base = range.base && baseGraphNeeded(changes) ? [range.base] : [];
  if (range.base && base.length === 0)
    log.info('Nothing was deleted or renamed: the head graph attributes every change.');
  const { layout, scans } = await scansOf(git, [range.head, ...base], settings);
  refuseInvalidTargets(scans);
  const trees = scans.map((scan) => scan.graphs);
  const universe = targetUniverse(trees, layout, settings.environments);
  const detection = detect({
    changes,
    trees,
    layout,
    universe: universe.byDomain,
    everything: everythingReason(settings, range, changes),
    failClosed: settings.failClosed,
  });
  logResult(log, detection, universe, [...new Set(scans.flatMap((scan) => scan.outside))]);
  const summary = summaryMarkdown(detection, range, sorted(detection.findings, universe.order));
  const outputs = outputsOf(detection, universe, range, layout.shared);
  return { range, detection, outputs, summary, layout };
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const result = await detectChanges(readSettings(env));
  await appendSummary(result.summary);
  writeOutputs(result.outputs);
}
