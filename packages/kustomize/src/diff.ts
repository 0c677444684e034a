/** One line of a file: its text without the line break, and whether a break followed it. */
interface Line {
  text: string;
  eol: boolean;
}

interface Op {
  kind: ' ' | '-' | '+';
  line: Line;
  /** Lines of the old and new file before this one. */
  a: number;
  b: number;
}

/** A git-style unified diff of two texts; '' when they are equal. */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const ops = diffOps(splitLines(before), splitLines(after));
  const hunks = groupHunks(ops, context).map(formatHunk);
  return [`--- a/${path}\n`, `+++ b/${path}\n`, ...hunks].join('');
}

function splitLines(text: string): Line[] {
  if (text === '') return [];
  const parts = text.split('\n');
  const last = parts.pop() as string;
  const lines = parts.map((part) => ({ text: part, eol: true }));
  if (last !== '') lines.push({ text: last, eol: false });
  return lines;
}

const keyOf = (line: Line): string => (line.eol ? `${line.text}\n` : line.text);

/** A minimal edit script (Myers) after trimming the common head and tail. */
function diffOps(a: readonly Line[], b: readonly Line[]): Op[] {
  const [ka, kb] = [a.map(keyOf), b.map(keyOf)];
  let head = 0;
  while (head < a.length && head < b.length && ka[head] === kb[head]) head += 1;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    ka[a.length - 1 - tail] === kb[b.length - 1 - tail]
  ) {
    tail += 1;
  }
  const middle = myers(ka.slice(head, a.length - tail), kb.slice(head, b.length - tail));
  const kinds = [...Array<' '>(head).fill(' '), ...middle, ...Array<' '>(tail).fill(' ')];
  let [x, y] = [0, 0];
  return kinds.map((kind) => {
    const op: Op = { kind, line: (kind === '+' ? b[y] : a[x]) as Line, a: x, b: y };
    if (kind !== '+') x += 1;
    if (kind !== '-') y += 1;
    return op;
  });
}

function myers(a: readonly string[], b: readonly string[]): Op['kind'][] {
  const [n, m] = [a.length, b.length];
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= n + m; d += 1) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = down(v, k, d, offset)
        ? (v[offset + k + 1] as number)
        : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) [x, y] = [x + 1, y + 1];
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m, offset);
    }
  }
  return [];
}

/** Whether the path to diagonal k comes from k+1 (an insertion) rather than k-1 (a deletion). */
function down(v: Int32Array, k: number, d: number, offset: number): boolean {
  return k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number));
}

function backtrack(trace: Int32Array[], n: number, m: number, offset: number): Op['kind'][] {
  const kinds: Op['kind'][] = [];
  let [x, y] = [n, m];
  for (let d = trace.length - 1; d >= 0; d -= 1) {
    const v = trace[d] as Int32Array;
    const k = x - y;
    const prevK = down(v, k, d, offset) ? k + 1 : k - 1;
    const prevX = v[offset + prevK] as number;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) [x, y, kinds[kinds.length]] = [x - 1, y - 1, ' '];
    if (d > 0) kinds.push(x === prevX ? '+' : '-');
    [x, y] = [prevX, prevY];
  }
  return kinds.reverse();
}

/** Changes closer than 2*context lines share a hunk, as in git. */
function groupHunks(ops: readonly Op[], context: number): Op[][] {
  const changed = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
  const hunks: Op[][] = [];
  let start = -1;
  let end = -1;
  for (const index of changed) {
    if (start >= 0 && index - end - 1 > 2 * context) {
      hunks.push(ops.slice(start, end + context + 1));
      start = -1;
    }
    if (start < 0) start = Math.max(0, index - context);
    end = index;
  }
  hunks.push(ops.slice(start, end + context + 1));
  return hunks;
}

function formatHunk(ops: readonly Op[]): string {
  const first = ops[0] as Op;
  const oldCount = ops.filter((op) => op.kind !== '+').length;
  const newCount = ops.filter((op) => op.kind !== '-').length;
  const header = `@@ -${range(first.a, oldCount)} +${range(first.b, newCount)} @@\n`;
  return header + ops.map(formatLine).join('');
}

function range(before: number, count: number): string {
  const start = count === 0 ? before : before + 1;
  return count === 1 ? `${start}` : `${start},${count}`;
}

function formatLine(op: Op): string {
  const text = op.line.text.endsWith('\r') ? op.line.text.slice(0, -1) : op.line.text;
  return `${op.kind}${text}\n${op.line.eol ? '' : '\\ No newline at end of file\n'}`;
}
