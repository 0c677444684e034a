import { execFile } from 'node:child_process';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

export interface RenderOptions {
  /** The kubectl executable; default `kubectl` from PATH. */
  kubectl?: string;
  /** Kill kubectl after this many milliseconds; default 60 000. */
  timeoutMs?: number;
}

/** Rendering failed: kubectl is missing, timed out, or kustomize rejected the overlay. */
export class KustomizeRenderError extends Error {
  constructor(
    message: string,
    readonly dir: string,
    readonly stderr = '',
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'KustomizeRenderError';
  }
}

const DEFAULT_TIMEOUT_MS = 60_000;
/** What kubectl (and git, for remote bases) needs; never the job's tokens or INPUT_* values. */
const PASSED_VARIABLES = [
  'PATH',
  'HOME',
  'TMPDIR',
  'LANG',
  'LC_ALL',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
];
const PROXY = /^(https?_proxy|no_proxy|all_proxy)$/i;

export function renderEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const kept = Object.entries(env).filter(
    ([name, value]) => value !== undefined && (PASSED_VARIABLES.includes(name) || PROXY.test(name)),
  );
  return {
    ...Object.fromEntries(kept),
    // kustomize reads no cluster; a kubeconfig could run an exec credential plugin.
    KUBECONFIG: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
  } as Record<string, string>;
}
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/** Renders a kustomization directory with `kubectl kustomize <dir>` and returns the YAML stream. */
export async function renderKustomization(
  dir: string,
  options: RenderOptions = {},
): Promise<string> {
  // kubectl accepts no `--`; an absolute path can never be read as a flag.
  const absDir = path.resolve(dir);
  const kubectl = options.kubectl ?? 'kubectl';
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    execFile(
      kubectl,
      ['kustomize', absDir],
      {
        timeout,
        maxBuffer: MAX_OUTPUT_BYTES,
        encoding: 'utf8',
        windowsHide: true,
        env: renderEnv(),
      },
      (error, stdout, stderr) => {
        if (error) reject(renderFailure(error, { kubectl, absDir, timeout, stderr }));
        else resolve(stdout);
      },
    );
  });
}

interface FailureContext {
  kubectl: string;
  absDir: string;
  timeout: number;
  stderr: string;
}

type ExecError = Error & {
  code?: string | number | null;
  killed?: boolean;
  signal?: string | null;
};

function renderFailure(error: ExecError, ctx: FailureContext): KustomizeRenderError {
  const { kubectl, absDir, timeout } = ctx;
  const stderr = ctx.stderr.trim();
  if (error.code === 'ENOENT') {
    return new KustomizeRenderError(
      `cannot render ${absDir}: kubectl executable "${kubectl}" not found; ` +
        'install kubectl (kustomize v5) or set validate: none',
      absDir,
      '',
      { cause: error },
    );
  }
  if (error.killed && error.signal) {
    return new KustomizeRenderError(
      `kubectl kustomize ${absDir} timed out after ${timeout} ms (killed with ${error.signal})`,
      absDir,
      stderr,
      { cause: error },
    );
  }
  const detail = kubectlErrorText(stderr) || error.message;
  return new KustomizeRenderError(`kubectl kustomize ${absDir} failed: ${detail}`, absDir, stderr, {
    cause: error,
  });
}

/** klog wraps kustomize's message as `E1126 07:23:18.29 4553 run.go:72] "command failed" err="..."`. */
const KLOG_ERR = /^[IWEF]\d{4} [\d:.]+\s+\d+ \S+\] "[^"]*" err=("(?:[^"\\]|\\.)*")$/;

/** The kustomize message from kubectl's stderr, without klog's header and quoting. */
function kubectlErrorText(stderr: string): string {
  return stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(unwrapKlogLine)
    .join('\n');
}

function unwrapKlogLine(line: string): string {
  const quoted = KLOG_ERR.exec(line)?.[1];
  if (quoted === undefined) return line;
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}

export interface RenderedContainer {
  kind: string;
  name: string;
  namespace?: string;
  container: string;
  image: string;
}

type Json = Record<string, unknown>;

/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATHS: Record<string, readonly string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** Lists every container and initContainer image of the workloads in a rendered YAML stream. */
export function renderedImages(stream: string): RenderedContainer[] {
  return parseStream(stream).flatMap(workloadImages);
}

function parseStream(stream: string): Json[] {
  return parseAllDocuments(stream).flatMap((doc, index) => {
    if (doc.errors.length > 0) {
      throw new Error(`rendered YAML document ${index + 1} is invalid: ${doc.errors[0]?.message}`);
    }
    const value: unknown = doc.toJS();
    return isObject(value) ? [value] : [];
  });
}

function workloadImages(object: Json): RenderedContainer[] {
  const kind = typeof object.kind === 'string' ? object.kind : '';
  const specPath = POD_SPEC_PATHS[kind];
  const podSpec = specPath ? dig(object, specPath) : undefined;
  if (!isObject(podSpec)) return [];
  const metadata = isObject(object.metadata) ? object.metadata : {};
  const owner = {
    kind,
    name: String(metadata.name ?? ''),
    ...(typeof metadata.namespace === 'string' ? { namespace: metadata.namespace } : {}),
  };
  return [...listOf(podSpec.initContainers), ...listOf(podSpec.containers)].map((c) => ({
    ...owner,
    container: String(c.name ?? ''),
    image: String(c.image ?? ''),
  }));
}

function dig(object: Json, keys: readonly string[]): unknown {
  let current: unknown = object;
  for (const key of keys) current = isObject(current) ? current[key] : undefined;
  return current;
}

function listOf(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
