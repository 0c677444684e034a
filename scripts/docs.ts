// Regenerates the inputs/outputs tables in actions/<name>/README.md from action.yml.
// Usage: tsx scripts/docs.ts [--check] [--root <repo>]. --check writes nothing and exits 1
// when a README is stale.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseActionMetadata, updateActionReadme } from '@infra-fleet/action-kit';

interface Result {
  file: string;
  changed: string[];
}

function optionValue(argv: string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index < 0 ? undefined : argv[index + 1];
}

function actionDirs(root: string): string[] {
  const actions = join(root, 'actions');
  if (!existsSync(actions)) return [];
  return readdirSync(actions, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(actions, entry.name, 'action.yml')))
    .map((entry) => join(actions, entry.name))
    .sort();
}

function updateOne(root: string, dir: string, write: boolean): Result {
  const file = relative(root, join(dir, 'README.md'));
  const actionFile = join(dir, 'action.yml');
  const metadata = parseActionMetadata(
    readFileSync(actionFile, 'utf8'),
    relative(root, actionFile),
  );
  const readmePath = join(dir, 'README.md');
  if (!existsSync(readmePath))
    throw new Error(`${file} does not exist; create it with the markers.`);
  const update = updateActionReadme(readFileSync(readmePath, 'utf8'), metadata, file);
  if (write && update.changed.length > 0) writeFileSync(readmePath, update.text);
  return { file, changed: update.changed };
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const root = resolve(optionValue(argv, '--root') ?? join(import.meta.dirname, '..'));
  let stale = 0;
  for (const dir of actionDirs(root)) {
    const { file, changed } = updateOne(root, dir, !check);
    if (changed.length === 0) continue;
    stale += 1;
    if (check) console.error(`${file}: ${changed.join(' and ')} block(s) out of date`);
    else console.log(`${file}: regenerated ${changed.join(' and ')}`);
  }
  if (check && stale > 0) {
    console.error('Run `npm run docs` and commit the READMEs.');
    return 1;
  }
  if (check) console.log('Action READMEs are up to date.');
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  if (error instanceof Error && 'hint' in error && error.hint) console.error(`Hint: ${error.hint}`);
  process.exitCode = 1;
}
