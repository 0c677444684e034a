import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOutputFile } from '@infra-fleet/testkit';

/** One step's file commands (GITHUB_OUTPUT, GITHUB_ENV, …), as the runner creates and reads them. */

const KINDS = ['OUTPUT', 'ENV', 'PATH', 'STEP_SUMMARY', 'STATE'] as const;

export interface FileCommandResults {
  outputs: Record<string, string>;
  env: Record<string, string>;
  path: string[];
  summary: string;
}

export interface FileCommands {
  /** GITHUB_OUTPUT=…, GITHUB_ENV=…, for the step's environment. */
  variables: Record<string, string>;
  read(): FileCommandResults;
}

export function createFileCommands(tempDir: string): FileCommands {
  const dir = join(tempDir, '_runner_file_commands');
  mkdirSync(dir, { recursive: true });
  const id = randomUUID();
  const files = Object.fromEntries(
    KINDS.map((kind) => [kind, join(dir, `${kind.toLowerCase()}_${id}`)]),
  ) as Record<(typeof KINDS)[number], string>;
  for (const file of Object.values(files)) writeFileSync(file, '');
  const text = (kind: (typeof KINDS)[number]) => readFileSync(files[kind], 'utf8');
  return {
    variables: Object.fromEntries(KINDS.map((kind) => [`GITHUB_${kind}`, files[kind]])),
    read: () => ({
      outputs: parseOutputFile(text('OUTPUT')),
      env: parseOutputFile(text('ENV')),
      path: text('PATH')
        .split(/\r?\n/)
        .filter((line) => line.trim() !== ''),
      summary: text('STEP_SUMMARY'),
    }),
  };
}
