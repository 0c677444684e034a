import { isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { KustomizeError, SurgicalEditError } from './errors.js';
import { findPair, locateImages, SourceContext, uniqueImage, type LocatedImage } from './images.js';
import { formatScalar, type ScalarStyle } from './quote.js';
import { verifyImageEdit } from './verify.js';

/** undefined: leave as is; null: remove the key; string: set it. */
export interface ImageChange {
  name: string;
  newTag?: string | null;
  digest?: string | null;
}

type Field = 'newTag' | 'digest';
type AnyPair = Pair<Node, Node | null>;
interface Replacement {
  start: number;
  end: number;
  text: string;
}

const EDIT_FIELDS: readonly Field[] = ['newTag', 'digest'];
// Whatever may follow a value on its line: blanks and a comment, up to the line break.
const LINE_TAIL = /[ \t]*(?:#[^\r\n]*)?(?=\r?\n|$)/y;
const UNSUPPORTED_HINT =
  'Rewrite the entry in plain block style (`- name: app` / `  newTag: v1`, one key per line) and retry.';

/** Returns the new file text; only the targeted value bytes change. */
export function setImages(
  source: string,
  changes: readonly ImageChange[],
  fileLabel: string,
): string {
  const ctx = new SourceContext(fileLabel);
  const images = locateImages(source, ctx);
  rejectRepeatedNames(changes, fileLabel);
  const edits = changes.flatMap((change) =>
    planChange(source, findImage(images, change.name, ctx), change, ctx),
  );
  if (edits.length === 0) return source;
  const after = applyEdits(source, edits, ctx);
  verifyImageEdit(source, after, changes, fileLabel);
  return after;
}

function rejectRepeatedNames(changes: readonly ImageChange[], fileLabel: string): void {
  const names = changes.map((change) => change.name);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined) {
    throw new KustomizeError(
      `${fileLabel}: image "${repeated}" is requested more than once`,
      'Give each image once, with its tag and digest together.',
    );
  }
}

function findImage(images: readonly LocatedImage[], name: string, ctx: SourceContext) {
  const image = uniqueImage(images, name, ctx);
  if (image !== undefined) return image;
  const existing = images.map((candidate) => `"${candidate.entry.name}"`).join(', ');
  throw new KustomizeError(
    `${ctx.fileLabel}: image "${name}" is not in images (${existing === '' ? 'there are no images entries' : `found: ${existing}`})`,
    `Use one of the names listed under images: in ${ctx.fileLabel}, or add an entry for "${name}" first.`,
  );
}

function planChange(
  source: string,
  image: LocatedImage,
  change: ImageChange,
  ctx: SourceContext,
): Replacement[] {
  const edits: Replacement[] = [];
  for (const field of EDIT_FIELDS) {
    const wanted = change[field];
    if (wanted === undefined) continue;
    const pair = findPair(image.map, field);
    const edit =
      wanted === null
        ? pair && removePair(source, image.map, pair, ctx)
        : pair
          ? replaceValue(source, pair, wanted, ctx)
          : insertPair(source, image.map, anchorFor(image.map, field, change), field, wanted, ctx);
    if (edit) edits.push(edit);
  }
  return edits;
}

/** The sibling a new key goes after: newTag after newName/name, digest after newTag/newName/name. */
function anchorFor(map: YAMLMap, field: Field, change: ImageChange): AnyPair {
  const newTag = findPair(map, 'newTag');
  if (field === 'digest' && newTag !== undefined && change.newTag !== null) return newTag;
  return findPair(map, 'newName') ?? (findPair(map, 'name') as AnyPair);
}

function replaceValue(source: string, pair: AnyPair, wanted: string, ctx: SourceContext) {
  const node = editableValue(source, pair, ctx);
  if (node.value === wanted) return undefined;
  const [start, end] = node.range as [number, number, number];
  if (start === end) {
    // An empty value (`newTag:`): write after the colon, leaving any comment where it is.
    const colon = source.indexOf(':', (pair.key.range as [number, number, number])[1]);
    return { start: colon + 1, end: colon + 1, text: ` ${formatScalar(wanted, 'PLAIN')}` };
  }
  return { start, end, text: formatScalar(wanted, node.type as ScalarStyle) };
}

function editableValue(source: string, pair: AnyPair, ctx: SourceContext) {
  const node = pair.value;
  const field = keyName(pair);
  const fail = (why: string) =>
    new SurgicalEditError(`${ctx.at(node?.range?.[0])}: \`${field}\` ${why}`, UNSUPPORTED_HINT);
  if (!isScalar(node)) throw fail('is not a plain scalar (alias or collection)');
  if (node.anchor !== undefined || node.tag !== undefined) throw fail('carries an anchor or tag');
  if (node.type?.startsWith('BLOCK')) throw fail('is a block scalar');
  const [start, end] = node.range as [number, number, number];
  if (/[\r\n]/.test(source.slice(start, end))) throw fail('spans several lines');
  return node;
}

function insertPair(
  source: string,
  map: YAMLMap,
  anchor: AnyPair,
  field: Field,
  value: string,
  ctx: SourceContext,
): Replacement {
  const style = anchorStyle(anchor, ctx);
  const pairText = `${field}: ${formatScalar(value, style)}`;
  const valueEnd = endOf(anchor);
  if (map.flow) return { start: valueEnd, end: valueEnd, text: `, ${pairText}` };
  const keyStart = startOf(anchor);
  const lineStart = source.lastIndexOf('\n', keyStart - 1) + 1;
  const prefix = source.slice(lineStart, keyStart);
  if (!/^[ -]*$/.test(prefix)) {
    throw new SurgicalEditError(
      `${ctx.at(keyStart)}: cannot tell the indentation for a new \`${field}\` line`,
      UNSUPPORTED_HINT,
    );
  }
  const lineEnd = lineTailEnd(source, valueEnd, ctx);
  const text = `${lineEnding(source, lineEnd)}${' '.repeat(prefix.length)}${pairText}`;
  return { start: lineEnd, end: lineEnd, text };
}

/** New keys take the quote style of the sibling they follow. */
function anchorStyle(anchor: AnyPair, ctx: SourceContext): ScalarStyle {
  const node = anchor.value;
  if (!isScalar(node) || node.type === 'PLAIN' || node.type === undefined) return 'PLAIN';
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') return node.type;
  throw new SurgicalEditError(
    `${ctx.at(node.range?.[0])}: cannot add a key after the block scalar \`${keyName(anchor)}\``,
    UNSUPPORTED_HINT,
  );
}

function removePair(source: string, map: YAMLMap, pair: AnyPair, ctx: SourceContext) {
  editableValue(source, pair, ctx);
  return map.flow ? removeFlowPair(source, map, pair, ctx) : removeBlockLine(source, pair, ctx);
}

function removeBlockLine(source: string, pair: AnyPair, ctx: SourceContext): Replacement {
  const keyStart = startOf(pair);
  const lineStart = source.lastIndexOf('\n', keyStart - 1) + 1;
  if (!/^ *$/.test(source.slice(lineStart, keyStart))) {
    throw new SurgicalEditError(
      `${ctx.at(keyStart)}: \`${keyName(pair)}\` shares its line with other content, so it cannot be removed line-wise`,
      'Move it below the `name:` line and retry.',
    );
  }
  const lineEnd = lineTailEnd(source, endOf(pair), ctx);
  if (lineEnd < source.length) {
    return { start: lineStart, end: lineEnd + (source[lineEnd] === '\r' ? 2 : 1), text: '' };
  }
  // Last line without a final newline: drop the line break before it so the file still lacks one.
  const breakLength = source.slice(0, lineStart).endsWith('\r\n') ? 2 : 1;
  return { start: lineStart - breakLength, end: lineEnd, text: '' };
}

function removeFlowPair(source: string, map: YAMLMap, pair: AnyPair, ctx: SourceContext) {
  const [keyStart, valueEnd] = [startOf(pair), endOf(pair)];
  if (map.items.indexOf(pair) > 0) {
    const comma = skipBlanks(source, keyStart - 1, -1);
    if (source[comma] === ',') return { start: comma, end: valueEnd, text: '' };
  } else {
    const comma = skipBlanks(source, valueEnd, 1);
    if (source[comma] === ',')
      return { start: keyStart, end: skipBlanks(source, comma + 1, 1), text: '' };
  }
  throw new SurgicalEditError(
    `${ctx.at(keyStart)}: cannot remove this flow-mapping pair without touching comments`,
    UNSUPPORTED_HINT,
  );
}

function skipBlanks(source: string, from: number, step: 1 | -1): number {
  let index = from;
  while (/[ \t\r\n]/.test(source[index] ?? '')) index += step;
  return index;
}

function keyName(pair: AnyPair): string {
  return isScalar(pair.key) ? String(pair.key.value) : '?';
}

function startOf(pair: AnyPair): number {
  return (pair.key.range as [number, number, number])[0];
}

function endOf(pair: AnyPair): number {
  return (pair.value?.range ?? pair.key.range ?? [0, 0])[1];
}

/** Offset of the line break after `from`, which may be followed only by blanks and a comment. */
function lineTailEnd(source: string, from: number, ctx: SourceContext): number {
  LINE_TAIL.lastIndex = from;
  const match = LINE_TAIL.exec(source);
  if (match === null) {
    throw new SurgicalEditError(
      `${ctx.at(from)}: the value shares its line with other content`,
      UNSUPPORTED_HINT,
    );
  }
  return from + match[0].length;
}

function lineEnding(source: string, lineEnd: number): string {
  if (lineEnd < source.length) return source[lineEnd] === '\r' ? '\r\n' : '\n';
  return source.includes('\r\n') ? '\r\n' : '\n';
}

function applyEdits(source: string, edits: readonly Replacement[], ctx: SourceContext): string {
  const ordered = edits
    .map((edit, order) => ({ ...edit, order }))
    .sort((a, b) => a.start - b.start || a.order - b.order);
  let out = '';
  let cursor = 0;
  for (const edit of ordered) {
    if (edit.start < cursor) {
      throw new SurgicalEditError(`${ctx.fileLabel}: two edits overlap at offset ${edit.start}`);
    }
    out += source.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + source.slice(cursor);
}
