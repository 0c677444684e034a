import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { startEmulator, type RunningEmulator } from '@infra-fleet/github-emulator';
import { WorkflowRunner, type WorkflowRunnerOptions } from '../src/index.js';
import type { JobRecord, RunEvent, RunRecord } from '../src/events.js';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export interface Sandbox {
  emulator: RunningEmulator;
  /** A checkout holding the workflows under test (and a link to this repository's actions/). */
  source: string;
  events: RunEvent[];
  runner(options?: Partial<WorkflowRunnerOptions>): WorkflowRunner;
  writeWorkflow(name: string, text: string): void;
  close(): Promise<void>;
}

export async function sandbox(seed?: Parameters<typeof startEmulator>[0]): Promise<Sandbox> {
  const emulator = await startEmulator(seed ?? { seed: { files: { 'README.md': '# test\n' } } });
  const source = mkdtempSync(join(tmpdir(), 'runner-source-'));
  mkdirSync(join(source, '.github/workflows'), { recursive: true });
  symlinkSync(join(REPO_ROOT, 'actions'), join(source, 'actions'));
  const events: RunEvent[] = [];
  const runners: WorkflowRunner[] = [];
  return {
    emulator,
    source,
    events,
    runner(options = {}) {
      const runner = new WorkflowRunner({
        source: { root: source, repository: 'octo-org/infra-fleet', sha: 'f'.repeat(40) },
        emulator: {
          url: emulator.url,
          adminToken: emulator.adminToken,
          gitDir: emulator.gitDir,
          owner: 'octo-org',
          repo: 'infra-fleet',
        },
        observer: (event) => {
          events.push(event);
        },
        ...options,
      });
      runners.push(runner);
      return runner;
    },
    writeWorkflow(name, text) {
      const file = join(source, '.github/workflows', name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    },
    async close() {
      runners.forEach((r) => r.close());
      rmSync(source, { recursive: true, force: true });
      await emulator.close();
    },
  };
}

export function job(run: RunRecord, name: string): JobRecord {
  const found = run.jobs.find((j) => j.name === name);
  if (!found)
    throw new Error(
      `No job '${name}' in ${run.jobs.map((j) => j.name).join(', ')}; errors: ${run.errors.join('; ')}`,
    );
  return found;
}

export function results(run: RunRecord): Record<string, string> {
  return Object.fromEntries(run.jobs.map((j) => [j.name, j.result]));
}

/** Every step's log of a run, for failure messages. */
export function logs(run: RunRecord): string {
  return run.jobs
    .flatMap((j) => [
      `== ${j.name}: ${j.result} ${j.annotations.map((a) => a.message).join(' | ')}`,
      ...j.steps.map((s) => `-- ${s.name}: ${s.conclusion}\n${s.log}`),
    ])
    .join('\n');
}
