import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { actionInputs, inputEnv, pushEvent, releasePublishedEvent } from '@infra-fleet/testkit';
import { readSettings } from '../src/inputs.js';
import { matchingRefPattern, refPattern } from '../src/refs.js';

const ACTION_DIR = resolve(import.meta.dirname, '..');
const TOKEN = 'ghs_InputsTestToken0123456789';
const dir = mkdtempSync(join(tmpdir(), 'approval-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function eventFile(payload: object): string {
  const path = join(dir, `event-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

/** INPUT_* exactly as the runner would set them: action.yml defaults plus the given values. */
function env(inputs: Record<string, string>, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...inputEnv(actionInputs(ACTION_DIR), inputs, { token: TOKEN }),
    GITHUB_REPOSITORY: 'octo-org/infra-fleet',
    GITHUB_REF: 'refs/tags/v1.2.3',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_ACTOR: 'octocat',
    GITHUB_TRIGGERING_ACTOR: 'hubot',
    GITHUB_WORKFLOW: 'release',
    GITHUB_JOB: 'gate',
    GITHUB_EVENT_NAME: 'release',
    ...extra,
  };
}

const read = (inputs: Record<string, string>, extra?: NodeJS.ProcessEnv) =>
  readSettings(env({ environment: 'production', ...inputs }, extra));

describe('readSettings', () => {
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);

  it('builds typed settings from the action.yml defaults', () => {
    const settings = read({});
    expect(settings).toMatchObject({
      environment: 'production',
      mode: 'auto',
      approvers: { users: [], teams: [] },
      minimumApprovals: 1,
      allowSelfApproval: false,
      allowedRefs: ['refs/heads/main', 'refs/tags/v*'],
      timeoutMinutes: 60,
      pollIntervalSeconds: 5,
      deployment: true,
      token: TOKEN,
      warnings: [],
      context: {
        owner: 'octo-org',
        repo: 'infra-fleet',
        ref: 'refs/tags/v1.2.3',
        runId: 42,
        runUrl: 'https://github.com/octo-org/infra-fleet/actions/runs/42/attempts/2',
        apiUrl: 'https://api.github.com',
      },
    });
    expect(stdout).toHaveBeenCalledWith(`::add-mask::${TOKEN}\n`);
  });

  it('reads membership-token, masked, only when given', () => {
    expect(read({}).membershipToken).toBeUndefined();
    const settings = read({ 'membership-token': 'ghs_MembersOnly0123' });
    expect(settings.membershipToken).toBe('ghs_MembersOnly0123');
    expect(stdout).toHaveBeenCalledWith('::add-mask::ghs_MembersOnly0123\n');
  });

  it('reads approvers as users and org/team, by line or comma, @ optional', () => {
    const settings = read({ approvers: '@alice, bob\nocto-org/sre-oncall\n# comment\nbob' });
    expect(settings.approvers).toEqual({
      users: ['alice', 'bob'],
      teams: [{ org: 'octo-org', slug: 'sre-oncall' }],
    });
  });

  it('makes the run actor, triggering actor, release author and sender "self"', () => {
    const event = releasePublishedEvent({ tagName: 'v1.2.3', author: 'releaser', sender: 'Pub' });
    const settings = read({}, { GITHUB_EVENT_PATH: eventFile(event.payload) });
    expect(Object.fromEntries(settings.context.self)).toEqual({
      octocat: ['run actor'],
      hubot: ['triggering actor'],
      releaser: ['release author'],
      pub: ['event sender'],
    });
  });

  it('makes the pushed commits\' authors "self"', () => {
    const { payload } = pushEvent({ before: 'b'.repeat(40), after: 'a'.repeat(40) });
    const commits = [{ id: 'a'.repeat(40), author: { username: 'Dev1' } }];
    const path = eventFile({ ...payload, head_commit: commits[0], commits });
    expect(read({}, { GITHUB_EVENT_PATH: path }).context.self.get('dev1')).toEqual([
      'commit author',
    ]);
  });

  it('accepts fractional timeouts and short polls, warning about them', () => {
    const settings = read({ 'timeout-minutes': '0.05', 'poll-interval-seconds': '1' });
    expect(settings.timeoutMinutes).toBe(0.05);
    expect(settings.warnings).toEqual([expect.stringContaining('meant for tests')]);
  });

  it('warns when the timeout exceeds the 6-hour hosted job limit', () => {
    expect(read({ 'timeout-minutes': '361' }).warnings).toEqual([
      expect.stringContaining('more than the 360 minutes a GitHub-hosted job may run'),
    ]);
  });

  const invalid: Array<[string, Record<string, string>, RegExp]> = [
    ['no environment', { environment: '' }, /Input 'environment': is required/],
    ['a multi-line environment', { environment: 'prod\nstaging' }, /not an environment name/],
    ['an unknown mode', { mode: 'manual' }, /Input 'mode': "manual" is not allowed/],
    ['a bot approver', { approvers: 'renovate[bot]' }, /"renovate\[bot\]" is neither a user login/],
    ['a nested team path', { approvers: 'a/b/c' }, /"a\/b\/c" is neither/],
    ['zero approvals', { 'minimum-approvals': '0' }, /Input 'minimum-approvals': 0 is out of range/],
    ['more approvals than listed people', { approvers: 'alice', 'minimum-approvals': '2' }, /could never open/],
    ['a short ref pattern', { 'allowed-refs': 'main' }, /"main" is not a full ref pattern/],
    ['no ref pattern', { 'allowed-refs': '# none' }, /lists no ref/],
    ['a zero timeout', { 'timeout-minutes': '0' }, /"0" is not a number of minutes/],
    ['a timeout past the token lifetime', { 'timeout-minutes': '1441' }, /above 0 to 1440/],
    ['a negative timeout', { 'timeout-minutes': '-5' }, /not a number of minutes/],
    ['a zero poll interval', { 'poll-interval-seconds': '0' }, /out of range/],
    ['a non-boolean flag', { 'allow-self-approval': 'yes' }, /"yes" is not a boolean/],
    ['no token', { token: '' }, /Input 'token': is required/],
  ]; // prettier-ignore

  it.each(invalid)('rejects %s', (_name, inputs, message) => {
    expect(() => read(inputs)).toThrow(message);
  });

  it('rejects a GITHUB_REPOSITORY that is not owner/name', () => {
    expect(() => read({}, { GITHUB_REPOSITORY: 'infra-fleet' })).toThrow(/is not owner\/name/);
  });
});

describe('allowed-refs globs', () => {
  const patterns = ['refs/heads/main', 'refs/tags/v*', 'refs/heads/release/**'];
  it.each([
    ['refs/heads/main', 'refs/heads/main'],
    ['refs/tags/v1.2.3', 'refs/tags/v*'],
    ['refs/tags/v', 'refs/tags/v*'],
    ['refs/heads/release/2026/01', 'refs/heads/release/**'],
  ])('%s matches %s', (ref, pattern) => {
    expect(matchingRefPattern(ref, patterns)).toBe(pattern);
  });

  it.each([
    'refs/heads/main2',
    'refs/heads/feature/main',
    'refs/tags/v1/evil',
    'refs/tags/x1.0.0',
    'refs/pull/1/merge',
    '',
  ])('%j matches none', (ref) => {
    expect(matchingRefPattern(ref, patterns)).toBeUndefined();
  });

  it('treats regular-expression characters literally', () => {
    expect(refPattern('refs/tags/v1.0+(x)').test('refs/tags/v1.0+(x)')).toBe(true);
    expect(refPattern('refs/tags/v1.0').test('refs/tags/v1x0')).toBe(false);
  });
});
