import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Stand-ins for Terragrunt 1.x and OpenTofu (see terragrunt-stand-in/README.md): standalone
 * executable Node scripts, so tests and the demo can run them as `terragrunt` and `tofu` and
 * the installer tests can serve them as release assets.
 */
export const TERRAGRUNT_STAND_IN = fileURLToPath(
  new URL('../terragrunt-stand-in/terragrunt.mjs', import.meta.url),
);
export const TOFU_STAND_IN = fileURLToPath(
  new URL('../terragrunt-stand-in/tofu.mjs', import.meta.url),
);

/** Files the Terragrunt stand-in reads and writes in a unit folder. */
export const STAND_IN_FILES = {
  /** The unit's scenario, written by writeStandInUnit. */
  scenario: 'standin.json',
  /** What apply recorded; the next plan shows no changes for it. */
  state: '.standin-state.json',
  /** Present while a run holds the unit's state lock; left behind by SIGKILL. */
  lock: '.standin-lock.json',
} as const;

export type StandInAction = 'no-op' | 'create' | 'read' | 'update' | 'delete';

/** One entry of an OpenTofu JSON plan's resource_changes; omitted fields get plan defaults. */
export interface StandInResourceChange {
  /** e.g. `aws_vpc.this`, `module.node_iam.aws_iam_role.this`, `aws_subnet.private[0]`. */
  address: string;
  type?: string;
  name?: string;
  mode?: 'managed' | 'data';
  module_address?: string;
  provider_name?: string;
  action_reason?: string;
  change?: {
    /** Default ['create']; replace is ['delete', 'create'] or ['create', 'delete']. */
    actions?: StandInAction[];
    before?: unknown;
    after?: unknown;
    after_unknown?: unknown;
    before_sensitive?: unknown;
    after_sensitive?: unknown;
    replace_paths?: unknown;
    importing?: { id?: string };
  };
}

export interface StandInOutputChange {
  actions?: StandInAction[];
  before?: unknown;
  after?: unknown;
  after_unknown?: unknown;
  before_sensitive?: unknown;
  after_sensitive?: unknown;
}

/** Someone else's state lock on the unit; plan and apply fail with OpenTofu's lock error. */
export interface StandInLock {
  id: string;
  held: boolean;
  who?: string;
  /** Default OperationTypeApply. */
  operation?: string;
  /** Go time format, e.g. `2026-05-02 10:11:12.345 +0000 UTC`; default now. */
  created?: string;
  /** Default the OpenTofu version. */
  version?: string;
  /** Default `<state bucket>/<unit path>/terraform.tfstate`. */
  path?: string;
  info?: string;
}

/** The unit's `standin.json`. Without one the stand-in derives a plan from the unit's module. */
export interface StandInScenario {
  resource_changes?: StandInResourceChange[];
  output_changes?: Record<string, StandInOutputChange>;
  /**
   * Error text: a string fails every operation; an object fails only those named. `plan` fails
   * plans of either mode; `destroy` fails what removes resources (`tofu destroy`, applying a
   * plan made with -destroy); `apply` fails the other applies.
   */
  fail?: string | Partial<Record<'plan' | 'apply' | 'validate' | 'destroy', string>>;
  lock?: StandInLock;
  /** Pause inside the OpenTofu operation (state lock held) so a test can signal the run. */
  sleep_ms?: number;
  /** After an interrupt, how long the graceful stop takes; a second interrupt in it kills. */
  stop_ms?: number;
}

export interface StandInUnitSpec extends StandInScenario {
  /** `config_path`s of dependency blocks written into terragrunt.hcl, e.g. `../vpc`. */
  dependencies?: string[];
  /** Writes `prevent_destroy = true`: destroy runs leave the unit and its dependencies out. */
  preventDestroy?: boolean;
  /** The whole terragrunt.hcl instead of the generated one. */
  terragruntHcl?: string;
  /** Derive the plan from the module (no standin.json) rather than from this scenario. */
  derive?: boolean;
}

function generatedHcl(dependencies: readonly string[], preventDestroy: boolean): string {
  const blocks = dependencies.map((path, index) => {
    const name =
      path
        .replace(/\/+$/, '')
        .split('/')
        .pop()
        ?.replace(/[^\w-]/g, '_') || `dep${index}`;
    return `dependency "${name}" {\n  config_path = ${JSON.stringify(path)}\n}\n`;
  });
  const guard = preventDestroy ? ['prevent_destroy = true\n'] : [];
  return (
    ['# Stand-in unit (see packages/testkit/terragrunt-stand-in).', ...guard, ...blocks].join(
      '\n',
    ) + '\n'
  );
}

/**
 * Makes `unitDir` a Terragrunt unit for the stand-in: terragrunt.hcl (written when missing or
 * when `dependencies`/`preventDestroy`/`terragruntHcl` is given) and standin.json with the
 * scenario fields. An empty spec is a unit whose plan has no changes.
 */
export function writeStandInUnit(unitDir: string, spec: StandInUnitSpec = {}): void {
  const { dependencies, terragruntHcl, derive, preventDestroy, ...scenario } = spec;
  mkdirSync(unitDir, { recursive: true });
  const hclPath = join(unitDir, 'terragrunt.hcl');
  if (terragruntHcl !== undefined) writeFileSync(hclPath, terragruntHcl);
  else if (dependencies !== undefined || preventDestroy !== undefined || !existsSync(hclPath)) {
    writeFileSync(hclPath, generatedHcl(dependencies ?? [], preventDestroy ?? false));
  }
  if (!derive) {
    writeFileSync(join(unitDir, STAND_IN_FILES.scenario), `${JSON.stringify(scenario, null, 2)}\n`);
  }
}

export interface StandInStateEntry {
  type: string;
  name: string;
  mode?: string;
  module_address?: string;
  provider_name?: string;
  values: Record<string, unknown>;
}

export interface StandInState {
  serial: number;
  resources: Record<string, StandInStateEntry>;
  outputs: Record<string, { value: unknown; sensitive: boolean }>;
}

/** What apply recorded for the unit, or undefined before its first apply. */
export function readStandInState(unitDir: string): StandInState | undefined {
  const path = join(unitDir, STAND_IN_FILES.state);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as StandInState) : undefined;
}

/** The lock a run holds (or a killed run left) on the unit: OpenTofu's LockInfo fields. */
export interface StandInLockInfo {
  ID: string;
  Path: string;
  Operation: string;
  Who: string;
  Version: string;
  Created: string;
  Info: string;
}

export function readStandInLock(unitDir: string): StandInLockInfo | undefined {
  const path = join(unitDir, STAND_IN_FILES.lock);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as StandInLockInfo) : undefined;
}

const VERSION_LINE = /^const BAKED_VERSION = '[^']*';$/m;

/**
 * Writes `<dir>/<tool>` (mode 0755): the stand-in with `version` as its built-in version, the
 * file to publish as that version's release asset. `STANDIN_*_VERSION` env vars still win.
 */
export function writeStandInCopy(
  tool: 'terragrunt' | 'tofu',
  version: string,
  dir: string,
): string {
  if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) {
    throw new Error(`writeStandInCopy: "${version}" is not a version like 1.0.2 or 1.11.0-rc1`);
  }
  const source = readFileSync(tool === 'terragrunt' ? TERRAGRUNT_STAND_IN : TOFU_STAND_IN, 'utf8');
  if (!VERSION_LINE.test(source)) {
    throw new Error(`writeStandInCopy: no BAKED_VERSION line in the ${tool} stand-in`);
  }
  const target = join(dir, tool);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, source.replace(VERSION_LINE, `const BAKED_VERSION = '${version}';`));
  chmodSync(target, 0o755);
  return target;
}
