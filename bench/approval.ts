// The approval gate's GitHub API cost while it waits, and its reaction time to a valid vote.
// Runs the bundled action against the emulator; one hour at the default 30 s interval is
// replayed as 120 polls at 1 s.
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  createRun,
  postCommentAs,
  startEmulator,
  type RunningEmulator,
} from '@infra-fleet/github-emulator';
import { releasePublishedEvent, runAction, runGit } from '@infra-fleet/testkit';

const GATE = join(resolve(import.meta.dirname, '..'), 'actions/await-environment-approval');
const POLLS_PER_HOUR = 3600 / 30;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function gate(emulator: RunningEmulator, token: string, inputs: Record<string, string>) {
  const run = await createRun(emulator, { actor: 'octocat' });
  return runAction({
    actionDir: GATE,
    token,
    inputs: { environment: 'production', mode: 'issue', ...inputs },
    event: releasePublishedEvent({ tagName: 'v1.0.0', author: 'octocat', sender: 'octocat' }),
    env: {
      GITHUB_API_URL: emulator.url,
      GITHUB_REPOSITORY: 'octo-org/infra-fleet',
      GITHUB_REF: 'refs/tags/v1.0.0',
      GITHUB_SHA: runGit(['rev-parse', 'main'], emulator.gitDir),
      GITHUB_RUN_ID: String(run.id),
    },
    timeoutMs: 10 * 60_000,
  });
}

async function costOfWaiting(emulator: RunningEmulator, token: string) {
  await emulator.control.resetLog();
  // 120 polls at 1 s stand for one hour at the default 30 s; the gate then times out.
  await gate(emulator, token, {
    'poll-interval-seconds': '1',
    'timeout-minutes': String(POLLS_PER_HOUR / 60),
  });
  const requests = (await emulator.control.requests()).filter(
    (r) => r.login === 'github-actions[bot]',
  );
  const counted = requests.filter((r) => r.counted).length;
  return {
    'requests made while waiting one hour (replayed)': String(requests.length),
    'answered 304 Not Modified (free)': String(requests.filter((r) => r.status === 304).length),
    'counted against the rate limit': String(counted),
    'a 10 s poll without ETags would count': '360',
  };
}

async function reactionTime(emulator: RunningEmulator, token: string) {
  const samples: number[] = [];
  for (let round = 1; round <= 5; round += 1) {
    const running = gate(emulator, token, { 'poll-interval-seconds': '1' });
    const issue = await waitForIssue(emulator, token, round + 1);
    const posted = performance.now();
    await postCommentAs(emulator, issue, 'alice', 'approve');
    await running;
    samples.push(performance.now() - posted);
  }
  samples.sort((a, b) => a - b);
  return {
    'approval comment -> step finished, poll 1 s (median of 5)': `${samples[2]?.toFixed(0)} ms`,
    'worst case at the default 30 s poll': 'one poll interval + the figure above',
  };
}

async function waitForIssue(
  emulator: RunningEmulator,
  token: string,
  number: number,
): Promise<number> {
  for (;;) {
    const response = await fetch(`${emulator.url}/repos/octo-org/infra-fleet/issues/${number}`, {
      headers: { authorization: `token ${token}` },
    });
    if (response.status === 200) return number;
    await sleep(20);
  }
}

function print(title: string, rows: Record<string, string>): void {
  console.log(`\n${title}`);
  for (const [name, value] of Object.entries(rows)) console.log(`  ${name.padEnd(58)} ${value}`);
}

const emulator = await startEmulator();
try {
  for (const login of ['alice', 'octocat']) {
    await emulator.control.addAccount({ login, type: 'User' });
    await emulator.control.setCollaborator(login, 'write');
  }
  const token = await emulator.control.createToken('github-actions[bot]', {
    issues: 'write',
    deployments: 'write',
    actions: 'read',
    contents: 'read',
  });
  print(
    'await-environment-approval: API cost of one hour of waiting',
    await costOfWaiting(emulator, token),
  );
  print(
    'await-environment-approval: reaction to a valid approval',
    await reactionTime(emulator, token),
  );
} finally {
  await emulator.close();
}
