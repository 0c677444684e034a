import { writeFile } from 'node:fs/promises';
import { appendSummary, info, warning, writeOutputs } from '@infra-fleet/action-kit';
import { loadFleetConfig } from '@infra-fleet/fleet';
import {
  apiRepositoryReader,
  githubReader,
  readFleetStatus,
  renderHtml,
  renderMarkdown,
  renderText,
  type FleetStatus,
} from '@infra-fleet/fleet-status';
import { createGitHubClient } from '@infra-fleet/github';
import { readSettings, type Settings } from './inputs.js';

/** "app/environment" of every environment the predicate picks. */
function pick(
  status: FleetStatus,
  wanted: (env: FleetStatus['apps'][0]['environments'][0]) => boolean,
) {
  return status.apps.flatMap((app) =>
    app.environments.filter(wanted).map((env) => `${app.app}/${env.environment}`),
  );
}

export async function read(settings: Settings, now = new Date()): Promise<FleetStatus> {
  const client = createGitHubClient({
    token: settings.token,
    baseUrl: settings.apiUrl,
    log: { info, warning },
  });
  const repository = await apiRepositoryReader(client, settings.repo, settings.branch);
  const config = await loadFleetConfig({
    ...settings.config,
    read: (path) => repository.readFile(path),
  });
  return readFleetStatus({
    config,
    repository,
    github: githubReader(client, settings.repo),
    repositoryName: `${settings.repo.owner}/${settings.repo.repo}`,
    branch: settings.branch,
    fluxAccount: settings.fluxAccount,
    now,
    depth: settings.depth,
  });
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const settings = readSettings(env);
  const status = await read(settings);
  info(renderText(status));
  status.warnings.forEach((text) => warning(text));
  if (settings.summary) await appendSummary(renderMarkdown(status), env);
  if (settings.htmlFile) await writeFile(settings.htmlFile, renderHtml(status));
  writeOutputs({
    behind: pick(status, (e) => e.lag !== undefined && !e.lag.same),
    unverified: pick(status, (e) => e.pin !== undefined && e.flux.state !== 'verified'),
    'html-file': settings.htmlFile ?? '',
  });
}
