import { join } from 'node:path';
import type { Command } from './inputs.js';
import { PLAN_DIR_LAYOUT } from './plan-results.js';

/**
 * One Terragrunt run. `plan-destroy` and `apply-destroy` are Terragrunt "down" commands
 * (dependents first); `apply-fresh` plans and applies each unit once its dependencies are
 * applied, with no saved plan.
 */
export type Phase =
  'plan' | 'plan-destroy' | 'apply' | 'apply-destroy' | 'apply-fresh' | 'validate';

const OPENTOFU_ARGS: Record<Phase, string[]> = {
  plan: ['plan', '-detailed-exitcode'],
  'plan-destroy': ['plan', '-destroy', '-detailed-exitcode'],
  apply: ['apply'],
  // -destroy makes Terragrunt order the saved destroy plans dependents first; OpenTofu applies
  // the plan file as saved. A plain apply would destroy dependencies first.
  'apply-destroy': ['apply', '-destroy'],
  'apply-fresh': ['apply'],
  validate: ['validate'],
};

export const isPlanPhase = (phase: Phase) => phase === 'plan' || phase === 'plan-destroy';
export const isApplyPhase = (phase: Phase) => phase.startsWith('apply');

/** The OpenTofu command a phase runs, as a log line names it: `plan -destroy`. */
export function phaseLabel(phase: Phase): string {
  return OPENTOFU_ARGS[phase].filter((arg) => arg !== '-detailed-exitcode').join(' ');
}

/** Terragrunt's command line for one phase: every unit of the environment, never interactive. */
export function terragruntArgs(
  phase: Phase,
  paths: { workingDirectory: string; planDir: string; tofu: string },
): string[] {
  const common = [
    'run',
    '--all',
    '--non-interactive',
    '--working-dir',
    paths.workingDirectory,
    '--tf-path',
    paths.tofu,
    '--report-file',
    join(paths.planDir, PLAN_DIR_LAYOUT.report),
    '--report-format',
    'json',
  ];
  const tofu = ['--', ...OPENTOFU_ARGS[phase]];
  // apply-fresh has no --out-dir: each unit plans once the units it depends on are applied.
  if (phase === 'validate' || phase === 'apply-fresh') return [...common, ...tofu];
  const plans = ['--out-dir', join(paths.planDir, PLAN_DIR_LAYOUT.plans)];
  const json = isPlanPhase(phase)
    ? ['--json-out-dir', join(paths.planDir, PLAN_DIR_LAYOUT.json)]
    : [];
  return [...common, ...plans, ...json, ...tofu];
}

/**
 * The phases a command runs. apply plans first, to check the plan against the approved one;
 * destroy applies its own saved destroy plans; recreate plans (the report and the guard),
 * applies in dependency order, then plans again to show nothing is left to do.
 */
export function phasesOf(command: Command): Phase[] {
  switch (command) {
    case 'apply':
      return ['plan', 'apply'];
    case 'destroy':
      return ['plan-destroy', 'apply-destroy'];
    case 'recreate':
      return ['plan', 'apply-fresh', 'plan'];
    default:
      return [command];
  }
}
