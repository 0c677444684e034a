import { isAbsolute, relative, resolve, sep } from 'node:path';
import {
  createInputReader,
  InputError,
  maskSecret,
  type InputReader,
} from '@infra-fleet/action-kit';
import { DEFAULT_CONFIG_FILE, isName, NAME_RULE } from '@infra-fleet/fleet';
import { assertInsideWorkspace, CheckoutLocationError } from '@infra-fleet/git';
import type { FleetTarget } from './fleet-target.js';
import {
  dockerReference,
  formatReference,
  hasControlCharacter,
  parseImageLine,
  quoteValue,
  validateDigest,
  validateImageName,
  validateTag,
  type DockerReference,
  type ImageRequest,
} from './references.js';

export type Mode = 'push' | 'pull-request' | 'dry-run';
export type CommitMethod = 'api' | 'git';

export interface Settings {
  /** GITHUB_WORKSPACE: the checkout (commit-method git) and its git directory stay inside it. */
  workspace: string;
  /** Absolute path of the repository checkout. */
  repositoryPath: string;
  /** Overlay directory or kustomization file, relative to the repository root (POSIX). */
  overlay: string;
  requests: ImageRequest[];
  promoteFrom?: { overlay: string; ref?: string };
  mode: Mode;
  commitMethod: CommitMethod;
  branch: string;
  remote: string;
  allowDowngrade: boolean;
  reason?: string;
  tagPattern?: RegExp;
  commitMessage?: string;
  maxAttempts: number;
  validate: 'kustomize' | 'none';
  token?: string;
  serverUrl: string;
  apiUrl: string;
  /** owner/name from GITHUB_REPOSITORY, for links and the API. */
  repository?: string;
  runUrl?: string;
  /** environment/app inputs: the overlay and image are read from infra-fleet.yaml at the tip. */
  fleetTarget?: FleetTarget;
}

const MAX_REASON = 500;

/** With app and no image: the image comes from infra-fleet.yaml, the values from tag/digest. */
function appImageValues(inputs: InputReader, promoting: boolean) {
  const tag = inputs.optional('tag');
  const digest = inputs.optional('digest');
  if (promoting && (tag || digest)) {
    throw new InputError(
      'promote-from',
      'cannot be combined with a tag or digest.',
      'With promote-from, the values come from the other overlay: leave tag and digest empty.',
    );
  }
  if (!promoting && !tag && !digest) {
    throw new InputError('tag', 'is required (or digest, or promote-from).', 'Give the new tag.');
  }
  return {
    ...(tag ? { tag: validateTag('tag', tag) } : {}),
    ...(digest ? { digest: validateDigest('digest', digest) } : {}),
  };
}

function requestsFrom(inputs: InputReader, promoting: boolean): ImageRequest[] {
  const image = inputs.optional('image');
  const tag = inputs.optional('tag');
  const digest = inputs.optional('digest');
  const lines = inputs.list('images');
  if (inputs.optional('app') && !image && lines.length === 0) return [];
  if (lines.length > 0 && (image || tag || digest)) {
    throw new InputError(
      'images',
      'cannot be combined with image, tag or digest.',
      'Use one form.',
    );
  }
  if ((tag || digest) && !image) {
    throw new InputError('image', 'is required with tag or digest.', 'Name the image to change.');
  }
  if (image && !tag && !digest) refuseReference('image', image, promoting);
  const requests = image
    ? [
        {
          name: validateImageName('image', image),
          ...(tag ? { tag: validateTag('tag', tag) } : {}),
          ...(digest ? { digest: validateDigest('digest', digest) } : {}),
        },
      ]
    : lines.map(parseImageLine);
  checkRequests(requests, promoting, image ? 'tag' : 'images');
  return requests;
}

function referenceAdvice(input: 'image' | 'images', reference: DockerReference): string {
  const { name, tag, digest } = reference;
  if (input === 'images') return `Write it as NAME=TAG: ${formatReference(name, tag, digest)}.`;
  const parts = [
    `image: ${name}`,
    ...(tag ? [`tag: ${tag}`] : []),
    ...(digest ? [`digest: ${digest}`] : []),
  ];
  return `Give the name and the value separately: ${parts.join(' and ')}.`;
}

/** `image: NAME:TAG` (or an images line NAME:TAG) is a docker-style reference: suggest the split. */
function refuseReference(input: 'image' | 'images', value: string, promoting: boolean): void {
  const reference = dockerReference(value);
  if (!reference || (input === 'images' && reference.tag === undefined)) return;
  const what = reference.tag === undefined ? 'a digest' : 'a tag';
  if (promoting) {
    throw new InputError(
      input,
      `${quoteValue(value)} holds ${what}; with promote-from the values come from the other overlay.`,
      `Name the image alone: ${reference.name}.`,
    );
  }
  throw new InputError(
    input,
    `${quoteValue(value)} is a full image reference with ${what}, not an image name.`,
    referenceAdvice(input, reference),
  );
}

function checkRequests(
  requests: ImageRequest[],
  promoting: boolean,
  valueInput: 'tag' | 'images',
): void {
  const seen = new Set<string>();
  for (const request of requests) {
    if (seen.has(request.name)) {
      throw new InputError('images', `image ${quoteValue(request.name)} is listed twice.`);
    }
    seen.add(request.name);
    if (valueInput === 'images' && request.tag === undefined) {
      const line = request.digest ? `${request.name}@${request.digest}` : request.name;
      refuseReference('images', line, promoting);
    }
    const hasValue = request.tag !== undefined || request.digest !== undefined;
    if (promoting && hasValue) {
      throw new InputError(
        'promote-from',
        `cannot be combined with a tag or digest (${quoteValue(request.name)}).`,
        'With promote-from, name the images only; their values come from the other overlay.',
      );
    }
    if (!promoting && !hasValue) {
      throw new InputError(
        valueInput,
        `no tag or digest given for ${quoteValue(request.name)}.`,
        'Give tag and/or digest, or promote-from.',
      );
    }
  }
  if (!promoting && requests.length === 0) {
    throw new InputError(
      'image',
      'nothing to change.',
      'Set image with tag/digest, images, or promote-from.',
    );
  }
}

/** A repository-relative POSIX path that cannot leave the repository. */
export function repositoryRelativePath(input: string, value: string, root: string): string {
  const absolute = resolve(root, value);
  const inside = relative(root, absolute);
  const escapes = inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside);
  if (isAbsolute(value) || escapes || hasControlCharacter(value)) {
    throw new InputError(
      input,
      `${quoteValue(value)} is outside the repository.`,
      'Give a path relative to the repository root, e.g. k8s/overlays/staging.',
    );
  }
  return inside.split('\\').join('/');
}

/** commit-method git pushes from this checkout: it must be the workspace's, not another one. */
function checkoutPath(workspace: string, value: string, method: CommitMethod): string {
  if (method === 'git') {
    try {
      assertInsideWorkspace(workspace, value);
    } catch (error) {
      if (!(error instanceof CheckoutLocationError)) throw error;
      throw new InputError('repository-path', error.message, error.hint);
    }
  }
  return resolve(workspace, value);
}

function branchName(inputs: InputReader): string {
  const branch = inputs.string('branch', { required: true });
  const invalid = /(^[-/.])|([/.]$)|\.\.|@\{|\/\/|\.lock$|\.lock\/|[\s~^:?*[\\]/.test(branch);
  if (invalid || hasControlCharacter(branch)) {
    throw new InputError('branch', `${quoteValue(branch)} is not a valid branch name.`);
  }
  return branch.replace(/^refs\/heads\//, '');
}

function promoteFromRef(inputs: InputReader): string | undefined {
  const ref = inputs.optional('promote-from-ref');
  if (ref === undefined || (/^[a-zA-Z0-9_][a-zA-Z0-9._/-]*$/.test(ref) && !ref.includes('..')))
    return ref;
  throw new InputError(
    'promote-from-ref',
    `${quoteValue(ref)} is not a commit sha or ref name.`,
    "Pass the verified commit, e.g. the previous stage's verified-sha output.",
  );
}

function remoteName(inputs: InputReader): string {
  const remote = inputs.string('remote', { required: true });
  if (/^[a-zA-Z0-9_][a-zA-Z0-9._-]*$/.test(remote)) return remote;
  throw new InputError(
    'remote',
    `${quoteValue(remote)} is not a git remote name.`,
    'Use e.g. origin.',
  );
}

function tagPattern(inputs: InputReader): RegExp | undefined {
  const pattern = inputs.optional('tag-pattern');
  if (!pattern) return undefined;
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch (error) {
    throw new InputError(
      'tag-pattern',
      `${quoteValue(pattern)} is not a valid regular expression: ${(error as Error).message}.`,
    );
  }
}

function reason(inputs: InputReader, allowDowngrade: boolean): string | undefined {
  const text = inputs.optional('reason');
  if (text && (hasControlCharacter(text) || text.length > MAX_REASON)) {
    throw new InputError(
      'reason',
      `must be one line of at most ${MAX_REASON} characters without control characters.`,
      'It becomes a Reason: trailer of the commit.',
    );
  }
  if (allowDowngrade && !text) {
    throw new InputError(
      'reason',
      'is required with allow-downgrade: true.',
      'Say why this rollback is made.',
    );
  }
  return text;
}

function checkMethod(mode: Mode, method: CommitMethod, token: string | undefined): void {
  if (mode === 'pull-request' && method !== 'api') {
    throw new InputError(
      'commit-method',
      'must be api with mode: pull-request (the proposal branch and pull request are made through the API).',
      'Set commit-method: api.',
    );
  }
  if (method === 'api' && !token) {
    throw new InputError(
      'token',
      'is required with commit-method: api.',
      'Pass a token with contents: write.',
    );
  }
}

function runUrl(env: NodeJS.ProcessEnv, serverUrl: string): string | undefined {
  const { GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: attempt } = env;
  if (!repository || !runId) return undefined;
  const suffix = attempt && attempt !== '1' ? `/attempts/${attempt}` : '';
  return `${serverUrl}/${repository}/actions/runs/${runId}${suffix}`;
}

function fleetName(inputs: InputReader, input: string): string | undefined {
  const value = inputs.optional(input);
  if (value === undefined || isName(value)) return value;
  throw new InputError(input, `${quoteValue(value)} is not a valid name: ${NAME_RULE}.`);
}

function checkTargetInputs(inputs: InputReader, overlay: string | undefined): void {
  const environment = inputs.optional('environment');
  if (overlay && environment) {
    throw new InputError(
      'environment',
      'cannot be combined with overlay.',
      'Name the overlay either by path (overlay: k8s/overlays/staging) or by environment (and app) from infra-fleet.yaml.',
    );
  }
  if (!overlay && !environment) {
    throw new InputError(
      'overlay',
      'is required, or environment (with app where each app has its own overlays).',
      'E.g. overlay: k8s/overlays/staging, or environment: staging and app: api.',
    );
  }
  if (inputs.optional('promote-from-environment') && inputs.optional('promote-from')) {
    throw new InputError('promote-from-environment', 'cannot be combined with promote-from.');
  }
}

/** environment, app and promote-from-environment, resolved later through infra-fleet.yaml. */
function fleetTargetOf(
  inputs: InputReader,
  repositoryPath: string,
  promoting: boolean,
): FleetTarget | undefined {
  const environment = fleetName(inputs, 'environment');
  const app = fleetName(inputs, 'app');
  const promoteFromEnvironment = fleetName(inputs, 'promote-from-environment');
  if (!environment && !app && !promoteFromEnvironment) return undefined;
  const configPath = inputs.optional('config');
  const pending =
    app !== undefined && !inputs.optional('image') && inputs.list('images').length === 0;
  return {
    ...(environment && { environment }),
    ...(app && { app }),
    ...(promoteFromEnvironment && { promoteFromEnvironment }),
    config: {
      path: configPath
        ? repositoryRelativePath('config', configPath, repositoryPath)
        : DEFAULT_CONFIG_FILE,
      explicit: configPath !== undefined,
    },
    ...(pending && { appImageValues: appImageValues(inputs, promoting) }),
  };
}

/** Reads and validates every input once; nothing else reads inputs or env. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const inputs = createInputReader(env);
  const token = inputs.optional('token');
  maskSecret(token);
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const promoteOverlay = inputs.optional('promote-from');
  const allowDowngrade = inputs.boolean('allow-downgrade');
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const mode = inputs.enumeration('mode', ['push', 'pull-request', 'dry-run'] as const);
  const commitMethod = inputs.enumeration('commit-method', ['api', 'git'] as const);
  checkMethod(mode, commitMethod, token);
  const repositoryPath = checkoutPath(
    workspace,
    inputs.string('repository-path') || '.',
    commitMethod,
  );
  const overlay = inputs.optional('overlay');
  checkTargetInputs(inputs, overlay);
  const promoting = promoteOverlay !== undefined || !!inputs.optional('promote-from-environment');
  const fleetTarget = fleetTargetOf(inputs, repositoryPath, promoting);
  return {
    workspace,
    repositoryPath,
    overlay: overlay ? repositoryRelativePath('overlay', overlay, repositoryPath) : '',
    requests: requestsFrom(inputs, promoting),
    ...(promoting && {
      promoteFrom: {
        overlay: promoteOverlay
          ? repositoryRelativePath('promote-from', promoteOverlay, repositoryPath)
          : '',
        ref: promoteFromRef(inputs),
      },
    }),
    mode,
    commitMethod,
    branch: branchName(inputs),
    remote: remoteName(inputs),
    allowDowngrade,
    reason: reason(inputs, allowDowngrade),
    tagPattern: tagPattern(inputs),
    commitMessage: inputs.optional('commit-message'),
    maxAttempts: inputs.integer('max-attempts', { min: 1, max: 50 }),
    validate: inputs.enumeration('validate', ['kustomize', 'none'] as const),
    token,
    serverUrl,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    repository: env.GITHUB_REPOSITORY || undefined,
    runUrl: runUrl(env, serverUrl),
    ...(fleetTarget && { fleetTarget }),
  };
}
