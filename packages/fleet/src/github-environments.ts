import { isMap, isScalar, type Node, type Pair } from 'yaml';
import type { Reader } from './config.js';

/**
 * A GitHub environment's protection, declared in infra-fleet.yaml under `github-environments`,
 * and compared with the repository's settings by `infra-fleet environments check|apply`.
 */
export interface GitHubEnvironmentSpec {
  name: string;
  /** Users (`maria`) and teams (`org/sre`) of which one must approve; empty: no approval. */
  reviewers: Array<{ type: 'User' | 'Team'; name: string }>;
  preventSelfReview: boolean;
  /** Minutes a deployment waits after approval (0 to 43,200). */
  waitTimer: number;
  /** Branches and tags (patterns) that may deploy; undefined: any. */
  deployFrom?: { branches: string[]; tags: string[] };
  /** Environment secrets and variables that must exist (by name; values are never read). */
  secrets: string[];
  variables: string[];
}

export const ENVIRONMENT_KEYS = [
  'reviewers',
  'prevent-self-review',
  'wait-timer',
  'deploy-from',
  'secrets',
  'variables',
] as const;

const REVIEWER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$/;
const SECRET_NAME = /^(?!GITHUB_)[A-Za-z_][A-Za-z0-9_]{0,254}$/i;
const MAX_WAIT = 43_200;

function reviewers(reader: Reader, node: Node | null, where: string) {
  return reader.strings(node, where).flatMap((name) => {
    if (REVIEWER.test(name))
      return [{ type: name.includes('/') ? ('Team' as const) : ('User' as const), name }];
    reader.problem(node, `${where} ${JSON.stringify(name)} is neither a login nor org/team`);
    return [];
  });
}

function names(reader: Reader, node: Node | null, where: string): string[] {
  return reader.strings(node, where).flatMap((name) => {
    if (SECRET_NAME.test(name)) return [name];
    reader.problem(
      node,
      `${where} ${JSON.stringify(name)} is not a secret or variable name (letters, digits, _; not GITHUB_)`,
    );
    return [];
  });
}

function waitTimer(reader: Reader, node: Node | null, where: string): number {
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_WAIT)
    return value;
  reader.problem(node, `${where} must be a whole number of minutes from 0 to ${MAX_WAIT}`);
  return 0;
}

function flag(reader: Reader, node: Node | null, where: string): boolean {
  if (isScalar(node) && typeof node.value === 'boolean') return node.value;
  reader.problem(node, `${where} must be true or false`);
  return false;
}

function deployFrom(reader: Reader, node: Node | null, where: string) {
  const result = { branches: [] as string[], tags: [] as string[] };
  for (const [key, value] of reader.pairs(node, where, ['branches', 'tags'])) {
    result[key as 'branches' | 'tags'] = reader.strings(value, `${where}.${key}`);
  }
  return result;
}

function environment(reader: Reader, name: string, node: unknown): GitHubEnvironmentSpec {
  const spec: GitHubEnvironmentSpec = {
    name,
    reviewers: [],
    preventSelfReview: false,
    waitTimer: 0,
    secrets: [],
    variables: [],
  };
  const where = `github-environments.${name}`;
  for (const [key, value] of reader.pairs(node, where, ENVIRONMENT_KEYS)) {
    const at = `${where}.${key}`;
    if (key === 'reviewers') spec.reviewers = reviewers(reader, value, at);
    if (key === 'prevent-self-review') spec.preventSelfReview = flag(reader, value, at);
    if (key === 'wait-timer') spec.waitTimer = waitTimer(reader, value, at);
    if (key === 'deploy-from') spec.deployFrom = deployFrom(reader, value, at);
    if (key === 'secrets') spec.secrets = names(reader, value, at);
    if (key === 'variables') spec.variables = names(reader, value, at);
  }
  return spec;
}

/** Reads `github-environments:` (environment name -> protection). */
export function readGitHubEnvironments(reader: Reader, node: Node | null): GitHubEnvironmentSpec[] {
  if (node === null || node === undefined) return [];
  if (!isMap(node)) {
    reader.problem(
      node,
      'github-environments must be a mapping of environment name to its protection',
    );
    return [];
  }
  return (node.items as Array<Pair<unknown, unknown>>).flatMap((pair) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const name = reader.name(pair.key as Node, key, 'environment');
    return name === undefined ? [] : [environment(reader, name, pair.value)];
  });
}
