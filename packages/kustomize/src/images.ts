import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Document,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
} from 'yaml';
import { KustomizeError } from './errors.js';
import { resolvesAsNonString } from './quote.js';

export interface ImageEntry {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

export type ImageField = 'newName' | 'newTag' | 'digest';
const FIELDS: readonly ImageField[] = ['newName', 'newTag', 'digest'];

/** One `images:` entry with the YAML node it was read from, for surgical edits. */
export interface LocatedImage {
  entry: ImageEntry;
  map: YAMLMap;
}

/** Where errors point: file label plus line:col of an offset. */
export class SourceContext {
  readonly lines = new LineCounter();
  constructor(readonly fileLabel: string) {}

  at(offset: number | undefined): string {
    if (offset === undefined) return this.fileLabel;
    const { line, col } = this.lines.linePos(offset);
    return `${this.fileLabel}:${line}:${col}`;
  }

  fail(node: Node | null | undefined, message: string, hint?: string): KustomizeError {
    return new KustomizeError(`${this.at(node?.range?.[0])}: ${message}`, hint);
  }
}

/** The `images:` entries of a kustomization; [] when it has none. */
export function readImages(source: string, fileLabel: string): ImageEntry[] {
  return locateImages(source, new SourceContext(fileLabel)).map((image) => image.entry);
}

export function locateImages(source: string, ctx: SourceContext): LocatedImage[] {
  const doc = parseSingleDocument(source, ctx);
  const root = doc.contents;
  if (!isMap(root)) {
    throw ctx.fail(
      root,
      'the document root is not a mapping',
      'A kustomization is a YAML mapping.',
    );
  }
  const images = root.get('images', true) as Node | undefined;
  if (images === undefined || (isScalar(images) && images.value === null)) return [];
  if (!isSeq(images)) {
    throw ctx.fail(
      images,
      '`images` is not a list',
      'Write images as a list: `images:\\n- name: app`.',
    );
  }
  // A name listed twice renders (kustomize applies both, the last wins); only editing it is refused.
  return images.items.map((item, index) => locateEntry(item as Node, index, doc, ctx));
}

/** Parses exactly one YAML document, throwing KustomizeError on syntax errors. */
export function parseSingleDocument(source: string, ctx: SourceContext): Document.Parsed {
  const docs = parseAllDocuments(source, { lineCounter: ctx.lines, prettyErrors: false });
  if (docs.length > 1) {
    throw new KustomizeError(
      `${ctx.fileLabel} holds ${docs.length} YAML documents; a kustomization is one document`,
      'Remove the extra `---` documents.',
    );
  }
  const doc = docs[0];
  if (doc === undefined) throw new KustomizeError(`${ctx.fileLabel} is empty`);
  const error = doc.errors[0];
  if (error !== undefined) {
    throw new KustomizeError(
      `${ctx.at(error.pos[0])}: invalid YAML: ${error.message}`,
      'Fix the YAML syntax.',
    );
  }
  return doc;
}

function locateEntry(item: Node, index: number, doc: Document, ctx: SourceContext): LocatedImage {
  if (!isMap(item)) throw ctx.fail(item, `images[${index}] is not a mapping`);
  const pairs = item.items as Pair<Node, Node | null>[];
  if (pairs.some((pair) => isScalar(pair.key) && pair.key.value === '<<')) {
    throw ctx.fail(item, `images[${index}] uses a merge key (<<), which cannot be edited safely`);
  }
  const read = (field: string) => readField(findPair(item, field), field, doc, ctx);
  const name = read('name');
  if (name === undefined) {
    throw ctx.fail(item, `images[${index}] has no string \`name\``, 'Give every entry a name.');
  }
  const entry: ImageEntry = { name };
  for (const field of FIELDS) {
    const value = read(field);
    if (value !== undefined) entry[field] = value;
  }
  return { entry, map: item };
}

/** The pair whose key is exactly `key`, if any. */
export function findPair(map: YAMLMap, key: string): Pair<Node, Node | null> | undefined {
  const pairs = map.items as Pair<Node, Node | null>[];
  return pairs.find((pair) => isScalar(pair.key) && pair.key.value === key);
}

function readField(
  pair: Pair<Node, Node | null> | undefined,
  field: string,
  doc: Document,
  ctx: SourceContext,
): string | undefined {
  if (pair === undefined) return undefined;
  // kustomize resolves aliases when reading; only editing one is refused.
  const node = isAlias(pair.value) ? pair.value.resolve(doc) : pair.value;
  if (!isScalar(node)) throw ctx.fail(node ?? pair.key, `\`${field}\` is not a scalar value`);
  if (node.value === null) return undefined;
  const text = typeof node.source === 'string' ? node.source : String(node.value);
  if (typeof node.value !== 'string' || (isUntaggedPlain(node) && resolvesAsNonString(text))) {
    throw ctx.fail(
      node,
      `kustomize reads \`${field}: ${text}\` as a number, boolean or null, not the string "${text}"`,
      `Quote it: ${field}: "${text}"`,
    );
  }
  return node.value;
}

function isUntaggedPlain(node: Scalar): boolean {
  return node.type === 'PLAIN' && node.tag === undefined;
}

/** The entry for `name`; refuses a name listed twice, which no single edit can change. */
export function uniqueImage(
  located: readonly LocatedImage[],
  name: string,
  ctx: SourceContext,
): LocatedImage | undefined {
  const matches = located.filter((image) => image.entry.name === name);
  const [first, second] = matches;
  if (first && second) {
    throw ctx.fail(
      second.map,
      `image "${name}" is listed twice in images (first at ${ctx.at(first.map.range?.[0])}); kustomize applies the last one`,
      'Merge the two entries into one, then bump it.',
    );
  }
  return first;
}
