import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { Git, landWithCompareAndSwap, type LandingResult } from '../src/index.js';
import { createRepoWithOrigin, TEST_GIT_ENV, type TestRepo } from './helpers.js';

const WRITERS = 8;
const FILE = 'shared/lines.txt';
const initialLines = Array.from({ length: WRITERS }, (_, i) => `line ${i}: original`);

let repo: TestRepo;
beforeAll(() => {
  repo = createRepoWithOrigin({ files: { [FILE]: `${initialLines.join('\n')}\n` } });
});
afterAll(() => repo.cleanup());

/** Resolves once `count` callers have arrived: every writer plans on the same tip before anyone pushes. */
function barrier(count: number): () => Promise<void> {
  let arrived = 0;
  let release: () => void = () => undefined;
  const open = new Promise<void>((resolve) => (release = resolve));
  return () => {
    if (++arrived === count) release();
    return open;
  };
}

interface Plan {
  sha?: string;
}

/** One writer: its own clone, changing only its own line, recomputed from every fetched tip. */
async function writer(index: number, firstPublish: () => Promise<void>, retries: number[]) {
  const cwd = repo.clone({ name: `writer-${index}` });
  const git = new Git({ cwd, env: TEST_GIT_ENV, transports: { filePush: true } });
  const bot = { name: `writer ${index}`, email: `writer-${index}@example.com` };
  return landWithCompareAndSwap<Plan>({
    maxAttempts: 40,
    backoff: { baseMs: 5, maxMs: 100 },
    readTip: () => git.fetchBranch('origin', 'main'),
    plan: async (tip) => {
      const file = await git.readFile(tip, FILE);
      if (!file) throw new Error(`${FILE} vanished at ${tip}`);
      const lines = file.content.split('\n');
      const wanted = `line ${index}: set by writer ${index}`;
      if (lines[index] === wanted) return {};
      lines[index] = wanted;
      const tree = await git.writeTree(tip, [{ path: FILE, content: lines.join('\n') }]);
      return { sha: await git.commitTree(tree, [tip], `writer ${index} sets line ${index}`, bot) };
    },
    isNoop: (plan) => plan.sha === undefined,
    publish: async (_tip, plan) => {
      if (retries[index] === 0) await firstPublish();
      const pushed = await git.push('origin', plan.sha ?? '', 'main');
      if (pushed.status === 'stale') return pushed;
      return { status: 'landed', sha: plan.sha ?? '' };
    },
    onRetry: () => {
      retries[index] = (retries[index] ?? 0) + 1;
    },
  });
}

it('eight concurrent writers all land, linearly, with no lost update', async () => {
  const retries: number[] = Array.from({ length: WRITERS }, () => 0);
  const firstPublish = barrier(WRITERS);
  const results: Array<LandingResult<Plan>> = await Promise.all(
    Array.from({ length: WRITERS }, (_, index) => writer(index, firstPublish, retries)),
  );

  expect(results.map((result) => result.status)).toEqual(Array(WRITERS).fill('landed'));
  // All eight planned on the same tip, so at most one of the first pushes could win.
  expect(retries.reduce((sum, n) => sum + n, 0)).toBeGreaterThanOrEqual(WRITERS - 1);

  const origin = (args: string[]) => repo.git(args, repo.origin);
  expect(origin(['rev-list', '--merges', 'main'])).toBe('');
  expect(origin(['rev-list', '--count', 'main'])).toBe(String(1 + WRITERS));
  const landed = results.map((result) => (result.status === 'landed' ? result.sha : ''));
  const history = origin(['rev-list', `--max-count=${WRITERS}`, 'main']).split('\n');
  expect([...history].sort()).toEqual([...landed].sort());
  for (const sha of history)
    expect(origin(['diff', '--numstat', `${sha}~1`, sha])).toBe(`1\t1\t${FILE}`);

  const final = origin(['show', `main:${FILE}`]).split('\n');
  expect(final).toEqual(initialLines.map((_, i) => `line ${i}: set by writer ${i}`));
});
