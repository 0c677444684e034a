import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inputVariable, parseActionMetadata, type ActionMetadata } from '@infra-fleet/action-kit';
import { DEFAULT_REPOSITORY, workflowDispatchEvent } from './events.js';

export interface RunActionOptions {
  /** Folder holding action.yml (runs.using nodeNN, runs.main). */
  actionDir: string;
  /** Names as in action.yml; defaults from action.yml fill the rest. */
  inputs?: Record<string, string>;
  /** Extra env; wins over every default, INPUT_* included. */
  env?: Record<string, string>;
  /** GITHUB_WORKSPACE and cwd; default a new empty temp dir. */
  workspace?: string;
  event?: { name: string; payload: object };
  /** Value of `${{ github.token }}` in defaults (default 'ghs_' + random). */
  token?: string;
  /** SIGKILL after this many milliseconds: a safety net far above any normal run (default 4 min). */
  timeoutMs?: number;
  /** Node binary, default the one running the tests. */
  node?: string;
  /** Send `signal` once `when` holds (e.g. the action has polled once): never after a duration. */
  signalWhen?: SignalCondition;
  /** Send `signal` once `path` exists (e.g. a lock file a tool writes mid-run). */
  signalWhenExists?: { signal: NodeJS.Signals; path: string };
}

export interface SignalCondition {
  signal: NodeJS.Signals;
  /** Checked every 20 ms with what the action printed so far. */
  when: (progress: { stdout: string }) => boolean | Promise<boolean>;
}

export interface Annotation {
  command: string;
  message: string;
  properties: Record<string, string>;
}

export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  stderr: string;
  annotations: Annotation[];
  masked: string[];
  failed: boolean;
  timedOut: boolean;
}

const FILE_COMMANDS = ['OUTPUT', 'STEP_SUMMARY', 'ENV', 'PATH', 'STATE'] as const;
/** The github.* context values a default may use, each read from its GITHUB_* variable. */
const CONTEXT_KEYS = [
  'action_path', 'actor', 'api_url', 'event_name', 'job', 'ref', 'ref_name', 'repository',
  'repository_owner', 'run_attempt', 'run_id', 'run_number', 'server_url', 'sha',
  'triggering_actor', 'workflow', 'workspace',
]; // prettier-ignore

/** The inputs, outputs and runs of an action's action.yml (or action.yaml). */
export function actionInputs(actionDir: string): ActionMetadata {
  const file = ['action.yml', 'action.yaml']
    .map((name) => join(actionDir, name))
    .find((path) => existsSync(path));
  if (!file) throw new Error(`No action.yml in ${actionDir}.`);
  return parseActionMetadata(readFileSync(file, 'utf8'), file);
}

/** Evaluates the few `${{ github.* }}` expressions an input default may hold. */
export function evaluateDefault(value: string, context: Record<string, string>): string {
  return value.replace(/\$\{\{(.*?)\}\}/g, (whole, inner: string) => {
    const key = /^github\.(\w+)$/.exec(inner.trim())?.[1];
    const result = key === undefined ? undefined : context[key];
    if (result === undefined) {
      throw new Error(
        `The harness cannot evaluate ${whole} (it knows github.token and github.` +
          `{${CONTEXT_KEYS.join(',')}}); pass this input explicitly.`,
      );
    }
    return result;
  });
}

function githubContext(env: Record<string, string>, token: string): Record<string, string> {
  const context: Record<string, string> = { token };
  for (const key of CONTEXT_KEYS) {
    const value = env[`GITHUB_${key.toUpperCase()}`];
    if (value !== undefined) context[key] = value;
  }
  return context;
}

/** INPUT_* for every declared input: the value given, else the evaluated default. */
export function inputEnv(
  metadata: ActionMetadata,
  given: Record<string, string>,
  context: Record<string, string>,
): Record<string, string> {
  const declared = Object.keys(metadata.inputs);
  const unknown = Object.keys(given).filter((name) => !declared.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `Input(s) ${unknown.join(', ')} not declared in action.yml (declared: ${declared.join(', ')}).`,
    );
  }
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(metadata.inputs)) {
    const value = given[name] ?? evaluateDefault(input.default ?? '', context);
    env[inputVariable(name)] = value;
  }
  return env;
}

interface Sandbox {
  root: string;
  workspace: string;
  files: Record<(typeof FILE_COMMANDS)[number], string>;
  env: Record<string, string>;
}

function createSandbox(options: RunActionOptions, event: { name: string; payload: object }) {
  const root = mkdtempSync(join(tmpdir(), 'action-run-'));
  const dir = (name: string) => {
    mkdirSync(join(root, name), { recursive: true });
    return join(root, name);
  };
  const workspace = options.workspace ? resolve(options.workspace) : dir('workspace');
  const commands = dir('temp/_runner_file_commands');
  const files = Object.fromEntries(
    FILE_COMMANDS.map((command) => [command, join(commands, command.toLowerCase())]),
  ) as Sandbox['files'];
  Object.values(files).forEach((path) => writeFileSync(path, ''));
  const eventPath = join(root, 'temp/_github_workflow/event.json');
  mkdirSync(join(eventPath, '..'), { recursive: true });
  writeFileSync(eventPath, JSON.stringify(event.payload, null, 2));
  const env = runnerEnv({ home: dir('home'), temp: join(root, 'temp'), workspace, eventPath });
  for (const command of FILE_COMMANDS) env[`GITHUB_${command}`] = files[command];
  env.GITHUB_EVENT_NAME = event.name;
  env.GITHUB_ACTION_PATH = resolve(options.actionDir);
  return { root, workspace, files, env };
}

function runnerEnv(paths: { home: string; temp: string; workspace: string; eventPath: string }) {
  const [owner = 'octo-org'] = DEFAULT_REPOSITORY.split('/');
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: paths.home,
    // This machine's /etc/gitconfig is not the runner's; keep git identity and credentials empty.
    GIT_CONFIG_NOSYSTEM: '1',
    RUNNER_TEMP: paths.temp,
    RUNNER_TOOL_CACHE: join(paths.temp, '..', 'tool-cache'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: paths.workspace,
    GITHUB_EVENT_PATH: paths.eventPath,
    GITHUB_REPOSITORY: DEFAULT_REPOSITORY,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_RUN_ID: '4242424242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_ACTOR: 'octocat',
    GITHUB_TRIGGERING_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'release',
    GITHUB_JOB: 'promote',
    GITHUB_SHA: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
  } as Record<string, string>;
}

/** GITHUB_OUTPUT-style text (`name=value` lines and `name<<DELIM` heredocs) as a map. */
export function parseOutputFile(text: string): Record<string, string> {
  const lines = text.split(/\r?\n/);
  const outputs: Record<string, string> = {};
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (heredoc >= 0 && (equals < 0 || heredoc < equals)) {
      const delimiter = line.slice(heredoc + 2);
      const end = lines.indexOf(delimiter, index + 1);
      if (end < 0) throw new Error(`Output '${line.slice(0, heredoc)}': no closing ${delimiter}.`);
      outputs[line.slice(0, heredoc)] = lines.slice(index + 1, end).join('\n');
      index = end;
    } else if (equals > 0) {
      outputs[line.slice(0, equals)] = line.slice(equals + 1);
    } else {
      throw new Error(`Output line ${JSON.stringify(line)} is neither name=value nor name<<DELIM.`);
    }
  }
  return outputs;
}

function unescapeCommand(text: string): string {
  return text
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%');
}

function parseProperties(text: string): Record<string, string> {
  const pairs = text.split(',').filter((pair) => pair.includes('='));
  return Object.fromEntries(
    pairs.map((pair) => {
      const at = pair.indexOf('=');
      return [pair.slice(0, at).trim(), unescapeCommand(pair.slice(at + 1))];
    }),
  );
}

/** Workflow commands written to stdout: annotations and masks. */
export function parseCommands(stdout: string): { annotations: Annotation[]; masked: string[] } {
  const annotations: Annotation[] = [];
  const masked: string[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([\w-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const [, command = '', properties = '', message = ''] = match;
    if (command === 'add-mask') masked.push(unescapeCommand(message));
    if (['error', 'warning', 'notice'].includes(command)) {
      annotations.push({
        command,
        message: unescapeCommand(message),
        properties: parseProperties(properties),
      });
    }
  }
  return { annotations, masked };
}

function mainScript(actionDir: string, metadata: ActionMetadata): string {
  const { using, main } = metadata.runs;
  if (!using || !/^node\d+$/.test(using) || !main) {
    throw new Error(`${actionDir}/action.yml must declare runs.using nodeNN and runs.main.`);
  }
  const path = resolve(actionDir, main);
  if (!existsSync(path)) throw new Error(`${path} does not exist; run \`npm run build\` first.`);
  return path;
}

function signalCondition(options: RunActionOptions): SignalCondition | undefined {
  const file = options.signalWhenExists;
  if (file) return { signal: file.signal, when: () => existsSync(file.path) };
  return options.signalWhen;
}

/** Polls the condition until it holds once, then sends its signal. */
function watchCondition(
  condition: SignalCondition | undefined,
  stdout: () => string,
  send: (signal: NodeJS.Signals) => void,
): () => void {
  if (!condition) return () => undefined;
  let stopped = false;
  const poll = async () => {
    while (!stopped && !(await condition.when({ stdout: stdout() })))
      await new Promise((resolve) => setTimeout(resolve, 20));
    if (!stopped) send(condition.signal);
  };
  void poll();
  return () => {
    stopped = true;
  };
}

type Exit = Pick<ActionRun, 'exitCode' | 'signal' | 'stdout' | 'stderr' | 'timedOut'>;

function spawnAction(node: string, script: string, sandbox: Sandbox, options: RunActionOptions) {
  return new Promise<Exit>((resolvePromise, reject) => {
    const child = spawn(node, [script], {
      cwd: sandbox.workspace,
      env: sandbox.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    let timedOut = false;
    const killer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 240_000);
    const stopWatching = watchCondition(
      signalCondition(options),
      () => Buffer.concat(out).toString('utf8'),
      (sig) => child.kill(sig),
    );
    child.on('error', (error) => {
      clearTimeout(killer);
      stopWatching();
      reject(error);
    });
    child.on('close', (exitCode, exitSignal) => {
      clearTimeout(killer);
      stopWatching();
      const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString('utf8');
      resolvePromise({
        exitCode,
        signal: exitSignal,
        stdout: text(out),
        stderr: text(err),
        timedOut,
      });
    });
  });
}

/** Runs a bundled action the way the GitHub runner does, in a fresh sandbox that is removed afterwards. */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const metadata = actionInputs(options.actionDir);
  const script = mainScript(options.actionDir, metadata);
  const token = options.token ?? `ghs_${randomBytes(18).toString('hex')}`;
  const sandbox = createSandbox(options, options.event ?? workflowDispatchEvent());
  try {
    const context = githubContext({ ...sandbox.env, ...options.env }, token);
    Object.assign(sandbox.env, inputEnv(metadata, options.inputs ?? {}, context), options.env);
    const exit = await spawnAction(options.node ?? process.execPath, script, sandbox, options);
    return {
      ...exit,
      ...parseCommands(exit.stdout),
      outputs: parseOutputFile(readFileSync(sandbox.files.OUTPUT, 'utf8')),
      summary: readFileSync(sandbox.files.STEP_SUMMARY, 'utf8'),
      failed: exit.exitCode !== 0,
    };
  } finally {
    rmSync(sandbox.root, { recursive: true, force: true });
  }
}
