import {
  ActionError,
  appendSummary,
  info,
  warning,
  writeOutputs,
  type OutputValue,
} from '@infra-fleet/action-kit';
import { Git, gitTreeReader, type GitTreeReader } from '@infra-fleet/git';
import { planRange } from './base-rules.js';
import { baseGraphNeeded, changedFiles } from './changed-files.js';
import { detect, type Detection } from './detect.js';
import { buildTreeGraphs } from './graphs.js';
import { readSettings, type Settings } from './inputs.js';
import type { Roots, TreeGraphs } from './model.js';
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

/** The graphs at head and, when it can tell more, at base: deleted files stay attributed. */
async function graphsOf(git: Git, revs: readonly string[], roots: Roots): Promise<TreeGraphs[]> {
  const readers: GitTreeReader[] = revs.map((rev) => gitTreeReader(git, rev));
  try {
    return await Promise.all(readers.map((reader) => buildTreeGraphs(reader, roots)));
  } finally {
    readers.forEach((reader) => reader.close());
  }
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

function logResult(log: Log, detection: Detection, universe: Universe): void {
  for (const reason of detection.fallbackReasons) log.warning(`Failing closed: ${reason}`);
  for (const text of detection.warnings) log.warning(text);
  if (universe.unknown.length > 0) {
    log.warning(`environments input names ${universe.unknown.join(', ')}, found in neither tree.`);
  }
  if (universe.order.length === 0) {
    log.warning('No environments found: check infrastructure-root and k8s-root.');
  }
  for (const finding of sorted(detection.findings, universe.order)) {
    log.info(`${finding.target} (${finding.domain}): ${finding.chains.length} reason(s)`);
  }
}

export interface DetectResult {
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
  const roots = { infrastructure: settings.infrastructureRoot, k8s: settings.k8sRoot };
  const base = range.base && baseGraphNeeded(changes) ? [range.base] : [];
  if (range.base && base.length === 0)
    log.info('Nothing was deleted or renamed: the head graph attributes every change.');
  const trees = await graphsOf(git, [range.head, ...base], roots);
  const universe = targetUniverse(trees, settings.environments);
  const detection = detect({
    changes,
    trees,
    roots,
    universe: universe.byDomain,
    everything: range.base ? undefined : (range.fallback?.reason ?? 'no base'),
    failClosed: settings.failClosed,
  });
  logResult(log, detection, universe);
  const summary = summaryMarkdown(detection, range, sorted(detection.findings, universe.order));
  return { range, detection, outputs: outputsOf(detection, universe, range), summary };
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const result = await detectChanges(readSettings(env));
  await appendSummary(result.summary);
  writeOutputs(result.outputs);
}
