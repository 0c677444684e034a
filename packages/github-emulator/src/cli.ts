import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startEmulator, type EmulatorOptions } from './index.js';

const USAGE =
  'usage: tsx packages/github-emulator/src/cli.ts [--port N] [--seed-dir DIR] [--owner NAME] [--repo NAME] [--rate-limit N]';

/** Pure: command-line arguments -> emulator options (throws with the offending value). */
export function cliOptions(argv: string[]): EmulatorOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      'seed-dir': { type: 'string' },
      owner: { type: 'string' },
      repo: { type: 'string' },
      'rate-limit': { type: 'string' },
    },
    strict: true,
  });
  const options: EmulatorOptions = {};
  if (values.port !== undefined) options.port = integer('--port', values.port, 0, 65535);
  if (values['rate-limit'] !== undefined)
    options.rateLimit = integer('--rate-limit', values['rate-limit'], 1, 1e9);
  if (values.owner !== undefined) options.owner = values.owner;
  if (values.repo !== undefined) options.repo = values.repo;
  if (values['seed-dir'] !== undefined)
    options.seed = { copy: [{ from: values['seed-dir'], to: '.' }] };
  return options;
}

function integer(flag: string, value: string, min: number, max: number): number {
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed < min || parsed > max) {
    throw new Error(`${flag} ${JSON.stringify(value)} must be an integer from ${min} to ${max}`);
  }
  return parsed;
}

async function main(): Promise<void> {
  let options: EmulatorOptions;
  try {
    options = cliOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  const emulator = await startEmulator(options);
  const { owner, repo } = emulator.state;
  process.stdout.write(
    [
      `GitHub emulator for ${owner}/${repo} listening on ${emulator.url}`,
      `GITHUB_API_URL=${emulator.url}`,
      `GITHUB_TOKEN=${emulator.adminToken}`,
      `git repository: ${emulator.gitDir}`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) void main();
