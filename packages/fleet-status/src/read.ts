import {
  discoverFolders,
  environmentOrder,
  overlayFolder,
  overlayPattern,
  statusContexts,
  type AppConfig,
  type FleetConfig,
} from '@infra-fleet/fleet';
import { isKustomizationFileName, readImages } from '@infra-fleet/kustomize';
import {
  approvalKey,
  buildFleetStatus,
  setterFor,
  type Observed,
  type ObservedOverlay,
} from './build.js';
import type { FleetStatus, ImagePin } from './model.js';
import type { GitHubReader } from './read-github.js';
import type { RepositoryReader } from './read-git.js';
import { runIdOf } from './trailers.js';

export interface ReadOptions {
  config: FleetConfig;
  repository: RepositoryReader;
  /** Without it (no token), Flux statuses and approvals are not read. */
  github?: GitHubReader;
  /** owner/repo. */
  repositoryName: string;
  branch: string;
  /** The account Flux posts commit statuses as; statuses by anyone else never count. */
  fluxAccount: string;
  now: Date;
  /** Commits read per overlay (default 100). */
  depth?: number;
}

/** The app's pin in an overlay file; undefined when the image is not listed or the file is not valid. */
export function pinIn(
  content: string | undefined,
  path: string,
  image: string,
): ImagePin | undefined {
  if (content === undefined) return undefined;
  try {
    const entry = readImages(content, path)
      .filter((e) => e.name === image)
      .pop();
    return entry && { tag: entry.newTag ?? null, digest: entry.digest ?? null };
  } catch {
    return undefined;
  }
}

async function environmentsOf(options: ReadOptions): Promise<string[]> {
  const { config, repository } = options;
  if (config.environments) return [...config.environments];
  const found = await Promise.all(
    config.apps.map((app) =>
      discoverFolders(repository, config.k8s.root, overlayPattern(config, app.name)),
    ),
  );
  return environmentOrder(
    config,
    found.flatMap((d) => d.matches.map((m) => m.env)),
  );
}

async function kustomizationFile(repository: RepositoryReader, folder: string) {
  const entries = await repository.listDir(folder);
  const name = entries?.map((e) => e.name).find(isKustomizationFileName);
  return name && `${folder}/${name}`;
}

async function observeOverlay(
  options: ReadOptions,
  app: AppConfig & { image: string },
  environment: string,
): Promise<ObservedOverlay> {
  const { repository, config } = options;
  const base = {
    app: app.name,
    environment,
    image: app.image,
    contexts: statusContexts(config, environment, app.name),
    touched: [],
    later: [],
  };
  const folder = overlayFolder(config, environment, app.name);
  const path = await kustomizationFile(repository, folder);
  if (!path) return { ...base, problem: `no kustomization in ${folder}` };
  const current = pinIn(await repository.readFile(path), path, app.image);
  if (!current) return { ...base, path, problem: `image ${app.image} is not in ${path}` };
  const commits = await repository.touched(path, options.depth ?? 100);
  const touched = await Promise.all(
    commits.map(async (commit) => ({
      commit,
      pin: pinIn(await repository.readFile(path, commit.sha), path, app.image),
    })),
  );
  const setter = setterFor({ touched, current });
  const later = setter ? await repository.later(setter.sha, 20) : [];
  return { ...base, path, current, touched, later };
}

async function readGitHub(observed: Observed, github: GitHubReader): Promise<void> {
  const shas = new Set<string>();
  for (const overlay of observed.overlays) {
    const setter = setterFor(overlay);
    if (!setter) continue;
    [setter.sha, ...overlay.later].forEach((sha) => shas.add(sha));
    const runId = runIdOf(setter.trailers.runUrl);
    if (runId === undefined) continue;
    const approval = await github.approval(overlay.environment, runId).catch((error: Error) => {
      observed.warnings?.push(
        `approval of ${overlay.environment}@${setter.sha.slice(0, 7)}: ${error.message}`,
      );
      return undefined;
    });
    if (approval) observed.approvals[approvalKey(overlay.environment, setter.sha)] = approval;
  }
  for (const sha of shas) observed.statuses[sha] = await github.statuses(sha);
}

/** Reads the repository (and GitHub), then builds the status. */
export async function readFleetStatus(options: ReadOptions): Promise<FleetStatus> {
  const environments = await environmentsOf(options);
  const apps = options.config.apps.filter(
    (app): app is AppConfig & { image: string } => !!app.image,
  );
  const overlays: ObservedOverlay[] = [];
  for (const app of apps) {
    for (const environment of environments)
      overlays.push(await observeOverlay(options, app, environment));
  }
  const skipped = options.config.apps.filter((app) => !app.image).map((app) => app.name);
  const observed: Observed = {
    repository: options.repositoryName,
    branch: options.branch,
    head: options.repository.head,
    generatedAt: options.now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    environments,
    fluxAccount: options.fluxAccount,
    overlays,
    statuses: {},
    approvals: {},
    warnings: skipped.map((name) => `app ${name} declares no image in infra-fleet.yaml; skipped`),
  };
  if (options.github) await readGitHub(observed, options.github);
  else observed.warnings?.push('no GitHub token: Flux statuses and approvals were not read');
  return buildFleetStatus(observed);
}
