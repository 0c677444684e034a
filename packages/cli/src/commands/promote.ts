import { posix } from 'node:path';
import { findApp, overlayFolder } from '@infra-fleet/fleet';
import { isKustomizationFileName } from '@infra-fleet/kustomize';
import {
  planBump,
  promotionRequests,
  type OverlayFile,
} from '../../../../actions/bump-overlay-tag/src/bump.js';
import { commitMessage } from '../../../../actions/bump-overlay-tag/src/message.js';
import { parseFlags } from '../flags.js';
import { CliError, usageError } from '../io.js';
import type { Command } from '../registry.js';
import { openRepository, type Repository } from '../repository.js';

const USAGE =
  'infra-fleet promote --app APP --from ENV --to ENV --dry-run [--from-ref REF] [--allow-downgrade --reason TEXT] [--branch main] [--ref REF] [--config infra-fleet.yaml]';

const FLAGS = {
  app: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'from-ref': { type: 'string' },
  'allow-downgrade': { type: 'boolean' },
  reason: { type: 'string' },
  repo: { type: 'string' },
  branch: { type: 'string' },
  ref: { type: 'string' },
  config: { type: 'string' },
} as const;

async function overlayAt(repository: Repository, folder: string, at: string): Promise<OverlayFile> {
  const entries = await repository.git.listTree(at, folder);
  const name = entries?.map((entry) => entry.name).find(isKustomizationFileName);
  const content = name && (await repository.reader.readFile(posix.join(folder, name), at));
  if (!name || content === undefined) {
    throw new CliError(
      `No kustomization in ${folder} at ${at.slice(0, 12)}.`,
      'Check infra-fleet.yaml and the ref.',
    );
  }
  return { path: posix.join(folder, name), content };
}

function required(value: string | undefined, flag: string): string {
  if (value) return value;
  throw usageError(`${flag} is required`, USAGE);
}

export const command: Command = {
  name: 'promote',
  summary: 'Preview a promotion (--dry-run): the one-value diff the pipeline would land',
  usage: USAGE,
  async run(args, io) {
    const { values } = parseFlags(args, FLAGS, USAGE);
    const [app, from, to] = [
      required(values.app, '--app'),
      required(values.from, '--from'),
      required(values.to, '--to'),
    ];
    if (!values['dry-run']) {
      throw new CliError(
        'promote only previews (--dry-run).',
        'Promotions land through the release pipeline (promote-stage.yml), gated and audited.',
        2,
      );
    }
    const repository = await openRepository(io, values);
    const { config, reader } = repository;
    const image = findApp(config, app).image;
    if (!image) throw new CliError(`App ${app} declares no image in infra-fleet.yaml.`);
    const fromRef = values['from-ref']
      ? await repository.git.revParse(values['from-ref'])
      : reader.head;
    const source = await overlayAt(repository, overlayFolder(config, from, app), fromRef);
    const target = await overlayAt(repository, overlayFolder(config, to, app), reader.head);
    const plan = planBump(target, promotionRequests(source, [image]), {
      allowDowngrade: values['allow-downgrade'] ?? false,
    });
    if (!plan.changed) {
      io.stdout(
        `${to} already holds what ${from} has at ${fromRef.slice(0, 7)}: nothing to promote.\n`,
      );
      return 0;
    }
    const message = commitMessage(plan, {
      overlayDir: posix.dirname(target.path),
      promotedFrom: { overlayDir: posix.dirname(source.path), sha: fromRef },
      ...(values.reason && { reason: values.reason }),
    });
    io.stdout(
      `Would commit on ${repository.branch} (at ${reader.head.slice(0, 7)}):\n\n${message.replace(/^/gm, '    ')}\n${plan.diff}`,
    );
    return 0;
  },
};
