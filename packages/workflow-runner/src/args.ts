import { parseArgs } from 'node:util';

/** `infra-fleet run` arguments, parsed and checked (no side effects). */

export const USAGE = `usage: infra-fleet run <workflow file> [options]

  --event NAME            event that triggers the run (default workflow_dispatch)
  --payload FILE          the event's webhook payload (JSON)
  --input NAME=VALUE      workflow_dispatch input (repeatable)
  --var NAME=VALUE        repository variable, vars.NAME (repeatable)
  --secret NAME=VALUE     secret, secrets.NAME (repeatable)
  --ref REF               ref to run at (default from the event, else refs/heads/main)
  --actor LOGIN           who triggered the run (default the payload's sender)
  --reviewers ENV=LOGINS  give environment ENV required reviewers (comma-separated logins; repeatable)
  --approve ENV=LOGIN     review ENV as LOGIN when a job waits for its reviewers (repeatable)
  --flux LOGIN            a Flux stand-in posts commit statuses as LOGIN after each new commit
  --terragrunt-stand-ins  serve Terragrunt/OpenTofu stand-ins to terragrunt-run
  --emulator URL          use a running emulator (npm run emulator), with --admin-token and --git-dir
  --admin-token TOKEN     its admin token
  --git-dir DIR           its bare repository
  --seed PATH             seed the embedded emulator with this path of the checkout (repeatable;
                          default infra-fleet.yaml, k8s and infrastructure when present)
  --repository OWNER/NAME the repository the emulator plays and this checkout is (default octo-org/infra-fleet)
  --logs DIR              keep each step's log under DIR (default a temp folder, printed)
  --no-live               print one line per change instead of the live view
  -h, --help              this text`;

export interface RunArgs {
  workflow: string;
  event: string;
  payload?: string;
  inputs: Record<string, string>;
  vars: Record<string, string>;
  secrets: Record<string, string>;
  ref?: string;
  actor?: string;
  approve: Record<string, string>;
  reviewers: Record<string, string[]>;
  flux?: string;
  terragruntStandIns: boolean;
  emulator?: { url: string; adminToken: string; gitDir: string };
  seed: string[];
  repository: string;
  logs?: string;
  live: boolean;
  help: boolean;
}

export class UsageError extends Error {}

function pairs(values: string[] | undefined, flag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const value of values ?? []) {
    const at = value.indexOf('=');
    if (at <= 0) throw new UsageError(`${flag} takes NAME=VALUE, got '${value}'.`);
    result[value.slice(0, at)] = value.slice(at + 1);
  }
  return result;
}

export function parseRunArgs(argv: string[]): RunArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      event: { type: 'string' },
      payload: { type: 'string' },
      input: { type: 'string', multiple: true },
      var: { type: 'string', multiple: true },
      secret: { type: 'string', multiple: true },
      ref: { type: 'string' },
      actor: { type: 'string' },
      approve: { type: 'string', multiple: true },
      reviewers: { type: 'string', multiple: true },
      flux: { type: 'string' },
      'terragrunt-stand-ins': { type: 'boolean' },
      emulator: { type: 'string' },
      'admin-token': { type: 'string' },
      'git-dir': { type: 'string' },
      seed: { type: 'string', multiple: true },
      repository: { type: 'string' },
      logs: { type: 'string' },
      'no-live': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const help = values.help === true;
  if (!help && positionals.length !== 1)
    throw new UsageError('Name one workflow file, e.g. .github/workflows/release.yml.');
  const emulator = values.emulator;
  if (emulator && (!values['admin-token'] || !values['git-dir']))
    throw new UsageError(
      '--emulator needs --admin-token and --git-dir (npm run emulator prints them).',
    );
  const repository = values.repository ?? 'octo-org/infra-fleet';
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository))
    throw new UsageError(`--repository takes OWNER/NAME, got '${repository}'.`);
  return {
    workflow: positionals[0] ?? '',
    event: values.event ?? 'workflow_dispatch',
    ...(values.payload && { payload: values.payload }),
    inputs: pairs(values.input, '--input'),
    vars: pairs(values.var, '--var'),
    secrets: pairs(values.secret, '--secret'),
    ...(values.ref && { ref: values.ref }),
    ...(values.actor && { actor: values.actor }),
    approve: pairs(values.approve, '--approve'),
    reviewers: Object.fromEntries(
      Object.entries(pairs(values.reviewers, '--reviewers')).map(([env, logins]) => [
        env,
        logins.split(',').filter(Boolean),
      ]),
    ),
    ...(values.flux && { flux: values.flux }),
    terragruntStandIns: values['terragrunt-stand-ins'] === true,
    ...(emulator && {
      emulator: {
        url: emulator,
        adminToken: values['admin-token'] ?? '',
        gitDir: values['git-dir'] ?? '',
      },
    }),
    seed: values.seed ?? [],
    repository,
    ...(values.logs && { logs: values.logs }),
    live: values['no-live'] !== true,
    help,
  };
}
