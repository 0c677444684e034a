import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { appendSummary } from '@infra-fleet/action-kit';
import {
  githubReader,
  readFleetStatus,
  renderHtml,
  renderMarkdown,
  renderText,
} from '@infra-fleet/fleet-status';
import { parseFlags } from '../flags.js';
import { CliError, type Io } from '../io.js';
import type { Command } from '../registry.js';
import { githubFromEnv, openRepository } from '../repository.js';

const USAGE =
  'infra-fleet status [--json | --markdown] [--html FILE] [--summary] [--flux-account LOGIN] [--repo OWNER/NAME] [--branch main] [--ref REF] [--config infra-fleet.yaml]';

const FLAGS = {
  json: { type: 'boolean' },
  markdown: { type: 'boolean' },
  html: { type: 'string' },
  summary: { type: 'boolean' },
  'flux-account': { type: 'string' },
  repo: { type: 'string' },
  branch: { type: 'string' },
  ref: { type: 'string' },
  config: { type: 'string' },
} as const;

async function writeSummary(markdown: string, io: Io): Promise<void> {
  if (!io.env.GITHUB_STEP_SUMMARY) {
    throw new CliError(
      '--summary needs GITHUB_STEP_SUMMARY.',
      'The Actions runner sets it; elsewhere use --markdown.',
    );
  }
  await appendSummary(markdown, io.env);
}

export const command: Command = {
  name: 'status',
  summary:
    'What runs where: each app and environment, its pin, the commit that set it, Flux, approval, lag',
  usage: USAGE,
  async run(args, io) {
    const { values } = parseFlags(args, FLAGS, USAGE);
    const repository = await openRepository(io, values);
    const client = githubFromEnv(io);
    const fluxAccount = values['flux-account'] ?? io.env.FLUX_BOT_LOGIN ?? '';
    const status = await readFleetStatus({
      config: repository.config,
      repository: repository.reader,
      ...(client && { github: githubReader(client, repository.repo) }),
      repositoryName: `${repository.repo.owner}/${repository.repo.repo}`,
      branch: repository.branch,
      fluxAccount,
      now: io.now(),
    });
    if (!fluxAccount)
      status.warnings.push(
        'no --flux-account (or FLUX_BOT_LOGIN): no commit status counts as Flux',
      );
    if (values.html) await writeFile(resolve(io.cwd, values.html), renderHtml(status));
    if (values.summary) await writeSummary(renderMarkdown(status), io);
    if (values.json) io.stdout(`${JSON.stringify(status, null, 2)}\n`);
    else if (values.markdown) io.stdout(renderMarkdown(status));
    else io.stdout(renderText(status));
    return 0;
  },
};
