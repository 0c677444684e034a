/** One simple command of a script: its words, and the script line it starts on (0-based). */
export interface ShellCommand {
  words: string[];
  line: number;
}

const OPERATORS = new Set([';', '&', '|', '(', ')']);

/**
 * Splits a script into simple commands, well enough to recognise `git commit -a`: quotes and
 * backslashes are honoured, `\`-continued lines are joined, comments dropped. Not a shell parser.
 */
export function shellCommands(script: string): ShellCommand[] {
  return logicalLines(script).flatMap(({ text, line }) => {
    const commands: ShellCommand[] = [];
    let words: string[] = [];
    for (const token of tokens(text)) {
      if (token.operator) {
        if (words.length > 0) commands.push({ words, line });
        words = [];
      } else words.push(token.word);
    }
    if (words.length > 0) commands.push({ words, line });
    return commands;
  });
}

function logicalLines(script: string): Array<{ text: string; line: number }> {
  const result: Array<{ text: string; line: number }> = [];
  let pending: { text: string; line: number } | undefined;
  script.split('\n').forEach((raw, index) => {
    const current = pending ?? { text: '', line: index };
    const continued = /(?<!\\)\\$/.test(raw);
    current.text += continued ? raw.slice(0, -1) : raw;
    pending = continued ? current : undefined;
    if (!continued) result.push(current);
  });
  if (pending) result.push(pending);
  return result;
}

type Token = { operator: true } | { operator: false; word: string };

function tokens(line: string): Token[] {
  const result: Token[] = [];
  let word = '';
  let inWord = false;
  let quote: string | undefined;
  const flush = () => {
    if (inWord) result.push({ operator: false, word });
    word = '';
    inWord = false;
  };
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i] ?? '';
    if (quote) {
      if (char === quote) quote = undefined;
      else if (char === '\\' && quote === '"') word += line[++i] ?? '';
      else word += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      inWord = true;
    } else if (char === '\\') {
      word += line[++i] ?? '';
      inWord = true;
    } else if (/\s/.test(char)) flush();
    else if (char === '#' && !inWord) break;
    else if (OPERATORS.has(char)) {
      flush();
      result.push({ operator: true });
    } else {
      word += char;
      inWord = true;
    }
  }
  flush();
  return result;
}
