import { parseAllDocuments } from 'yaml';
import type { ImageChange } from './edit.js';
import { KustomizeError, SurgicalEditError } from './errors.js';
import { readImages } from './images.js';

type Version = '1.1' | '1.2';
const HINT =
  'This is a bug in the surgical editor; please report it with the file. Nothing was written.';

/** Proves that `after` differs from `before` by exactly `changes`, under YAML 1.2 and 1.1 alike. */
export function verifyImageEdit(
  before: string,
  after: string,
  changes: readonly ImageChange[],
  fileLabel: string,
): void {
  const fail = (what: string) => new SurgicalEditError(`${fileLabel}: ${what}`, HINT);
  for (const version of ['1.2', '1.1'] as const) {
    const [was, now] = [
      load(before, version, 'original', fail),
      load(after, version, 'edited', fail),
    ];
    const extra = now.warnings.filter((warning) => !was.warnings.includes(warning));
    if (extra.length > 0) throw fail(`the edited file parses with warnings: ${extra.join('; ')}`);
    const difference = firstDifference(applyChanges(was.data, changes, fail), now.data, '');
    if (difference !== undefined) {
      throw fail(`the edit changed more than intended (YAML ${version}): ${difference}`);
    }
  }
  checkReadBack(after, changes, fileLabel, fail);
}

function load(text: string, version: Version, which: string, fail: (what: string) => Error) {
  const docs = parseAllDocuments(text, { version, prettyErrors: false });
  const doc = docs[0];
  if (docs.length !== 1 || doc === undefined) throw fail(`${which} text is not one YAML document`);
  const error = doc.errors[0];
  if (error !== undefined) throw fail(`${which} text does not parse: ${error.message}`);
  return {
    data: doc.toJS({ maxAliasCount: -1 }) as unknown,
    warnings: doc.warnings.map((w) => w.message),
  };
}

function applyChanges(
  data: unknown,
  changes: readonly ImageChange[],
  fail: (what: string) => Error,
) {
  const copy = structuredClone(data) as { images?: unknown } | null;
  const images = copy?.images;
  for (const change of changes) {
    const entry = Array.isArray(images)
      ? (images.find((item) => isRecord(item) && item.name === change.name) as unknown)
      : undefined;
    if (!isRecord(entry)) throw fail(`image "${change.name}" is not in the original images`);
    for (const field of ['newTag', 'digest'] as const) {
      const wanted = change[field];
      if (wanted === null) delete entry[field];
      else if (wanted !== undefined) entry[field] = wanted;
    }
  }
  return copy;
}

function checkReadBack(
  after: string,
  changes: readonly ImageChange[],
  fileLabel: string,
  fail: (what: string) => Error,
): void {
  let images;
  try {
    images = readImages(after, fileLabel);
  } catch (error) {
    if (error instanceof KustomizeError)
      throw fail(`the edited images do not read back: ${error.message}`);
    throw error;
  }
  for (const change of changes) {
    const entry = images.find((image) => image.name === change.name);
    for (const field of ['newTag', 'digest'] as const) {
      const wanted = change[field];
      if (wanted === undefined || entry?.[field] === (wanted ?? undefined)) continue;
      throw fail(
        `image "${change.name}" reads back ${field}=${show(entry?.[field])}, not ${show(wanted)}`,
      );
    }
  }
}

/** A description of the first place where `actual` differs from `expected`, or undefined. */
function firstDifference(expected: unknown, actual: unknown, path: string): string | undefined {
  const [a, b] = [normalize(expected), normalize(actual)];
  if (Object.is(a, b)) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length)
      return `${path || '(root)'}: expected ${a.length} items, found ${b.length}`;
    return firstDefined(a.length, (i) => firstDifference(a[i], b[i], `${path}[${i}]`));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return firstDefined(keys.length, (i) => {
      const key = keys[i] as string;
      if (!(key in a) || !(key in b))
        return `${path}.${key}: expected ${show(a[key])}, found ${show(b[key])}`;
      return firstDifference(a[key], b[key], `${path}.${key}`);
    });
  }
  return `${path || '(root)'}: expected ${show(a)}, found ${show(b)}`;
}

function normalize(value: unknown): unknown {
  if (value instanceof Date) return `Date(${value.getTime()})`;
  if (value instanceof Map || value instanceof Set) return Array.from(value);
  if (ArrayBuffer.isView(value)) return Array.from(value as Uint8Array);
  return value;
}

function firstDefined(count: number, probe: (index: number) => string | undefined) {
  for (let index = 0; index < count; index += 1) {
    const found = probe(index);
    if (found !== undefined) return found;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  return value === undefined ? '(absent)' : JSON.stringify(value);
}
