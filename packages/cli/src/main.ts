import { CliError, type Io } from './io.js';
import { helpText, loadCommands } from './registry.js';

export function processIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}

/** A thrown error as the user sees it; an error with a `hint` (ours, fleet's, GitHub's) shows it. */
function report(error: unknown, io: Io): number {
  const { message, hint } = error as { message?: string; hint?: unknown };
  io.stderr(`error: ${message ?? String(error)}\n`);
  if (typeof hint === 'string' && hint) io.stderr(`hint: ${hint}\n`);
  return error instanceof CliError ? error.exitCode : 1;
}

/** `infra-fleet <command> [options]`; the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const commands = await loadCommands();
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText(commands));
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`error: unknown command ${JSON.stringify(name)}\n${helpText(commands)}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`usage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    return report(error, io);
  }
}
