import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import {
  appendSummary,
  codeBlock,
  codeSpan,
  details,
  escapeMarkdown,
  markdownTable,
  SUMMARY_LIMIT_BYTES,
} from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'summary-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('markdownTable', () => {
  it('renders a header, a separator and one line per row', () => {
    expect(
      markdownTable(
        ['Image', 'Tag'],
        [
          ['web', '`v1`'],
          ['api', 'v2'],
        ],
      ),
    ).toBe('| Image | Tag |\n| --- | --- |\n| web | `v1` |\n| api | v2 |');
  });

  it('escapes pipes and newlines in cells and pads short rows', () => {
    expect(markdownTable(['a', 'b'], [['x|y', 'one\r\ntwo\nthree'], ['only']])).toBe(
      '| a | b |\n| --- | --- |\n| x\\|y | one<br>two<br>three |\n| only |  |',
    );
  });
});

describe('codeBlock and codeSpan', () => {
  it('uses a plain fence and a language tag', () => {
    expect(codeBlock('a\nb', 'diff')).toBe('```diff\na\nb\n```');
    expect(codeBlock('ends with newline\n')).toBe('```\nends with newline\n```');
  });

  it('picks a fence longer than any backtick run inside', () => {
    expect(codeBlock('x ``` y ````` z')).toBe('``````\nx ``` y ````` z\n``````');
    expect(codeBlock('`a`')).toBe('```\n`a`\n```');
  });

  it('wraps inline code that holds backticks', () => {
    expect(codeSpan('v1')).toBe('`v1`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
  });
});

describe('details and escapeMarkdown', () => {
  it('builds a collapsible section with an HTML-safe summary', () => {
    expect(details('diff <a> & b', 'body')).toBe(
      '<details>\n<summary>diff &lt;a&gt; &amp; b</summary>\n\nbody\n\n</details>',
    );
  });

  it('escapes inline markdown and HTML so text shows as written', () => {
    expect(escapeMarkdown('*bold* _it_ `c` [l](u) <b> a|b ~s~ #1 \\')).toBe(
      '\\*bold\\* \\_it\\_ \\`c\\` \\[l\\]\\(u\\) \\<b\\> a\\|b \\~s\\~ \\#1 \\\\',
    );
    expect(escapeMarkdown('v1.2.3 plain-text')).toBe('v1.2.3 plain-text');
  });
});

describe('appendSummary', () => {
  it('appends with a trailing newline', async () => {
    const path = join(dir, 'append');
    writeFileSync(path, '# Before\n');
    await appendSummary('one', { GITHUB_STEP_SUMMARY: path });
    await appendSummary('two\n', { GITHUB_STEP_SUMMARY: path });
    expect(readFileSync(path, 'utf8')).toBe('# Before\none\ntwo\n');
  });

  it('does nothing when GITHUB_STEP_SUMMARY is unset', async () => {
    await expect(appendSummary('ignored', {})).resolves.toBeUndefined();
  });

  it('truncates to stay under the 1 MiB limit, with a note, on a character boundary', async () => {
    const path = join(dir, 'large');
    writeFileSync(path, 'x'.repeat(1000));
    const huge = 'é'.repeat(SUMMARY_LIMIT_BYTES);
    await appendSummary(huge, { GITHUB_STEP_SUMMARY: path });
    const text = readFileSync(path, 'utf8');
    expect(statSync(path).size).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(statSync(path).size).toBeGreaterThan(SUMMARY_LIMIT_BYTES - 1024);
    expect(text).not.toContain('\uFFFD');
    expect(text).toMatch(/> Summary truncated: \d+ of 2097152 bytes shown \(GitHub limits/);
  });

  it('leaves a full summary file alone', async () => {
    const path = join(dir, 'full');
    writeFileSync(path, 'x'.repeat(SUMMARY_LIMIT_BYTES));
    await appendSummary('more', { GITHUB_STEP_SUMMARY: path });
    expect(statSync(path).size).toBe(SUMMARY_LIMIT_BYTES);
  });
});
