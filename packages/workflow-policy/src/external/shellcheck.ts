import { spawn } from 'node:child_process';
import path from 'node:path';
import { blankExpressions, hasExpression } from '../expressions.js';
import { finding, type Finding } from '../finding.js';
import type { LoadedFile, Step } from '../model.js';
import { stepScopes, type StepScope } from '../scopes.js';

export interface ShellcheckOptions {
  /** The shellcheck executable; default `shellcheck` from PATH. */
  executable?: string;
  /** Scripts checked at once. */
  concurrency?: number;
}

/** One `run:` body to check, with the shell GitHub runs it with. */
export interface Script {
  file: LoadedFile;
  step: Step & { run: NonNullable<Step['run']> };
  dialect: string;
}

interface Comment {
  line: number;
  level: string;
  code: number;
  message: string;
}

/** Codes that only fire because an expression was blanked to `____` (it looks constant). */
const BLANKED_EXPRESSION_CODES = ['SC2050', 'SC2157', 'SC2193', 'SC2194'];
const DIALECTS: Readonly<Record<string, string>> = {
  bash: 'bash',
  sh: 'sh',
  dash: 'dash',
  ksh: 'ksh',
};

/**
 * The shellcheck dialect of a step: its `shell:`, else `defaults.run.shell`, else GitHub's
 * default (bash; pwsh on Windows runners). Undefined for shells shellcheck cannot read.
 */
export function shellcheckDialect(step: Step, scope: StepScope): string | undefined {
  const windows = scope.runsOn !== undefined && /windows/i.test(scope.runsOn);
  const shell = step.shell?.value ?? scope.shell ?? (windows ? 'pwsh' : 'bash');
  const program = path.posix.basename(shell.trim().split(/\s+/)[0] ?? '');
  return DIALECTS[program];
}

export function scriptsOf(file: LoadedFile): Script[] {
  return stepScopes(file).flatMap((scope) =>
    scope.steps.flatMap((step) => {
      const dialect = shellcheckDialect(step, scope);
      return step.run && dialect ? [{ file, step: { ...step, run: step.run }, dialect }] : [];
    }),
  );
}

/**
 * shellcheck over every `run:` body, `${{ }}` blanked to underscores of the same length so
 * lines and columns stay put. A missing shellcheck is a finding, never a silent pass.
 */
export async function shellcheckFindings(
  files: LoadedFile[],
  options: ShellcheckOptions = {},
): Promise<Finding[]> {
  const scripts = files.flatMap(scriptsOf);
  const executable = options.executable ?? 'shellcheck';
  const results = await mapLimit(scripts, options.concurrency ?? 8, (script) =>
    checkScript(executable, script),
  );
  const missing = results.findIndex((result) => result === 'missing');
  const findings = results.flatMap((result) => (result === 'missing' ? [] : result));
  const first = scripts[missing];
  if (!first) return findings;
  return [
    finding(
      first.file,
      first.step.run.line,
      'shellcheck:unavailable',
      `"${executable}" was not found, so no run: body was checked; install it (apt-get install shellcheck)`,
    ),
    ...findings,
  ];
}

async function checkScript(executable: string, script: Script): Promise<Finding[] | 'missing'> {
  const { body, lines, line } = script.step.run;
  const blanked = hasExpression(body);
  const args = ['--format=json1', `--shell=${script.dialect}`];
  if (blanked) args.push(`--exclude=${BLANKED_EXPRESSION_CODES.join(',')}`);
  const result = await runShellcheck(executable, [...args, '-'], blankExpressions(body));
  if (result.missing) return 'missing';
  const comments = parseComments(result.stdout);
  if (!comments) {
    const detail = result.stderr.trim() || `exit code ${result.code}`;
    return [
      finding(
        script.file,
        line,
        'shellcheck:error',
        `shellcheck failed on this run: body: ${detail}`,
      ),
    ];
  }
  return comments.map((comment) =>
    finding(
      script.file,
      lines[comment.line - 1] ?? line,
      `shellcheck:SC${comment.code}`,
      `${comment.level}: ${comment.message}`,
    ),
  );
}

function parseComments(stdout: string): Comment[] | undefined {
  try {
    const parsed = JSON.parse(stdout) as { comments?: Comment[] };
    return Array.isArray(parsed.comments) ? parsed.comments : undefined;
  } catch {
    return undefined;
  }
}

interface ProcessResult {
  stdout: string;
  stderr: string;
  code: number | null;
  missing: boolean;
}

/** Runs shellcheck with an argument array and the script on stdin; never through a shell. */
function runShellcheck(executable: string, args: string[], input: string): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const child = spawn(executable, args, { stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let missing = false;
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      missing = error.code === 'ENOENT';
      if (!missing) stderr.push(Buffer.from(error.message));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
    child.on('close', (code) =>
      resolve({
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        code,
        missing,
      }),
    );
  });
}

async function mapLimit<T, R>(
  items: T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
