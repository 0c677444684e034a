import { environmentSettingsPort, type EnvironmentSettingsPort } from '@infra-fleet/github';
import type { GitHubEnvironmentSpec } from '@infra-fleet/fleet';
import { applyEnvironment } from '../environments/apply.js';
import { environmentDrift, formatDifference, type Difference } from '../environments/drift.js';
import { parseFlags } from '../flags.js';
import { CliError, usageError, type Io } from '../io.js';
import type { Command } from '../registry.js';
import { githubFromEnv, openRepository } from '../repository.js';

const USAGE =
  'infra-fleet environments check|apply [--repo OWNER/NAME] [--branch main] [--ref REF] [--config infra-fleet.yaml]';

const FLAGS = {
  repo: { type: 'string' },
  branch: { type: 'string' },
  ref: { type: 'string' },
  config: { type: 'string' },
} as const;

async function drift(port: EnvironmentSettingsPort, specs: readonly GitHubEnvironmentSpec[]) {
  const found: Difference[] = [];
  for (const spec of specs) found.push(...environmentDrift(spec, await port.read(spec.name)));
  return found;
}

function print(differences: readonly Difference[], io: Io): void {
  for (const difference of differences) io.stdout(`${formatDifference(difference)}\n`);
}

async function apply(
  port: EnvironmentSettingsPort,
  specs: readonly GitHubEnvironmentSpec[],
  io: Io,
) {
  for (const spec of specs) {
    const actual = await port.read(spec.name);
    const fixable = environmentDrift(spec, actual).filter((d) => d.fixable);
    if (fixable.length === 0) {
      io.stdout(`${spec.name}: unchanged\n`);
      continue;
    }
    await applyEnvironment(port, spec, actual);
    io.stdout(
      `${spec.name}: ${actual ? 'updated' : 'created'} (${fixable.map((d) => d.setting).join(', ')})\n`,
    );
  }
}

export const command: Command = {
  name: 'environments',
  summary:
    "Compare GitHub environments' protection with infra-fleet.yaml (check), or set it (apply)",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, FLAGS, USAGE);
    const mode = positionals[0];
    if (mode !== 'check' && mode !== 'apply') throw usageError('say check or apply', USAGE);
    const repository = await openRepository(io, values);
    const specs = repository.config.githubEnvironments;
    if (specs.length === 0) {
      throw new CliError(
        `${repository.config.file ?? 'infra-fleet.yaml'} declares no github-environments.`,
        'Declare each environment under github-environments: (see README).',
      );
    }
    const client = githubFromEnv(io);
    if (!client)
      throw new CliError(
        'GITHUB_TOKEN is not set.',
        'check needs a token with actions: read and environments: read; apply also administration: write.',
      );
    const port = environmentSettingsPort(client, repository.repo);
    if (mode === 'apply') await apply(port, specs, io);
    const left = await drift(port, specs);
    print(left, io);
    const names = specs.map((spec) => spec.name).join(', ');
    io.stdout(
      left.length === 0
        ? `No drift: ${names} match infra-fleet.yaml.\n`
        : `${left.length} difference(s) from infra-fleet.yaml.\n`,
    );
    return left.length === 0 ? 0 : 1;
  },
};
