import { join } from 'node:path';
import type { Command } from './inputs.js';
import { PLAN_DIR_LAYOUT } from './plan-results.js';

export type Phase = 'plan' | 'apply' | 'validate';

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
  const plans = ['--out-dir', join(paths.planDir, PLAN_DIR_LAYOUT.plans)];
  if (phase === 'validate') return [...common, '--', 'validate'];
  if (phase === 'apply') return [...common, ...plans, '--', 'apply'];
  const json = ['--json-out-dir', join(paths.planDir, PLAN_DIR_LAYOUT.json)];
  return [...common, ...plans, ...json, '--', 'plan', '-detailed-exitcode'];
}

/** The phases a command runs: apply plans first, to check the plan against the approved one. */
export function phasesOf(command: Command): Phase[] {
  return command === 'apply' ? ['plan', 'apply'] : [command];
}
