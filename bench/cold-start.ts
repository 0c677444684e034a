// `npx tsx bench/cold-start.ts`: each bundle's cold start — `node dist/index.js` with no inputs
// in an empty folder, which loads the bundle and fails at its first check (a required input, or
// detect's "not a git checkout") — against `node -e 0`, on the machine's Node and on Node 24
// (the actions' runtime). Rounds alternate, medians reported.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const AIM = 1.5;
/** Not a git checkout: no bundle finds work to do there. */
const EMPTY = mkdtempSync(join(tmpdir(), 'cold-start-'));

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function node24(): string | undefined {
  try {
    return execFileSync('npx', ['-y', '-p', 'node@24', 'which', 'node'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop();
  } catch {
    return undefined;
  }
}

function timeOnce(node: string, args: string[]): number {
  const start = performance.now();
  spawnSync(node, args, { cwd: EMPTY, env: { PATH: process.env.PATH ?? '' }, stdio: 'ignore' });
  return performance.now() - start;
}

function measure(node: string, label: string): void {
  const bundles = readdirSync(join(ROOT, 'actions'))
    .map((name) => ({ name, file: join(ROOT, 'actions', name, 'dist/index.js') }))
    .filter((bundle) => statSync(bundle.file, { throwIfNoEntry: false }));
  const samples = new Map<string, number[]>([['node -e 0', []]]);
  for (let round = 0; round < ROUNDS; round += 1) {
    samples.get('node -e 0')?.push(timeOnce(node, ['-e', '0']));
    for (const bundle of bundles) {
      const list = samples.get(bundle.name) ?? [];
      list.push(timeOnce(node, [bundle.file]));
      samples.set(bundle.name, list);
    }
  }
  const bare = median(samples.get('node -e 0') ?? []);
  console.log(`\nCold start on ${label} (${ROUNDS} rounds, medians; aim <= ${AIM}x node -e 0)`);
  console.log(`  ${'node -e 0'.padEnd(28)} ${bare.toFixed(0).padStart(5)} ms`);
  for (const bundle of bundles) {
    const value = median(samples.get(bundle.name) ?? []);
    const size = `${(statSync(bundle.file).size / 1024).toFixed(0)} KiB`;
    const ratio = value / bare;
    console.log(
      `  ${bundle.name.padEnd(28)} ${value.toFixed(0).padStart(5)} ms  ${ratio.toFixed(2)}x  ${size.padStart(8)}  ${ratio <= AIM ? 'aim met' : 'aim missed'}`,
    );
  }
}

measure(process.execPath, `Node ${process.versions.node} (this machine)`);
const runtime = node24();
if (runtime)
  measure(
    runtime,
    `Node 24 (${execFileSync(runtime, ['--version'], { encoding: 'utf8' }).trim()})`,
  );
else console.log('\nNode 24 is not reachable through npx here; skipped.');
rmSync(EMPTY, { recursive: true, force: true });
