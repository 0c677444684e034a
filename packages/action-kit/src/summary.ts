import { appendFile, stat } from 'node:fs/promises';

/** GitHub rejects a step summary over 1 MiB; stay under it with room for the note. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const NOTE_ROOM_BYTES = 256;

/** Escapes the characters that start inline markdown or HTML, so text shows as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]()<>|~#!&]/g, '\\$&');
}

function tableCell(text: string): string {
  return text.replace(/\r?\n/g, '<br>').replace(/\|/g, '\\|');
}

/** A GitHub-flavoured markdown table; cells may hold markdown, but `|` and newlines are escaped. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]) =>
    `| ${header.map((_, index) => tableCell(cells[index] ?? '')).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

function longestRun(text: string, char: string): number {
  const runs = text.match(new RegExp(`${char}+`, 'g')) ?? [];
  return Math.max(0, ...runs.map((run) => run.length));
}

/** A fenced code block whose fence is longer than any backtick run inside the text. */
export function codeBlock(text: string, language = ''): string {
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `${fence}${language}\n${body}${fence}`;
}

/** An inline code span that survives backticks inside the text. */
export function codeSpan(text: string): string {
  const ticks = '`'.repeat(longestRun(text, '`') + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A collapsible section; the summary line is plain text, the body markdown. */
export function details(summary: string, body: string): string {
  return `<details>\n<summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}

/** Cuts UTF-8 text to at most `maxBytes` bytes without splitting a character. */
export function truncateUtf8(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return text;
  let end = Math.max(0, maxBytes);
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end -= 1;
  return bytes.subarray(0, end).toString('utf8');
}

/** What to append so that a file already `usedBytes` long stays under the limit. */
export function fitSummary(markdown: string, usedBytes: number): string {
  const size = Buffer.byteLength(markdown, 'utf8');
  if (usedBytes + size <= SUMMARY_LIMIT_BYTES) return markdown;
  const kept = truncateUtf8(markdown, SUMMARY_LIMIT_BYTES - usedBytes - NOTE_ROOM_BYTES);
  const shown = Buffer.byteLength(kept, 'utf8');
  return `${kept}\n\n> Summary truncated: ${shown} of ${size} bytes shown (GitHub limits a step summary to 1 MiB).\n`;
}

async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

/** Appends markdown to the job summary (GITHUB_STEP_SUMMARY); no-op when unset. */
export async function appendSummary(
  markdown: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const path = env.GITHUB_STEP_SUMMARY;
  if (!path) return;
  const used = await fileSize(path);
  if (used + NOTE_ROOM_BYTES >= SUMMARY_LIMIT_BYTES) return;
  const text = fitSummary(markdown, used);
  await appendFile(path, text.endsWith('\n') ? text : `${text}\n`, 'utf8');
}
