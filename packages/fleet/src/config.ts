import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { didYouMean, isName, NAME_RULE } from './names.js';
import { readGitHubEnvironments, type GitHubEnvironmentSpec } from './github-environments.js';
import { compilePattern, patternProblem, type FolderPattern } from './pattern.js';

/** The user's fleet, described once in infra-fleet.yaml; every action reads topology from it. */
export interface FleetConfig {
  /** Repository path of the file it was read from; undefined when built from defaults. */
  file?: string;
  /** Promotion order, when declared; otherwise environments are discovered, in name order. */
  environments?: string[];
  infrastructure: { root: string; environments: FolderPattern; shared: string[] };
  k8s: { root: string; overlays: FolderPattern; clusters: FolderPattern };
  apps: AppConfig[];
  /** GitHub environments' protection, as declared; empty when the file declares none. */
  githubEnvironments: GitHubEnvironmentSpec[];
  /** Keys set by the file or by an action input, e.g. 'k8s.root': a miss there is an error. */
  explicit: ReadonlySet<ExplicitKey>;
}

export interface AppConfig {
  name: string;
  /** The overlays' images[].name of this app. */
  image?: string;
  /** This app's own overlay pattern (relative to k8s.root), instead of k8s.overlays. */
  overlays?: FolderPattern;
  /** Commit status contexts that report it applied; {env} and {app} are filled in. */
  statusContexts: string[];
}

export type ExplicitKey =
  | 'environments'
  | 'infrastructure.root'
  | 'infrastructure.environments'
  | 'infrastructure.shared'
  | 'k8s.root'
  | 'k8s.overlays'
  | 'k8s.clusters';

export const DEFAULT_CONFIG_FILE = 'infra-fleet.yaml';

/** What a repository without infra-fleet.yaml gets: infra-fleet's own layout. */
export const DEFAULTS = {
  infrastructure: {
    root: 'infrastructure',
    environments: 'environments/{env}',
    shared: ['permanent'],
  },
  k8s: { root: 'k8s', overlays: 'overlays/{env}', clusters: 'clusters/{env}' },
} as const;

/** A problem in infra-fleet.yaml, located at file:line:column, with what to do. */
export class FleetConfigError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'FleetConfigError';
  }
}

const SHAPE: Record<string, readonly string[]> = {
  '': ['environments', 'infrastructure', 'k8s', 'apps', 'github-environments'],
  infrastructure: ['root', 'environments', 'shared'],
  k8s: ['root', 'overlays', 'clusters'],
  app: ['image', 'overlays', 'status-contexts'],
};

interface Problem {
  node: Node | null | undefined;
  message: string;
}

export class Reader {
  readonly problems: Problem[] = [];
  readonly explicit = new Set<ExplicitKey>();

  problem(node: Node | null | undefined, message: string): void {
    this.problems.push({ node, message });
  }

  /** The pairs of a mapping, after checking its keys against the known ones. */
  pairs(node: unknown, where: string, known: readonly string[]): Array<[string, Node | null]> {
    if (node === null || node === undefined) return [];
    if (!isMap(node)) {
      this.problem(node as Node, `${where || 'the file'} must be a mapping (key: value)`);
      return [];
    }
    return (node.items as Array<Pair<unknown, unknown>>).flatMap((pair) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!known.includes(key)) {
        const guess = didYouMean(key, known);
        const hint = guess ? `did you mean "${guess}"?` : `known keys: ${known.join(', ')}`;
        this.problem(pair.key as Node, `unknown key "${join(where, key)}"; ${hint}`);
        return [];
      }
      return [[key, pair.value as Node | null] as [string, Node | null]];
    });
  }

  string(node: Node | null, where: string): string | undefined {
    if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '')
      return node.value.trim();
    this.problem(node, `${where} must be a non-empty string`);
    return undefined;
  }

  strings(node: Node | null, where: string): string[] {
    if (!isSeq(node)) {
      this.problem(node, `${where} must be a list, e.g. [a, b]`);
      return [];
    }
    return node.items.flatMap((item) => this.string(item as Node, `each of ${where}`) ?? []);
  }

  name(node: Node | null, value: string | undefined, where: string): string | undefined {
    if (value === undefined) return undefined;
    if (isName(value)) return value;
    this.problem(node, `${where} ${JSON.stringify(value)} is not a valid name: ${NAME_RULE}`);
    return undefined;
  }

  pattern(node: Node | null, where: string): FolderPattern | undefined {
    const text = this.string(node, where);
    if (text === undefined) return undefined;
    const problem = patternProblem(text);
    if (!problem) return compilePattern(text);
    this.problem(node, `${where} ${JSON.stringify(text)} ${problem}`);
    return undefined;
  }

  root(node: Node | null, where: string): string | undefined {
    const text = this.string(node, where);
    if (text === undefined) return undefined;
    const root = text.replace(/^\.\/+/, '').replace(/\/+$/, '') || '.';
    const parts = root.split('/');
    if (!root.startsWith('/') && !parts.some((part) => part === '..' || part === '')) return root;
    this.problem(node, `${where} ${JSON.stringify(text)} must be a folder inside the repository`);
    return undefined;
  }
}

const join = (where: string, key: string) => (where ? `${where}.${key}` : key);

function readEnvironments(reader: Reader, node: Node | null): string[] {
  const names = reader.strings(node, 'environments');
  const valid = names.flatMap((name) => reader.name(node, name, 'environment') ?? []);
  const repeated = valid.filter((name, index) => valid.indexOf(name) !== index);
  if (repeated.length) reader.problem(node, `environments lists ${repeated[0]} twice`);
  return valid;
}

function readInfrastructure(reader: Reader, node: Node | null) {
  const result = {
    root: DEFAULTS.infrastructure.root as string,
    environments: compilePattern(DEFAULTS.infrastructure.environments),
    shared: [...DEFAULTS.infrastructure.shared] as string[],
  };
  for (const [key, value] of reader.pairs(node, 'infrastructure', SHAPE.infrastructure ?? [])) {
    const where = `infrastructure.${key}`;
    reader.explicit.add(where as ExplicitKey);
    if (key === 'root') result.root = reader.root(value, where) ?? result.root;
    if (key === 'environments')
      result.environments = reader.pattern(value, where) ?? result.environments;
    if (key === 'shared')
      result.shared = reader
        .strings(value, where)
        .flatMap((n) => reader.name(value, n, where) ?? []);
  }
  return result;
}

function readK8s(reader: Reader, node: Node | null) {
  const result = {
    root: DEFAULTS.k8s.root as string,
    overlays: compilePattern(DEFAULTS.k8s.overlays),
    clusters: compilePattern(DEFAULTS.k8s.clusters),
  };
  for (const [key, value] of reader.pairs(node, 'k8s', SHAPE.k8s ?? [])) {
    const where = `k8s.${key}`;
    reader.explicit.add(where as ExplicitKey);
    if (key === 'root') result.root = reader.root(value, where) ?? result.root;
    if (key === 'overlays') result.overlays = reader.pattern(value, where) ?? result.overlays;
    if (key === 'clusters') result.clusters = reader.pattern(value, where) ?? result.clusters;
  }
  return result;
}

function readApps(reader: Reader, node: Node | null): AppConfig[] {
  if (node === null || node === undefined) return [];
  if (!isMap(node)) {
    reader.problem(node, 'apps must be a mapping of app name to its settings');
    return [];
  }
  return (node.items as Array<Pair<unknown, unknown>>).flatMap((pair) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const name = reader.name(pair.key as Node, key, 'app');
    if (name === undefined) return [];
    const app: AppConfig = { name, statusContexts: [] };
    for (const [field, value] of reader.pairs(pair.value, `apps.${name}`, SHAPE.app ?? [])) {
      if (field === 'image') {
        const image = reader.string(value, `apps.${name}.image`);
        if (image !== undefined) app.image = image;
      }
      if (field === 'status-contexts')
        app.statusContexts = reader.strings(value, `apps.${name}.status-contexts`);
      if (field === 'overlays') {
        const pattern = reader.pattern(value, `apps.${name}.overlays`);
        if (pattern) app.overlays = pattern;
      }
    }
    return [app];
  });
}

function located(file: string, counter: LineCounter, problem: Problem): string {
  const offset = problem.node?.range?.[0];
  if (offset === undefined) return `${file}: ${problem.message}`;
  const { line, col } = counter.linePos(offset);
  return `${file}:${line}:${col}: ${problem.message}`;
}

/**
 * Parses and validates infra-fleet.yaml. Every problem is reported at once, each at its
 * file:line:column; nothing is guessed.
 */
export function parseFleetConfig(text: string, file = DEFAULT_CONFIG_FILE): FleetConfig {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  if (document.errors.length > 0) {
    const first = document.errors[0];
    const { line, col } = counter.linePos(first?.pos[0] ?? 0);
    throw new FleetConfigError(
      `${file}:${line}:${col}: not valid YAML: ${first?.message.split('\n')[0]}`,
    );
  }
  const reader = new Reader();
  const config = defaultFleetConfig();
  for (const [key, value] of reader.pairs(document.contents, '', SHAPE[''] ?? [])) {
    if (key === 'environments') {
      config.environments = readEnvironments(reader, value);
      reader.explicit.add('environments');
    }
    if (key === 'infrastructure') config.infrastructure = readInfrastructure(reader, value);
    if (key === 'k8s') config.k8s = readK8s(reader, value);
    if (key === 'apps') config.apps = readApps(reader, value);
    if (key === 'github-environments')
      config.githubEnvironments = readGitHubEnvironments(reader, value);
  }
  if (reader.problems.length > 0) {
    const lines = reader.problems.map((problem) => located(file, counter, problem));
    throw new FleetConfigError(
      lines.join('\n'),
      'Fix infra-fleet.yaml (its JSON Schema, infra-fleet.schema.json, lets editors check it as you type).',
    );
  }
  return { ...config, file, explicit: reader.explicit };
}

export function defaultFleetConfig(): FleetConfig {
  return {
    infrastructure: {
      root: DEFAULTS.infrastructure.root,
      environments: compilePattern(DEFAULTS.infrastructure.environments),
      shared: [...DEFAULTS.infrastructure.shared],
    },
    k8s: {
      root: DEFAULTS.k8s.root,
      overlays: compilePattern(DEFAULTS.k8s.overlays),
      clusters: compilePattern(DEFAULTS.k8s.clusters),
    },
    apps: [],
    githubEnvironments: [],
    explicit: new Set(),
  };
}
