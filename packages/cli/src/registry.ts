import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Io } from './io.js';

/** One `infra-fleet <name>` command: a file under src/commands/ exporting `command`. */
export interface Command {
  name: string;
  /** One line for `infra-fleet --help`. */
  summary: string;
  usage: string;
  /** The exit code. */
  run(args: string[], io: Io): Promise<number>;
}

const COMMANDS_DIR = fileURLToPath(new URL('./commands/', import.meta.url));
const SOURCE = /^[a-z][a-z0-9-]*\.(ts|js|mjs)$/;

/** Every command file under src/commands/: adding a file adds a command. */
export async function loadCommands(dir = COMMANDS_DIR): Promise<Command[]> {
  const files = readdirSync(dir)
    .filter((name) => SOURCE.test(name) && !name.endsWith('.d.ts'))
    .sort();
  const commands: Command[] = [];
  // One at a time: Jest's ESM loader cannot link modules imported side by side.
  for (const name of files) {
    const module = (await import(pathToFileURL(join(dir, name)).href)) as { command?: Command };
    if (!module.command) throw new Error(`${join(dir, name)} exports no command`);
    commands.push(module.command);
  }
  return commands.sort((a, b) => a.name.localeCompare(b.name));
}

export function helpText(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `usage: infra-fleet <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun infra-fleet <command> --help for its options.\n`;
}
