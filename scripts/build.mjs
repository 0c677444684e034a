// Bundles every action (or the ones named) with ncc into actions/<name>/dist. With --check, bundles into a
// temporary folder instead and fails when the committed dist/ differs from it. With --if-stale,
// rebuilds only the bundles whose sources changed since they were built (dist/sources.sha256).
// Bundles are built side by side, one per core.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
const check = process.argv.includes('--check');
const ifStale = process.argv.includes('--if-stale');
const STAMP = 'sources.sha256';
// Optional action names narrow the run: `node scripts/build.mjs bump-overlay-tag`.
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

const actions = readdirSync(join(root, 'actions')).filter(
  (name) =>
    existsSync(join(root, 'actions', name, 'src/index.ts')) &&
    (only.length === 0 || only.includes(name)),
);

// ncc runs from the repository root: assets it emits (the HCL parser's WASM) are copied
// byte for byte only when they sit inside its working directory. ts-loader still picks up
// each action's own tsconfig.json, found next to the entry. --transpile-only: `npm run
// typecheck` checks every type once; checking them again per bundle made builds 7x slower.
function bundle(actionDir, outDir) {
  const entry = relative(root, join(actionDir, 'src/index.ts'));
  const args = [ncc, 'build', entry, '-o', outDir, '--license', 'licenses.txt'];
  const child = spawn(process.execPath, [...args, '--quiet', '--transpile-only'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((done, fail) =>
    child.on('close', (code) =>
      code === 0 ? done() : fail(new Error(`ncc failed for ${relative(root, actionDir)}`)),
    ),
  );
}

function listFiles(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

/**
 * A hash of everything a bundle is built from: the action's sources and settings, every
 * workspace package's sources, the lockfile, the TypeScript settings and this script. It
 * over-approximates (any package change marks every bundle stale), never the reverse.
 */
function sourceStamp(actionDir) {
  const hash = createHash('sha256');
  const add = (file) => hash.update(`${relative(root, file)}\0`).update(readFileSync(file));
  const inputs = [
    ...listFiles(join(actionDir, 'src')).map((name) => join(actionDir, 'src', name)),
    ...['package.json', 'tsconfig.json'].map((name) => join(actionDir, name)),
    ...readdirSync(join(root, 'packages')).flatMap((name) => {
      const dir = join(root, 'packages', name);
      const sources = listFiles(join(dir, 'src')).map((file) => join(dir, 'src', file));
      return [join(dir, 'package.json'), ...sources].filter((file) => existsSync(file));
    }),
    ...['package-lock.json', 'tsconfig.json', 'scripts/build.mjs'].map((f) => join(root, f)),
  ];
  inputs.sort().forEach(add);
  return `${hash.digest('hex')}\n`;
}

function isCurrent(actionDir) {
  const stamp = join(actionDir, 'dist', STAMP);
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === sourceStamp(actionDir);
}

async function build(actionDir, outDir) {
  await bundle(actionDir, outDir);
  writeFileSync(join(outDir, STAMP), sourceStamp(actionDir));
}

function differences(committed, fresh) {
  const names = new Set([...listFiles(committed), ...listFiles(fresh)]);
  return [...names].filter((name) => {
    const a = join(committed, name);
    const b = join(fresh, name);
    return !existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b));
  });
}

/** Builds one action's dist (or, with --check, compares a fresh build); true when it was stale. */
async function processAction(name) {
  const actionDir = join(root, 'actions', name);
  const dist = join(actionDir, 'dist');
  if (ifStale && isCurrent(actionDir)) {
    console.log(`actions/${name}/dist is current (sources unchanged)`);
    return false;
  }
  if (!check) {
    console.log(`building actions/${name}/dist ...`);
    rmSync(dist, { recursive: true, force: true });
    await build(actionDir, dist);
    console.log(`built actions/${name}/dist`);
    return false;
  }
  const fresh = mkdtempSync(join(tmpdir(), `dist-${name}-`));
  try {
    await build(actionDir, fresh);
    const changed = differences(dist, fresh);
    if (changed.length === 0) console.log(`actions/${name}/dist is current`);
    else console.error(`actions/${name}/dist is stale: ${changed.join(', ')}`);
    return changed.length > 0;
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}

async function inParallel(names, work) {
  const queue = [...names];
  const results = [];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) results.push(await work(name));
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  return results;
}

const stale = (await inParallel(actions, processAction)).filter(Boolean).length;
if (stale > 0) {
  console.error('Run `npm run build` and commit actions/*/dist.');
  process.exit(1);
}
