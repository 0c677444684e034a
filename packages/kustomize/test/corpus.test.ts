import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { readImages, setImages, type ImageChange, type ImageEntry } from '@infra-fleet/kustomize';

/** Edits to the original file's lines (1-based), which every other line must survive unchanged. */
type LineEdit =
  | { line: number; from: string; to: string }
  | { after: number; insert: string[] }
  | { remove: number };

interface Case {
  file: string;
  changes: ImageChange[];
  edits: LineEdit[];
}

const corpus = new URL('./corpus/', import.meta.url);
const D1 = `sha256:${'a'.repeat(64)}`;
const D2 = `sha256:${'b'.repeat(64)}`;

const cases: Case[] = [
  {
    file: '01-basic.yaml',
    changes: [{ name: 'load-harness', newTag: 'v1.2.4' }],
    edits: [{ line: 7, from: 'v1.2.3', to: 'v1.2.4' }],
  },
  {
    file: '02-zero-indent-double-quoted.yaml',
    changes: [{ name: 'app', newTag: '1.0.1' }],
    edits: [{ line: 7, from: '"1.0.0"', to: '"1.0.1"' }],
  },
  {
    file: '03-single-quoted.yaml',
    changes: [{ name: 'app', newTag: 'v2' }],
    edits: [{ line: 4, from: "'v1'", to: "'v2'" }],
  },
  {
    file: '04-four-space.yaml',
    changes: [{ name: 'api', newTag: '2.1.0', digest: D1 }],
    edits: [
      { line: 5, from: '2.0.0', to: '2.1.0' },
      { after: 5, insert: [`        digest: ${D1}`] },
    ],
  },
  {
    file: '05-comments-everywhere.yaml',
    changes: [
      { name: 'app', newTag: 'v1.5.0', digest: D2 },
      { name: 'sidecar', newTag: '3.2' },
    ],
    edits: [
      { line: 14, from: 'v1.4.0', to: 'v1.5.0' },
      { after: 14, insert: [`    digest: ${D2}`] },
      { line: 19, from: '"3.1"', to: '"3.2"' },
    ],
  },
  {
    file: '06-crlf.yaml',
    changes: [
      { name: 'app', newTag: 'v2', digest: D1 },
      { name: 'db', newTag: '16' },
    ],
    edits: [
      { line: 6, from: 'v1', to: 'v2' },
      { after: 6, insert: [`    digest: ${D1}`] },
      { line: 8, from: "'15'", to: "'16'" },
    ],
  },
  {
    file: '07-no-final-newline.yaml',
    changes: [{ name: 'app', newTag: 'v2' }],
    edits: [{ line: 4, from: 'v1', to: 'v2' }],
  },
  {
    file: '08-no-final-newline-insert.yaml',
    changes: [{ name: 'app', newTag: 'v3' }],
    edits: [{ after: 6, insert: ['    newTag: v3'] }],
  },
  {
    file: '09-flow-sequence.yaml',
    changes: [
      { name: 'app', newTag: 'v2' },
      { name: 'sidecar', newTag: '1.10' },
    ],
    edits: [
      { line: 2, from: 'newTag: v1', to: 'newTag: v2' },
      { line: 2, from: '{name: sidecar}', to: '{name: sidecar, newTag: "1.10"}' },
    ],
  },
  {
    file: '10-flow-mappings-in-block.yaml',
    changes: [
      { name: 'app', newTag: 'v2' },
      { name: 'db', newTag: '17', digest: null },
    ],
    edits: [
      { line: 3, from: 'reg.example.com/app}', to: 'reg.example.com/app, newTag: v2}' },
      { line: 4, from: `"16", digest: "${D1}"`, to: '"17"' },
    ],
  },
  {
    file: '11-document-start.yaml',
    changes: [{ name: 'app', newTag: 'v2' }],
    edits: [{ line: 7, from: 'v1', to: 'v2' }],
  },
  {
    file: '12-images-first.yaml',
    changes: [
      { name: 'db', newTag: null },
      { name: 'app', digest: D1 },
    ],
    edits: [{ remove: 5 }, { after: 3, insert: [`  digest: ${D1}`] }],
  },
  {
    file: '13-several-images.yaml',
    changes: [
      { name: 'b', newTag: 'v2' },
      { name: 'c', newTag: 'v2', digest: D2 },
      { name: 'd', newTag: 'v3' },
      { name: 'e', newTag: 'v2' },
    ],
    edits: [
      { line: 6, from: 'v1', to: 'v2' },
      { line: 9, from: 'v1', to: 'v2' },
      { after: 9, insert: [`    digest: ${D2}`] },
      { after: 10, insert: ['    newTag: v3'] },
      { line: 13, from: 'v1', to: 'v2' },
    ],
  },
  {
    file: '14-newname-only.yaml',
    changes: [{ name: 'app', newTag: 'v1' }],
    edits: [{ after: 4, insert: ['    newTag: v1'] }],
  },
  {
    file: '15-digest-only.yaml',
    changes: [{ name: 'app', newTag: 'v2', digest: D2 }],
    edits: [
      { after: 3, insert: ['    newTag: v2'] },
      { line: 4, from: D1, to: D2 },
    ],
  },
  {
    file: '16-tag-and-digest.yaml',
    changes: [{ name: 'app', newTag: 'v1.0.1', digest: null }],
    edits: [{ line: 5, from: 'v1.0.0', to: 'v1.0.1' }, { remove: 6 }],
  },
  {
    file: '17-bom.yaml',
    changes: [{ name: 'app', newTag: 'v2' }],
    edits: [{ line: 4, from: 'v1', to: 'v2' }],
  },
  {
    file: '18-trailing-whitespace.yaml',
    changes: [
      { name: 'app', newTag: 'v2' },
      { name: 'db', newTag: 'v3', digest: D1 },
    ],
    edits: [
      { line: 4, from: 'v1', to: 'v2' },
      { line: 6, from: 'v2\t#', to: 'v3\t#' },
      { after: 6, insert: [`    digest: ${D1}`] },
    ],
  },
  {
    file: '19-blank-lines.yaml',
    changes: [
      { name: 'app', newTag: 'v2' },
      { name: 'db', digest: D1 },
    ],
    edits: [
      { line: 7, from: 'v1', to: 'v2' },
      { after: 12, insert: [`    digest: ${D1}`] },
    ],
  },
  {
    file: '20-quoted-keys.yaml',
    changes: [{ name: 'app', newTag: 'v2', digest: D1 }],
    edits: [
      { line: 4, from: 'v1', to: 'v2' },
      { after: 4, insert: [`    digest: ${D1}`] },
    ],
  },
  {
    file: '21-key-order.yaml',
    changes: [
      { name: 'app', newTag: 'v2' },
      { name: 'db', newTag: 'v3' },
    ],
    edits: [
      { line: 3, from: 'v1', to: 'v2' },
      { after: 6, insert: ['    newTag: v3'] },
    ],
  },
  {
    file: '22-crlf-no-final-newline.yaml',
    changes: [{ name: 'app', newTag: 'v2', digest: null }],
    edits: [{ line: 4, from: 'v1', to: 'v2' }, { remove: 5 }],
  },
  {
    file: '23-empty-value.yaml',
    changes: [
      { name: 'app', newTag: 'v1' },
      { name: 'db', newTag: 'v2' },
    ],
    edits: [
      { line: 4, from: 'newTag: #', to: 'newTag: v1 #' },
      { line: 6, from: 'newTag:', to: 'newTag: v2' },
    ],
  },
  {
    file: '24-document-end.yaml',
    changes: [{ name: 'app', newTag: 'v2' }],
    edits: [{ line: 6, from: 'v1', to: 'v2' }],
  },
  {
    file: '25-realistic-overlay.yaml',
    changes: [{ name: 'load-harness', newTag: 'v1.3.0' }],
    edits: [{ line: 29, from: 'v1.2.3', to: 'v1.3.0' }],
  },
  {
    file: '26-flow-multiline.yaml',
    changes: [
      { name: 'db', newTag: '16' },
      { name: 'app', digest: D1 },
    ],
    edits: [
      { line: 3, from: 'newTag: v1}', to: `newTag: v1, digest: ${D1}}` },
      { line: 4, from: '"15"', to: '"16"' },
    ],
  },
  {
    file: '27-flow-first-key.yaml',
    changes: [{ name: 'app', newTag: null, digest: D2 }],
    edits: [
      {
        line: 3,
        from: '{newTag: v1, name: app, newName: example/app}',
        to: `{name: app, newName: example/app, digest: ${D2}}`,
      },
    ],
  },
  {
    file: '28-crlf-comments-flow.yaml',
    changes: [
      { name: 'app', newTag: 'v2' },
      { name: 'db', newTag: null },
    ],
    edits: [
      { after: 5, insert: ['    newTag: v2'] },
      { line: 6, from: '{name: db, newTag: v1}', to: '{name: db}' },
    ],
  },
  {
    file: '29-deep-indent-nested-seq.yaml',
    changes: [{ name: 'db', newTag: 'v2', digest: D1 }],
    edits: [
      { line: 7, from: 'v1', to: 'v2' },
      { after: 7, insert: [`          digest: ${D1}`] },
    ],
  },
  {
    file: '30-quoted-names-special.yaml',
    changes: [
      { name: 'registry.example.com:5000/team/app', newTag: 'v2' },
      { name: 'docker.io/library/nginx', newTag: '1.26' },
    ],
    edits: [
      { line: 4, from: '"v1"', to: '"v2"' },
      { line: 6, from: "'1.25'", to: "'1.26'" },
    ],
  },
];

/** Lines with their own terminators, so CRLF and a missing final newline are compared too. */
function rawLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function lineOf(edit: LineEdit): number {
  return 'remove' in edit ? edit.remove : 'after' in edit ? edit.after : edit.line;
}

function expectedLines(before: string, edits: readonly LineEdit[]): string[] {
  const lines = rawLines(before);
  const eol = before.includes('\r\n') ? '\r\n' : '\n';
  for (const edit of edits) {
    if (!('from' in edit)) continue;
    const line = lines[edit.line - 1] as string;
    expect(line).toContain(edit.from);
    lines[edit.line - 1] = line.replace(edit.from, edit.to);
  }
  const structural = edits
    .filter((edit) => !('from' in edit))
    .sort((a, b) => lineOf(b) - lineOf(a));
  for (const edit of structural) {
    const index = lineOf(edit) - 1;
    const wasLast = !(lines[index] as string).endsWith('\n');
    if ('remove' in edit) {
      lines.splice(index, 1);
      if (wasLast) lines[index - 1] = (lines[index - 1] as string).replace(/\r?\n$/, '');
    } else if ('after' in edit) {
      if (wasLast) lines[index] += eol;
      const added = edit.insert.map((text) => text + eol);
      if (wasLast) added[added.length - 1] = edit.insert[edit.insert.length - 1] as string;
      lines.splice(index + 1, 0, ...added);
    }
  }
  return lines;
}

function applyToEntries(entries: ImageEntry[], changes: readonly ImageChange[]): ImageEntry[] {
  return entries.map((entry) => {
    const change = changes.find((candidate) => candidate.name === entry.name);
    const result: ImageEntry = { ...entry };
    for (const field of ['newTag', 'digest'] as const) {
      if (change?.[field] === null) delete result[field];
      else if (change?.[field] !== undefined) result[field] = change[field];
    }
    return result;
  });
}

describe('setImages over the corpus', () => {
  it('covers every corpus file', () => {
    const files = readdirSync(corpus).filter((name) => name.endsWith('.yaml'));
    expect(cases.map((c) => c.file).sort()).toEqual(files.sort());
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('$file: only the intended lines change', ({ file, changes, edits }) => {
    const before = readFileSync(new URL(file, corpus), 'utf8');
    const after = setImages(before, changes, file);
    expect(rawLines(after)).toEqual(expectedLines(before, edits));
    expect(readImages(after, file)).toEqual(applyToEntries(readImages(before, file), changes));
    expect(setImages(after, changes, file)).toBe(after);
  });
});
