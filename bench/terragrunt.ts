// `npx tsx bench/terragrunt.ts`: terragrunt-run's reporting on 200 units x 50 resource changes
// (10,000 in total): read the run report and every plan JSON, summarise, hash, build and compare
// the manifest, render the job summary and the comment. Each round runs in a fresh process so
// its peak RSS is its own; BENCH_TERRAGRUNT_ROUNDS (default 3) rounds, median time, largest peak.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildManifest, compareManifests, destructiveChanges } from '@infra-fleet/terragrunt';
import { readPlanDir } from '../actions/terragrunt-run/src/plan-results.js';
import { renderComment, renderJobSummary } from '../actions/terragrunt-run/src/report.js';
import {
  planJson,
  syntheticResources,
  writePlanDir,
  type ReportRow,
} from '../actions/terragrunt-run/test/fixtures/plans.js';

const UNITS = 200;
const RESOURCES_PER_UNIT = 50;
const ROUNDS = Number(process.env.BENCH_TERRAGRUNT_ROUNDS ?? 3);
const WORKING_DIRECTORY = '/ws/infrastructure/environments/staging';
const AIM = { ms: 2_000, mb: 200 };

const unitName = (index: number) => `unit-${String(index).padStart(3, '0')}`;

/** Plan JSON per unit plus the report, written one unit at a time to keep the parent small. */
async function generate(planDir: string): Promise<void> {
  const rows: ReportRow[] = [];
  for (let index = 0; index < UNITS; index += 1) {
    const unit = unitName(index);
    const nested = index % 10 === 0 ? `platform/${unit}` : unit;
    const plan = planJson(syntheticResources(unit, RESOURCES_PER_UNIT), {
      outputs: { id: ['update'] },
    });
    await writePlanDir(planDir, { [nested]: plan }, []);
    rows.push({ name: `${WORKING_DIRECTORY}/${nested}`, result: 'succeeded' });
  }
  await writePlanDir(planDir, {}, rows);
}

interface Measurement {
  ms: number;
  /** Of which: reading the report and plan JSON, summarising and hashing. */
  readMs: number;
  peakMb: number;
  startMb: number;
  units: number;
  resources: number;
  summaryBytes: number;
  commentChars: number;
}

/** One round, in this (child) process: everything the action does after Terragrunt exits. */
async function measure(planDir: string): Promise<Measurement> {
  const startMb = process.resourceUsage().maxRSS / 1024;
  const start = performance.now();
  const { units, plans } = await readPlanDir(planDir, WORKING_DIRECTORY);
  const readMs = performance.now() - start;
  const manifest = buildManifest({
    terragrunt: '0.93.1',
    opentofu: '1.8.5',
    workingDirectory: 'infrastructure/environments/staging',
    commit: 'c'.repeat(40),
    units: plans,
  });
  const differences = compareManifests(manifest, structuredClone(manifest));
  const report = {
    environment: 'staging',
    command: 'plan',
    units,
    exitCode: 2,
    hasChanges: true,
    destroyGuard: { allowed: false, changes: destructiveChanges(units) },
    manifestDifferences: differences,
    versions: { terragrunt: '0.93.1', opentofu: '1.8.5' },
    secrets: ['ghp_not-a-real-token-000000000000000000', 'hunter2-password'],
  };
  const summary = renderJobSummary(report);
  const comment = renderComment({ ...report, summaryUrl: 'https://github.com/o/r/actions/runs/1' });
  const ms = performance.now() - start;
  return {
    ms,
    readMs,
    peakMb: process.resourceUsage().maxRSS / 1024,
    startMb,
    units: units.length,
    resources: units.reduce((total, unit) => total + (unit.changes?.resources.length ?? 0), 0),
    summaryBytes: Buffer.byteLength(summary, 'utf8'),
    commentChars: comment.length,
  };
}

function round(planDir: string): Measurement {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', import.meta.filename, '--measure', planDir],
    { encoding: 'utf8' },
  );
  return JSON.parse(output) as Measurement;
}

const measureAt = process.argv.indexOf('--measure');
if (measureAt >= 0) {
  const planDir = process.argv[measureAt + 1] ?? '';
  process.stdout.write(JSON.stringify(await measure(planDir)));
  process.exit(0);
}

const planDir = mkdtempSync(join(tmpdir(), 'terragrunt-bench-'));
try {
  await generate(planDir);
  const rounds = Array.from({ length: ROUNDS }, () => round(planDir));
  const times = rounds.map((r) => r.ms).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const peak = Math.max(...rounds.map((r) => r.peakMb));
  const first = rounds[0];
  if (!first) throw new Error('no rounds');
  const readMs = rounds.map((r) => r.readMs).sort((a, b) => a - b)[Math.floor(rounds.length / 2)];
  console.log(
    '| units | resource changes | wall time (median) | of which reading | peak RSS | RSS at start | summary | comment |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  console.log(
    `| ${first.units} | ${UNITS * RESOURCES_PER_UNIT} (${first.resources} changing) | ${median.toFixed(0)} ms | ${(readMs ?? 0).toFixed(0)} ms | ${peak.toFixed(0)} MB | ${first.startMb.toFixed(0)} MB | ${first.summaryBytes} bytes | ${first.commentChars} chars |`,
  );
  const verdict = median < AIM.ms && peak < AIM.mb ? 'within' : 'OUTSIDE';
  console.log(`Aim: under ${AIM.ms} ms and ${AIM.mb} MB: ${verdict}.`);
} finally {
  rmSync(planDir, { recursive: true, force: true });
}
