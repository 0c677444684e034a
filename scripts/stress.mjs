// Runs the whole test suite several times while every core is kept busy by CPU burners, and
// prints one line per run. Usage: npm run test:stress [-- --runs 3 --burners 2 -- <jest args>]
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const split = args.indexOf('--');
const own = split === -1 ? args : args.slice(0, split);
const jestArgs = split === -1 ? [] : args.slice(split + 1);
const option = (name, fallback) => {
  const index = own.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(own[index + 1]);
};
const runs = option('runs', 3);
const burnerCount = option('burners', availableParallelism());

/** A process that spins one core until it is killed. */
function startBurner() {
  return spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
}

function runSuite(report) {
  const jest = join(root, 'node_modules/jest/bin/jest.js');
  const child = spawn(
    process.execPath,
    ['--experimental-vm-modules', jest, '--json', `--outputFile=${report}`, ...jestArgs],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return new Promise((done) => child.on('close', (code) => done(code)));
}

function summarise(report) {
  try {
    const data = JSON.parse(readFileSync(report, 'utf8'));
    const failed = data.testResults.flatMap((file) =>
      file.assertionResults.filter((a) => a.status === 'failed').map((a) => a.fullName),
    );
    const broken = data.numRuntimeErrorTestSuites;
    return { passed: data.numPassedTests, failed: data.numFailedTests + broken, names: failed };
  } catch {
    return { passed: 0, failed: 1, names: ['(no report written)'] };
  }
}

const burners = Array.from({ length: burnerCount }, startBurner);
const stop = () => burners.forEach((burner) => burner.kill('SIGKILL'));
process.on('SIGINT', () => (stop(), process.exit(130)));
const scratch = mkdtempSync(join(tmpdir(), 'stress-'));
const lines = [];
let red = 0;
try {
  for (let run = 1; run <= runs; run += 1) {
    const started = Date.now();
    const report = join(scratch, `run-${run}.json`);
    const code = await runSuite(report);
    const { passed, failed, names } = summarise(report);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    if (code !== 0 || failed > 0 || passed === 0) red += 1;
    lines.push(`run ${run}: ${passed} passed, ${failed} failed, ${seconds} s`);
    names.forEach((name) => lines.push(`  failed: ${name}`));
  }
} finally {
  stop();
  rmSync(scratch, { recursive: true, force: true });
}
console.log(
  `\nStress: ${runs} run(s) with ${burnerCount} CPU burner(s) on ${availableParallelism()} core(s)`,
);
lines.forEach((line) => console.log(line));
process.exit(red === 0 ? 0 : 1);
