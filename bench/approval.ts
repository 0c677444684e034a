// The approval gate's GitHub API cost while it waits, and its reaction time to a valid vote.
// Runs the bundled action against the emulator. Waiting is replayed at 1 s per poll, at two
// lengths: the counted requests do not grow with the number of polls (unchanged polls answer
// 304), so an hour at the default 5 s (720 polls) costs what the replay shows.
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
const DEFAULT_INTERVAL_SECONDS = 5;
const POLLS_PER_HOUR = 3600 / DEFAULT_INTERVAL_SECONDS;
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

async function countedWhileWaiting(emulator: RunningEmulator, token: string, polls: number) {
  await emulator.control.resetLog();
  await gate(emulator, token, {
    'poll-interval-seconds': '1',
    'timeout-minutes': String(polls / 60),
  });
  const requests = (await emulator.control.requests()).filter(
    (r) => r.login === 'github-actions[bot]',
  );
  return {
    made: requests.length,
    notModified: requests.filter((r) => r.status === 304).length,
    counted: requests.filter((r) => r.counted).length,
  };
}

async function costOfWaiting(emulator: RunningEmulator, token: string) {
  const short = await countedWhileWaiting(emulator, token, 60);
  const long = await countedWhileWaiting(emulator, token, 180);
  return {
    'requests made, 60 / 180 polls': `${short.made} / ${long.made}`,
    'answered 304 Not Modified (free), 60 / 180 polls': `${short.notModified} / ${long.notModified}`,
    'counted against the rate limit, 60 / 180 polls': `${short.counted} / ${long.counted}`,
    [`counted per gate-hour at the default ${DEFAULT_INTERVAL_SECONDS} s (${POLLS_PER_HOUR} polls)`]:
      long.counted === short.counted ? String(long.counted) : 'grows with polls: see above',
    'a 5 s poll without ETags would count': String(POLLS_PER_HOUR),
  };
}

/** Votes at random moments while the gate waits at its default interval. */
async function reactionTime(emulator: RunningEmulator, token: string) {
  const samples: number[] = [];
  const ROUNDS = 9;
  for (let round = 1; round <= ROUNDS; round += 1) {
    const running = gate(emulator, token, {});
    const issue = await waitForIssue(emulator, token, round + 2);
    await sleep(Math.random() * 2 * DEFAULT_INTERVAL_SECONDS * 1000);
    const posted = performance.now();
    await postCommentAs(emulator, issue, 'alice', 'approve');
    await running;
    samples.push(performance.now() - posted);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(ROUNDS / 2)] ?? NaN;
  return {
    [`vote -> step finished, default ${DEFAULT_INTERVAL_SECONDS} s poll, median of ${ROUNDS}`]: `${median.toFixed(0)} ms`,
    'fastest / slowest': `${samples[0]?.toFixed(0)} / ${samples.at(-1)?.toFixed(0)} ms`,
    'aim: median': '<= 5000 ms',
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
