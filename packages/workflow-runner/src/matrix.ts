import type { Json } from './expressions.js';

/** strategy.matrix expanded into legs, as GitHub expands it (include and exclude included). */

export type Leg = Record<string, Json>;

export class MatrixInvalid extends Error {}

function isObject(value: Json): value is { [key: string]: Json } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function product(vectors: Array<[string, Json[]]>): Leg[] {
  let legs: Leg[] = [{}];
  for (const [key, values] of vectors) {
    legs = legs.flatMap((leg) => values.map((value) => ({ ...leg, [key]: value })));
  }
  return legs;
}

function matches(leg: Leg, partial: Leg): boolean {
  return Object.entries(partial).every(
    ([key, value]) => JSON.stringify(leg[key]) === JSON.stringify(value),
  );
}

/** Adds an include entry as GitHub does: into every leg it does not contradict, else as a new leg. */
function applyInclude(legs: Leg[], original: Set<string>, entry: Leg): Leg[] {
  let merged = false;
  const result = legs.map((leg) => {
    const conflicts = Object.entries(entry).some(
      ([key, value]) =>
        original.has(key) && key in leg && JSON.stringify(leg[key]) !== JSON.stringify(value),
    );
    if (conflicts) return leg;
    merged = true;
    return { ...leg, ...entry };
  });
  return merged ? result : [...result, entry];
}

export function expandMatrix(matrix: Json): Leg[] {
  if (!isObject(matrix)) throw new MatrixInvalid('strategy.matrix must be a mapping.');
  const vectors: Array<[string, Json[]]> = [];
  for (const [key, value] of Object.entries(matrix)) {
    if (key === 'include' || key === 'exclude') continue;
    if (!Array.isArray(value))
      throw new MatrixInvalid(`Matrix vector '${key}' must be a sequence.`);
    if (value.length === 0)
      throw new MatrixInvalid(`Matrix vector '${key}' does not contain any values`);
    vectors.push([key, value]);
  }
  const exclude = (matrix.exclude ?? []) as Leg[];
  const include = (matrix.include ?? []) as Leg[];
  let legs = vectors.length > 0 ? product(vectors) : [];
  legs = legs.filter((leg) => !exclude.some((partial) => matches(leg, partial)));
  const original = new Set(vectors.map(([key]) => key));
  for (const entry of include) legs = applyInclude(legs, original, entry);
  if (legs.length === 0) throw new MatrixInvalid('Matrix must define at least one vector');
  if (legs.length > 256)
    throw new MatrixInvalid(`Matrix has ${legs.length} legs; GitHub allows 256.`);
  return legs;
}

/** `name (a, b)`: the display name GitHub gives a matrix leg. */
export function legName(name: string, leg: Leg | undefined): string {
  if (!leg || Object.keys(leg).length === 0) return name;
  const values = Object.values(leg).map((value) =>
    typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value),
  );
  return `${name} (${values.join(', ')})`;
}
