import type { LoadedFile } from './model.js';

/** The text of a `# comment` ending a line (after a value), trimmed; undefined when none. */
export function trailingComment(file: LoadedFile, line: number): string | undefined {
  const text = file.lines[line - 1] ?? '';
  const match = /(?:^|\s)#(.*)$/.exec(text);
  return match ? (match[1] ?? '').trim() : undefined;
}

/** The comment on a line, or on a comment-only line right above it. */
export function commentOnOrAbove(file: LoadedFile, line: number): string | undefined {
  const own = trailingComment(file, line);
  if (own) return own;
  const above = file.lines[line - 2] ?? '';
  return /^\s*#/.test(above) ? trailingComment(file, line - 1) : undefined;
}
