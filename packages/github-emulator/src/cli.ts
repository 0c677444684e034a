import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startEmulator, type EmulatorOptions } from './index.js';

export const HELP = `Usage: npm run emulator -- [options]
       tsx packages/github-emulator/src/cli.ts [options]

Starts the GitHub REST API emulator on 127.0.0.1 for one repository, backed by a bare git
repository in a temporary folder that is removed on exit. Prints GITHUB_API_URL and
GITHUB_TOKEN: the admin token, for the REST API and the control API (/_emulator/...).

Options:
  --port N          port to listen on (default 0: any free port)
  --seed-dir DIR    commit the files under DIR as the initial commit on main
                    (default: a README.md; files DIR's .gitignore ignores are left out)
  --owner NAME      the repository's owner, an organization (default octo-org)
  --repo NAME       the repository's name (default infra-fleet)
  --rate-limit N    primary rate limit per account and hour (default 5000)
  -h, --help        print this help and exit

More: packages/github-emulator/README.md
`;

export interface CliCommand {
  help: boolean;
  options: EmulatorOptions;
}

/** Pure: command-line arguments -> what to do (throws with the offending value). */
export function parseCli(argv: string[]): CliCommand {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      'seed-dir': { type: 'string' },
      owner: { type: 'string' },
      repo: { type: 'string' },
      'rate-limit': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
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
  return { help: values.help === true, options };
}

/** Pure: command-line arguments -> emulator options (throws with the offending value). */
export function cliOptions(argv: string[]): EmulatorOptions {
  return parseCli(argv).options;
}

function integer(flag: string, value: string, min: number, max: number): number {
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed < min || parsed > max) {
    throw new Error(`${flag} ${JSON.stringify(value)} must be an integer from ${min} to ${max}`);
  }
  return parsed;
}

function checkSeedDir(options: EmulatorOptions): void {
  const dir = options.seed?.copy?.[0]?.from;
  if (dir !== undefined && !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(
      `--seed-dir ${JSON.stringify(dir)} is not a directory; pass a folder to seed from`,
    );
  }
}

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\nRun with --help for the options.\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  let command: CliCommand;
  try {
    command = parseCli(process.argv.slice(2));
    checkSeedDir(command.options);
  } catch (error) {
    fail((error as Error).message, 2);
  }
  if (command.help) {
    process.stdout.write(HELP);
    return;
  }
  const emulator = await startEmulator(command.options).catch((error: Error) =>
    fail(`The emulator did not start: ${error.message}`, 1),
  );
  const { owner, repo } = emulator.state;
  process.stdout.write(
    [
      `GitHub emulator for ${owner}/${repo} listening on ${emulator.url}`,
      `GITHUB_API_URL=${emulator.url}`,
      `GITHUB_TOKEN=${emulator.adminToken}`,
      `git repository: ${emulator.gitDir}`,
      `Control API: ${emulator.url}/_emulator/... with "Authorization: token <GITHUB_TOKEN>"`,
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
