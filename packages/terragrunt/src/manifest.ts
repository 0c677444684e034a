import { describeValue, PlanResultError } from './plan-errors.js';
import {
  CHANGE_KINDS,
  countsOf,
  type ChangeCounts,
  type ResourceChangeSummary,
} from './plan-json.js';

export const MANIFEST_VERSION = 1;

export interface ManifestUnit {
  /** `normalisedChangesHash` of the unit's plan. */
  hash: string;
  changes: ChangeCounts;
  /** Address -> actions (`update`, `import+update`, ...) of the resources that change. */
  resources?: Record<string, string>;
}

export interface Manifest {
  version: typeof MANIFEST_VERSION;
  terragrunt: string;
  opentofu: string;
  /** As given to the action: relative to the workspace, so it is the same on any runner. */
  workingDirectory: string;
  commit: string;
  units: Record<string, ManifestUnit>;
}

export interface ManifestInput extends Omit<Manifest, 'version' | 'units'> {
  units: Record<
    string,
    { hash: string; changes: ChangeCounts & { resources?: readonly ResourceChangeSummary[] } }
  >;
}

export type ManifestSetting = 'terragrunt' | 'opentofu' | 'workingDirectory' | 'commit';

export interface ResourceDifference {
  address: string;
  /** Actions in the approved plan; absent when the resource did not change there. */
  approved?: string;
  /** Actions now; absent when the resource no longer changes. */
  current?: string;
}

export type ManifestDifference =
  | { kind: 'setting'; setting: ManifestSetting; approved: string; current: string }
  | { kind: 'unit-added'; unit: string; current: ManifestUnit }
  | { kind: 'unit-removed'; unit: string; approved: ManifestUnit }
  | {
      kind: 'unit-changed';
      unit: string;
      approved: ManifestUnit;
      current: ManifestUnit;
      resources: ResourceDifference[];
    };

const SETTINGS: readonly ManifestSetting[] = [
  'terragrunt',
  'opentofu',
  'workingDirectory',
  'commit',
];
const SETTING_NAMES: Record<ManifestSetting, string> = {
  terragrunt: 'Terragrunt version',
  opentofu: 'OpenTofu version',
  workingDirectory: 'working directory',
  commit: 'commit',
};
const HASH = /^sha256:[0-9a-f]{64}$/;
const MANIFEST_HINT =
  "Pass the manifest.json the reviewed plan step wrote (its 'manifest' output), unchanged.";

function resourceMap(resources: readonly ResourceChangeSummary[]): Record<string, string> {
  const entries = resources.map((resource) => [
    resource.deposed ? `${resource.address} (deposed ${resource.deposed})` : resource.address,
    resource.actions.join('+'),
  ]);
  return Object.fromEntries(entries.sort(([a = ''], [b = '']) => (a < b ? -1 : a > b ? 1 : 0)));
}

function sortedKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, record[key] as T]),
  );
}

/** The manifest `plan` writes: per unit the hash and counts, plus what the plan was made with. */
export function buildManifest(input: ManifestInput): Manifest {
  const units: Record<string, ManifestUnit> = {};
  for (const [unit, { hash, changes }] of Object.entries(input.units)) {
    const entry: ManifestUnit = { hash, changes: countsOf(changes) };
    if (changes.resources) entry.resources = resourceMap(changes.resources);
    units[unit] = entry;
  }
  return {
    version: MANIFEST_VERSION,
    terragrunt: input.terragrunt,
    opentofu: input.opentofu,
    workingDirectory: normaliseDirectory(input.workingDirectory),
    commit: input.commit,
    units: sortedKeys(units),
  };
}

/** Stable text for manifest.json. */
export function serialiseManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function normaliseDirectory(path: string): string {
  const trimmed = path.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  return trimmed === '' ? '.' : trimmed;
}

function invalid(path: string, problem: string): PlanResultError {
  return new PlanResultError(`Manifest ${path} is not valid: ${problem}.`, MANIFEST_HINT);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkUnit(unit: string, value: unknown, path: string): ManifestUnit {
  const at = `units[${JSON.stringify(unit)}]`;
  if (!isObject(value)) throw invalid(path, `${at} is ${describeValue(value)}, expected an object`);
  if (typeof value.hash !== 'string' || !HASH.test(value.hash)) {
    throw invalid(path, `${at}.hash is ${describeValue(value.hash)}, expected sha256:<64 hex>`);
  }
  const changes = value.changes;
  for (const kind of CHANGE_KINDS) {
    const count = isObject(changes) ? changes[kind] : undefined;
    if (!Number.isInteger(count) || (count as number) < 0) {
      throw invalid(path, `${at}.changes.${kind} is ${describeValue(count)}, expected a count`);
    }
  }
  const resources = value.resources;
  if (resources !== undefined) {
    const ok = isObject(resources) && Object.values(resources).every((v) => typeof v === 'string');
    if (!ok) throw invalid(path, `${at}.resources must map addresses to action strings`);
  }
  return value as unknown as ManifestUnit;
}

function checkManifest(value: unknown, path: string): Manifest {
  if (!isObject(value))
    throw invalid(path, `expected a JSON object, found ${describeValue(value)}`);
  if (value.version !== MANIFEST_VERSION) {
    throw invalid(path, `version is ${describeValue(value.version)}, expected ${MANIFEST_VERSION}`);
  }
  for (const setting of SETTINGS) {
    const field = value[setting];
    if (typeof field !== 'string' || field === '') {
      throw invalid(path, `${setting} is ${describeValue(field)}, expected a non-empty string`);
    }
  }
  if (!isObject(value.units)) throw invalid(path, 'units is not an object of unit -> hash');
  for (const [unit, entry] of Object.entries(value.units)) checkUnit(unit, entry, path);
  return value as unknown as Manifest;
}

/** Reads an approved manifest; errors name the file and the field that is wrong. */
export function parseManifest(text: string, path: string): Manifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw invalid(path, `not JSON (${(error as Error).message})`);
  }
  return checkManifest(parsed, path);
}

function resourceDifferences(approved: ManifestUnit, current: ManifestUnit): ResourceDifference[] {
  const before = approved.resources ?? {};
  const after = current.resources ?? {};
  const addresses = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return addresses
    .filter((address) => before[address] !== after[address])
    .map((address) => {
      const difference: ResourceDifference = { address };
      if (before[address] !== undefined) difference.approved = before[address];
      if (after[address] !== undefined) difference.current = after[address];
      return difference;
    });
}

function settingDifferences(approved: Manifest, current: Manifest): ManifestDifference[] {
  const value = (manifest: Manifest, setting: ManifestSetting) =>
    setting === 'workingDirectory' ? normaliseDirectory(manifest[setting]) : manifest[setting];
  return SETTINGS.filter((setting) => value(approved, setting) !== value(current, setting)).map(
    (setting) => ({
      kind: 'setting',
      setting,
      approved: approved[setting],
      current: current[setting],
    }),
  );
}

function unitDifference(
  unit: string,
  approved: ManifestUnit | undefined,
  current: ManifestUnit | undefined,
): ManifestDifference | undefined {
  if (!approved && current) return { kind: 'unit-added', unit, current };
  if (approved && !current) return { kind: 'unit-removed', unit, approved };
  if (!approved || !current || approved.hash === current.hash) return undefined;
  const resources = resourceDifferences(approved, current);
  return { kind: 'unit-changed', unit, approved, current, resources };
}

/** Everything in which the plan made now differs from the approved one; empty means "apply". */
export function compareManifests(approved: Manifest, current: Manifest): ManifestDifference[] {
  const units = [...new Set([...Object.keys(approved.units), ...Object.keys(current.units)])];
  const unitDifferences = units
    .sort()
    .map((unit) => unitDifference(unit, approved.units[unit], current.units[unit]))
    .filter((difference) => difference !== undefined);
  return [...settingDifferences(approved, current), ...unitDifferences];
}

/** `add 1, destroy 2` (the non-zero counts), or `no changes`. */
export function formatCounts(counts: ChangeCounts): string {
  const parts = CHANGE_KINDS.filter((kind) => counts[kind] > 0).map(
    (kind) => `${kind} ${counts[kind]}`,
  );
  return parts.length > 0 ? parts.join(', ') : 'no changes';
}

const MAX_RESOURCE_LINES = 20;

function resourceLines(differences: readonly ResourceDifference[]): string[] {
  if (differences.length === 0) return ['    same resources and actions; attribute values differ'];
  const lines = differences
    .slice(0, MAX_RESOURCE_LINES)
    .map(
      ({ address, approved, current }) =>
        `    ${address}: approved ${approved ?? 'no change'}, now ${current ?? 'no change'}`,
    );
  const more = differences.length - MAX_RESOURCE_LINES;
  return more > 0 ? [...lines, `    ... and ${more} more`] : lines;
}

/** One difference as log lines. */
export function formatDifference(difference: ManifestDifference): string[] {
  switch (difference.kind) {
    case 'setting':
      return [
        `- ${SETTING_NAMES[difference.setting]}: approved ${difference.approved}, now ${difference.current}`,
      ];
    case 'unit-added':
      return [
        `- unit ${difference.unit}: not in the approved plan; now ${formatCounts(difference.current.changes)}`,
      ];
    case 'unit-removed':
      return [
        `- unit ${difference.unit}: in the approved plan (${formatCounts(difference.approved.changes)}) but not planned now`,
      ];
    case 'unit-changed':
      return [
        `- unit ${difference.unit}: changes differ (approved ${formatCounts(difference.approved.changes)}; now ${formatCounts(difference.current.changes)})`,
        ...resourceLines(difference.resources),
      ];
  }
}

/** The log text for a refused apply: what differs from the approved manifest. */
export function formatDifferences(differences: readonly ManifestDifference[]): string {
  if (differences.length === 0) return 'The plan matches the approved manifest.';
  return [
    `The plan differs from the approved manifest in ${differences.length} place(s):`,
    ...differences.flatMap(formatDifference),
  ].join('\n');
}
