import { ActionError } from '@infra-fleet/action-kit';
import { joinRoot, matchFolder, type FleetConfig } from '@infra-fleet/fleet';
import { fsTreeReader } from '@infra-fleet/git';
import { buildTerragruntGraph, type TerragruntUnit } from '@infra-fleet/terragrunt';
import { loadFleet } from './environment-folder.js';
import type { Settings } from './inputs.js';

/** What destroy and recreate are asked to act on, and what the fleet says about it. */
export interface TargetFacts {
  command: 'destroy' | 'recreate';
  /** The working directory, repository-relative with forward slashes. */
  folder: string;
  /** The environment input, when given. */
  environment?: string;
  infrastructure: FleetConfig['infrastructure'];
  destroyable: readonly string[];
}

export interface Refusal {
  message: string;
  hint: string;
}

const within = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

function sharedRefusal({ folder, infrastructure }: TargetFacts): Refusal | undefined {
  const shared = infrastructure.shared.find((name) => {
    const path = joinRoot(infrastructure.root, name);
    return within(folder, path) || within(path, folder) || folder === '.';
  });
  if (shared === undefined) return undefined;
  return {
    message: `${JSON.stringify(folder)} is or holds the shared folder ${JSON.stringify(joinRoot(infrastructure.root, shared))} (infrastructure.shared in infra-fleet.yaml): its resources outlive every environment, and destroy and recreate never run there.`,
    hint: 'Name one environment folder, e.g. working-directory: infrastructure/environments/staging; an administrator manages shared folders.',
  };
}

/** The environment whose folder `folder` is exactly, or a refusal. */
function environmentOf(facts: TargetFacts): { env: string } | Refusal {
  const { root, environments } = facts.infrastructure;
  const match = matchFolder(environments, root, facts.folder);
  const where = joinRoot(root, environments.text);
  if (match?.folder !== facts.folder) {
    const inside = match ? ` (it is inside ${JSON.stringify(match.folder)})` : '';
    return {
      message: `${JSON.stringify(facts.folder)} is not an environment folder${inside}: infrastructure.environments in infra-fleet.yaml puts them at ${where}. destroy and recreate act on a whole environment only.`,
      hint: `Name the environment's folder (${where}), or give environment alone.`,
    };
  }
  return { env: match.env };
}

/** Why destroy or recreate may not act on the folder, or undefined when they may. */
export function targetRefusal(facts: TargetFacts): Refusal | undefined {
  const shared = sharedRefusal(facts);
  if (shared) return shared;
  const found = environmentOf(facts);
  if ('message' in found) return found;
  const { env } = found;
  if (facts.environment !== undefined && facts.environment !== env) {
    return {
      message: `environment ${JSON.stringify(facts.environment)} does not name the folder ${JSON.stringify(facts.folder)}, which is environment ${JSON.stringify(env)}'s.`,
      hint: `Give environment: ${env}, or leave environment out.`,
    };
  }
  if (!facts.destroyable.includes(env)) {
    const listed = facts.destroyable.length > 0 ? facts.destroyable.join(', ') : 'empty';
    return {
      message: `Environment ${JSON.stringify(env)} is not in destroyable-environments (${listed}): ${facts.command} acts on an environment unattended only when it is listed.`,
      hint: `destroyable-environments lists only environments rebuilt from the repository every day, like a nightly staging, never production: add ${env} only if it is one.`,
    };
  }
  return undefined;
}

export interface OutsideDependent {
  unit: string;
  dependsOn: string;
}

/**
 * Units outside `folder` that depend on a unit inside it. Terragrunt 1.x destroys without
 * looking at them (only --destroy-dependencies-check warns), leaving them pointing at nothing.
 */
export function outsideDependents(
  units: readonly Pick<TerragruntUnit, 'dir' | 'dependencies'>[],
  folder: string,
): OutsideDependent[] {
  return units
    .filter((unit) => !within(unit.dir, folder))
    .flatMap((unit) =>
      unit.dependencies
        .filter((dependency) => within(dependency, folder))
        .map((dependsOn) => ({ unit: unit.dir, dependsOn })),
    );
}

async function dependentsRefusal(settings: Settings, fleet: FleetConfig) {
  const root = fleet.infrastructure.root === '.' ? '' : fleet.infrastructure.root;
  const graph = await buildTerragruntGraph(fsTreeReader(settings.context.workspace), root);
  if (graph.problems.length > 0) {
    const listed = graph.problems.slice(0, 5).map((p) => `${p.file}: ${p.message}`);
    return new ActionError(
      `Refusing to destroy: the Terragrunt graph of ${root || 'the repository'} could not be read whole, so units that depend on ${settings.workingDirectoryName} may go unseen:\n  ${listed.join('\n  ')}`,
      { hint: 'Fix those files (detect-changed-envs reports the same problems), then run again.' },
    );
  }
  const found = outsideDependents(graph.units, settings.workingDirectoryName);
  if (found.length === 0) return undefined;
  const pairs = found.map(({ unit, dependsOn }) => `${unit} depends on ${dependsOn}`);
  return new ActionError(
    `Refusing to destroy ${settings.workingDirectoryName}: units outside it depend on units it would destroy:\n  ${pairs.join('\n  ')}`,
    {
      hint: 'Remove those dependencies (or move the units into the environment), then run again; Terragrunt itself would destroy regardless.',
    },
  );
}

/** Refuses, before anything is installed or run, a destroy or recreate the fleet does not allow. */
export async function checkLifecycleTarget(settings: Settings): Promise<void> {
  if (settings.command !== 'destroy' && settings.command !== 'recreate') return;
  const fleet = await loadFleet(settings.context.workspace, settings.config);
  const refusal = targetRefusal({
    command: settings.command,
    folder: settings.workingDirectoryName,
    ...(settings.environmentGiven && { environment: settings.environment }),
    infrastructure: fleet.infrastructure,
    destroyable: settings.destroyableEnvironments,
  });
  if (refusal) throw new ActionError(refusal.message, { hint: refusal.hint });
  if (settings.command === 'destroy') {
    const dependents = await dependentsRefusal(settings, fleet);
    if (dependents) throw dependents;
  }
}
