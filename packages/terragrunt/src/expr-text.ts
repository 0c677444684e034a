const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** Reads the backslash escape of a quoted HCL string at `at`: \n \r \t \" \\ \uNNNN \UNNNNNNNN. */
export function readQuotedEscape(
  src: string,
  at: number,
): { text: string; next: number } | undefined {
  const letter = src[at + 1] ?? '';
  const simple = SIMPLE_ESCAPES[letter];
  if (simple !== undefined) return { text: simple, next: at + 2 };
  const width = letter === 'u' ? 4 : letter === 'U' ? 8 : 0;
  const hex = src.slice(at + 2, at + 2 + width);
  if (!width || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) return undefined;
  return { text: String.fromCodePoint(parseInt(hex, 16)), next: at + 2 + width };
}

/** `<<-` heredocs drop the indentation common to every non-blank line. */
export function dedentHeredoc(body: string): string {
  const lines = body.split('\n');
  const indents = lines
    .filter((line) => line.trim() !== '')
    .map((line) => /^[ \t]*/.exec(line)![0].length);
  const strip = indents.length ? Math.min(...indents) : 0;
  return lines
    .map((line) => line.slice(Math.min(strip, /^[ \t]*/.exec(line)![0].length)))
    .join('\n');
}
