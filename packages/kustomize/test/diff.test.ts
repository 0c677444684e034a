import { describe, expect, it } from '@jest/globals';
import { unifiedDiff } from '@infra-fleet/kustomize';

const lines = (...parts: string[]) => parts.map((part) => `${part}\n`).join('');

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('k.yaml', 'a\nb\n', 'a\nb\n')).toBe('');
  });

  it('shows a one-line change with three lines of context', () => {
    const before = lines('a', 'b', 'c', 'd', 'e', 'f', 'g');
    const after = lines('a', 'b', 'c', 'D', 'e', 'f', 'g');
    expect(unifiedDiff('overlays/prod/kustomization.yaml', before, after)).toBe(
      lines(
        '--- a/overlays/prod/kustomization.yaml',
        '+++ b/overlays/prod/kustomization.yaml',
        '@@ -1,7 +1,7 @@',
        ' a',
        ' b',
        ' c',
        '-d',
        '+D',
        ' e',
        ' f',
        ' g',
      ),
    );
  });

  it('shows an inserted line', () => {
    const before = lines('images:', '- name: app', '  newTag: v1');
    const after = lines('images:', '- name: app', '  newTag: v1', '  digest: sha256:x');
    expect(unifiedDiff('k.yaml', before, after)).toBe(
      lines(
        '--- a/k.yaml',
        '+++ b/k.yaml',
        '@@ -1,3 +1,4 @@',
        ' images:',
        ' - name: app',
        '   newTag: v1',
        '+  digest: sha256:x',
      ),
    );
  });

  it('shows CRLF lines without the carriage return', () => {
    const before = 'kind: K\r\nimages:\r\n- name: app\r\n  newTag: v1\r\n';
    const after = 'kind: K\r\nimages:\r\n- name: app\r\n  newTag: v2\r\n';
    expect(unifiedDiff('k.yaml', before, after, 1)).toBe(
      lines(
        '--- a/k.yaml',
        '+++ b/k.yaml',
        '@@ -3,2 +3,2 @@',
        ' - name: app',
        '-  newTag: v1',
        '+  newTag: v2',
      ),
    );
  });

  it('marks a missing final newline like git', () => {
    expect(unifiedDiff('k.yaml', 'a\nb\nc', 'a\nb\nC')).toBe(
      lines(
        '--- a/k.yaml',
        '+++ b/k.yaml',
        '@@ -1,3 +1,3 @@',
        ' a',
        ' b',
        '-c',
        '\\ No newline at end of file',
        '+C',
        '\\ No newline at end of file',
      ),
    );
    expect(unifiedDiff('k.yaml', 'a\nb', 'a\nb\n')).toBe(
      lines(
        '--- a/k.yaml',
        '+++ b/k.yaml',
        '@@ -1,2 +1,2 @@',
        ' a',
        '-b',
        '\\ No newline at end of file',
        '+b',
      ),
    );
  });

  it('splits distant changes into hunks and omits a count of one, as git does', () => {
    const numbers = Array.from({ length: 16 }, (_, i) => String(i + 1));
    const changed = numbers.map((n) => (n === '2' ? 'X' : n === '15' ? 'Y' : n));
    expect(unifiedDiff('f', lines(...numbers), lines(...changed), 0)).toBe(
      lines('--- a/f', '+++ b/f', '@@ -2 +2 @@', '-2', '+X', '@@ -15 +15 @@', '-15', '+Y'),
    );
    expect(unifiedDiff('f', lines(...numbers), lines(...changed))).toBe(
      lines(
        '--- a/f',
        '+++ b/f',
        '@@ -1,5 +1,5 @@',
        ' 1',
        '-2',
        '+X',
        ' 3',
        ' 4',
        ' 5',
        '@@ -12,5 +12,5 @@',
        ' 12',
        ' 13',
        ' 14',
        '-15',
        '+Y',
        ' 16',
      ),
    );
  });

  it('joins changes whose contexts touch into one hunk', () => {
    const before = lines('1', '2', '3', '4', '5', '6', '7', '8', '9');
    const after = lines('1', 'X', '3', '4', '5', '6', '7', 'Y', '9');
    expect(unifiedDiff('f', before, after)).toBe(
      lines(
        '--- a/f',
        '+++ b/f',
        '@@ -1,9 +1,9 @@',
        ' 1',
        '-2',
        '+X',
        ' 3',
        ' 4',
        ' 5',
        ' 6',
        ' 7',
        '-8',
        '+Y',
        ' 9',
      ),
    );
  });

  it('diffs from and to an empty text', () => {
    expect(unifiedDiff('f', '', 'a\nb\n')).toBe(
      lines('--- a/f', '+++ b/f', '@@ -0,0 +1,2 @@', '+a', '+b'),
    );
    expect(unifiedDiff('f', 'a\n', '')).toBe(lines('--- a/f', '+++ b/f', '@@ -1 +0,0 @@', '-a'));
  });

  it('finds a minimal script for scattered edits', () => {
    expect(unifiedDiff('f', lines('p', 'q', 'r', 's', 't'), lines('q', 'r', 'z', 's'))).toBe(
      lines('--- a/f', '+++ b/f', '@@ -1,5 +1,4 @@', '-p', ' q', ' r', '+z', ' s', '-t'),
    );
  });

  it('handles a large file with one change quickly', () => {
    const many = Array.from({ length: 20000 }, (_, i) => `line ${i}`);
    const edited = many.map((line, i) => (i === 10000 ? 'changed' : line));
    const diff = unifiedDiff('f', lines(...many), lines(...edited));
    expect(diff.split('\n')[2]).toBe('@@ -9998,7 +9998,7 @@');
  });
});
