import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { RunRecord } from '../src/events.js';
import { startFleet, type Fleet } from './fleet.js';
import { logs } from './helpers.js';
import { workflowsCopy, type Source } from './known-issues.js';

/**
 * The real release.yml and promote-stage.yml, and copies with one wiring bug each: the bugs a
 * linter passes and only a run shows. Each test runs the pipeline and checks what a release
 * promises: both stages deploy, and production copies exactly what staging verified.
 */

let fleet: Fleet;
const sources: Source[] = [];
let tags = 0;

beforeAll(async () => {
  fleet = await startFleet();
});
afterAll(async () => {
  sources.forEach((s) => s.close());
  await fleet.close();
});

function problems(run: RunRecord): string[] {
  const found: string[] = [...run.errors];
  const result = (name: string) => run.jobs.find((j) => j.name === name)?.result ?? 'missing';
  for (const name of ['staging / promote', 'production / promote']) {
    if (result(name) !== 'success') found.push(`${name}: ${result(name)}`);
  }
  const staging = run.jobs.find((j) => j.name === 'staging');
  const production = run.jobs.find((j) => j.name === 'production');
  const verified = staging?.outputs['verified-sha'] ?? '';
  if (!/^[0-9a-f]{40}$/.test(verified)) found.push(`staging verified-sha is '${verified}'`);
  const from = production?.inputs?.['promote-from-ref'];
  if (production?.inputs && from !== verified)
    found.push(`production promotes from '${String(from)}', not what staging verified`);
  return found;
}

async function release(file?: string, edit?: (text: string) => string): Promise<RunRecord> {
  const source = workflowsCopy(file, edit);
  sources.push(source);
  tags += 1;
  return fleet.release(`v3.${tags}.0`, { source: source.root });
}

describe('the release workflows, and one wiring bug at a time', () => {
  it('the committed files keep every promise', async () => {
    expect(problems(await release())).toEqual([]);
  });

  it('catches a renamed job output (production would promote whatever staging holds now)', async () => {
    const run = await release('promote-stage.yml', (t) =>
      t.replace(
        '      verified-sha: ${{ steps.verify.outputs.verified-sha }}',
        '      verified_sha: ${{ steps.verify.outputs.verified-sha }}',
      ),
    );
    expect({ problems: problems(run), log: problems(run).length === 1 ? '' : logs(run) }).toEqual({
      problems: ["staging verified-sha is ''"],
      log: '',
    });
  });

  it('catches a wrong needs reference before the run starts', async () => {
    const run = await release('release.yml', (t) =>
      t.replace('    needs: staging\n', '    needs: stage\n'),
    );
    expect(run.conclusion).toBe('startup_failure');
    expect(run.errors).toEqual([
      expect.stringMatching(
        /\(Line: \d+, Col: \d+\): Job 'production' depends on unknown job 'stage'\.$/,
      ),
    ]);
  });

  it('catches a permission missing from the caller, as GitHub does before the run starts', async () => {
    const run = await release('release.yml', (t) =>
      t.replace("      statuses: read # Flux's commit statuses\n", ''),
    );
    expect(run.conclusion).toBe('startup_failure');
    expect(run.errors).toEqual([
      ".github/workflows/release.yml job 'staging': Error calling workflow './.github/workflows/promote-stage.yml'. The nested job 'promote' is requesting 'statuses: read', but is only allowed 'statuses: none'.",
      ".github/workflows/release.yml job 'staging': Error calling workflow './.github/workflows/promote-stage.yml'. The nested job 'status' is requesting 'statuses: read', but is only allowed 'statuses: none'.",
    ]);
  });

  it('catches an if: that skips production (a boolean compared with a string)', async () => {
    const run = await release('release.yml', (t) =>
      t.replace(
        'if: ${{ !github.event.release.prerelease }}',
        "if: github.event.release.prerelease == 'false'",
      ),
    );
    expect(problems(run)).toEqual(['production / promote: missing']);
    expect(run.jobs.find((j) => j.name === 'production')?.result).toBe('skipped');
  });

  it('catches a promote job whose if: lost !cancelled() (a skipped approval skips the deploy)', async () => {
    const run = await release('promote-stage.yml', (t) =>
      t.replace(
        "if: ${{ !cancelled() && needs.preview.result == 'success' &&",
        "if: ${{ needs.preview.result == 'success' &&",
      ),
    );
    expect(problems(run)).toEqual(expect.arrayContaining(['staging / promote: skipped']));
  });

  it('catches a concurrency group shared by the caller and a called job (GitHub cancels the deadlock)', async () => {
    const run = await release('release.yml', (t) =>
      t.replace('\njobs:\n', '\nconcurrency:\n  group: deploy-staging-load-harness\n\njobs:\n'),
    );
    expect(run.conclusion).toBe('cancelled');
    expect(run.errors).toEqual([
      "Canceling since a deadlock was detected for concurrency group: 'deploy-staging-load-harness' between a top level workflow and 'staging / promote'",
    ]);
  });

  it('keeps the release going when the status job fails, and catches a status job that could stop it', async () => {
    // The checkout of the status job fails (an unknown ref): the job fails, production still runs.
    const broken = (t: string) =>
      t.replace(
        /( {2}status:[\s\S]*?ref: )\$\{\{ job\.workflow_sha \}\}/,
        '$1refs/heads/no-such-branch',
      );
    const tolerated = await release('promote-stage.yml', broken);
    expect(tolerated.jobs.find((j) => j.name === 'staging / status')?.result).toBe('failure');
    expect(problems(tolerated)).toEqual([]);

    const blocking = await release('promote-stage.yml', (t) =>
      broken(t).replace('    continue-on-error: true\n    runs-on', '    runs-on'),
    );
    expect(problems(blocking)).toEqual(expect.arrayContaining(['production / promote: missing']));
  });
});
