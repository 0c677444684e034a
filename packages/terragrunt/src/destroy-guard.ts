import { isDestructive, type ResourceAction, type UnitChanges } from './plan-json.js';

export interface DestructiveChange {
  unit: string;
  address: string;
  actions: ResourceAction[];
}

/** Every delete and replace across units, in unit order; what `allow-destroy` must let through. */
export function destructiveChanges(
  units: readonly { unit: string; changes?: UnitChanges | undefined }[],
): DestructiveChange[] {
  return units.flatMap(({ unit, changes }) =>
    (changes?.resources ?? [])
      .filter((resource) => isDestructive(resource.actions))
      .map((resource) => ({
        unit,
        address: resource.deposed
          ? `${resource.address} (deposed ${resource.deposed})`
          : resource.address,
        actions: resource.actions,
      })),
  );
}

/** A log message naming the destructive changes (the first `limit` of them). */
export function describeDestructiveChanges(
  changes: readonly DestructiveChange[],
  limit = 50,
): string {
  const lines = changes
    .slice(0, limit)
    .map((change) => `  ${change.unit}: ${change.address} (${change.actions.join(', ')})`);
  if (changes.length > limit) lines.push(`  ... and ${changes.length - limit} more`);
  const units = new Set(changes.map((change) => change.unit)).size;
  return [
    `${changes.length} resource(s) in ${units} unit(s) would be destroyed or replaced:`,
    ...lines,
  ].join('\n');
}
