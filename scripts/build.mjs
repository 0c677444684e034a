// Bundles every action (or the ones named) with ncc into actions/<name>/dist. With --check, bundles into a
// temporary folder instead and fails when the committed dist/ differs from it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
const check = process.argv.includes('--check');
// Optional action names narrow the run: `node scripts/build.mjs bump-overlay-tag`.
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

const actions = readdirSync(join(root, 'actions')).filter(
  (name) =>
    existsSync(join(root, 'actions', name, 'src/index.ts')) &&
    (only.length === 0 || only.includes(name)),
);

// ncc runs from the repository root: assets it emits (the HCL parser's WASM) are copied
// byte for byte only when they sit inside its working directory. ts-loader still picks up
// each action's own tsconfig.json, found next to the entry.
function bundle(actionDir, outDir) {
  const entry = relative(root, join(actionDir, 'src/index.ts'));
  const result = spawnSync(
    process.execPath,
    [ncc, 'build', entry, '-o', outDir, '--license', 'licenses.txt', '--quiet'],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`ncc failed for ${relative(root, actionDir)}`);
}

function listFiles(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

function differences(committed, fresh) {
  const names = new Set([...listFiles(committed), ...listFiles(fresh)]);
  return [...names].filter((name) => {
    const a = join(committed, name);
    const b = join(fresh, name);
    return !existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b));
  });
}

let stale = 0;
for (const name of actions) {
  const actionDir = join(root, 'actions', name);
  const dist = join(actionDir, 'dist');
  if (!check) {
    rmSync(dist, { recursive: true, force: true });
    bundle(actionDir, dist);
    console.log(`built actions/${name}/dist`);
    continue;
  }
  const fresh = mkdtempSync(join(tmpdir(), `dist-${name}-`));
  try {
    bundle(actionDir, fresh);
    const changed = differences(dist, fresh);
    if (changed.length > 0) {
      stale += 1;
      console.error(`actions/${name}/dist is stale: ${changed.join(', ')}`);
    } else {
      console.log(`actions/${name}/dist is current`);
    }
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}
if (stale > 0) {
  console.error('Run `npm run build` and commit actions/*/dist.');
  process.exit(1);
}
