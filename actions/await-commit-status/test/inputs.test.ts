import { resolve } from 'node:path';
import { describe, expect, it, jest } from '@jest/globals';
import { InputError } from '@infra-fleet/action-kit';
import { actionInputs, inputEnv } from '@infra-fleet/testkit';
import { readSettings } from '../src/inputs.js';
import { isWatched, watchedChanges } from '../src/watch-paths.js';

const ACTION_DIR = resolve(import.meta.dirname, '..');
const TOKEN = 'ghs_InputsTestToken0123456789';
const SHA = '0123456789abcdef0123456789abcdef01234567';

/** INPUT_* exactly as the runner would set them: action.yml defaults plus the given values. */
function env(inputs: Record<string, string>, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...inputEnv(actionInputs(ACTION_DIR), inputs, { token: TOKEN }),
    GITHUB_REPOSITORY: 'octo-org/infra-fleet',
    ...extra,
  };
}

const read = (inputs: Record<string, string>, extra?: NodeJS.ProcessEnv) =>
  readSettings(
    env({ sha: SHA, environment: 'staging', 'expected-creator': 'flux-bot', ...inputs }, extra),
  );

function inputError(inputs: Record<string, string>): InputError {
  try {
    read(inputs);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`no InputError for ${JSON.stringify(inputs)}`);
}

describe('readSettings', () => {
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);

  it('builds typed settings from the action.yml defaults, leaving contexts and paths to infra-fleet.yaml', () => {
    expect(read({})).toEqual({
      mode: 'wait',
      sha: SHA,
      environment: 'staging',
      contexts: [],
      config: { path: 'infra-fleet.yaml', explicit: false },
      expectedCreator: 'flux-bot',
      successDescriptions: ['reconciliation succeeded'],
      branch: 'main',
      watchPaths: [],
      timeoutSeconds: 900,
      pollIntervalSeconds: 15,
      token: TOKEN,
      repo: { owner: 'octo-org', repo: 'infra-fleet' },
      apiUrl: 'https://api.github.com',
      serverUrl: 'https://github.com',
      warnings: [],
    });
  });

  it('masks the token', () => {
    stdout.mockClear();
    read({});
    const written = stdout.mock.calls.map((call) => String(call[0])).join('');
    expect(written).toContain(`::add-mask::${TOKEN}`);
  });

  it('reads lists, trims them, drops duplicates, and accepts an upper-case sha', () => {
    const settings = read({
      sha: SHA.toUpperCase(),
      contexts:
        'flux/staging/kustomization/a, flux/staging/kustomization/b\nflux/staging/kustomization/a',
      'success-descriptions': 'reconciliation succeeded\nhealth check passed',
      'watch-paths': './k8s/overlays/staging/\nk8s/base\nk8s/clusters/staging//',
      branch: 'refs/heads/release/1.x',
      'expected-creator': '@flux-app[bot]',
    });
    expect(settings).toMatchObject({
      sha: SHA,
      contexts: ['flux/staging/kustomization/a', 'flux/staging/kustomization/b'],
      successDescriptions: ['reconciliation succeeded', 'health check passed'],
      watchPaths: ['k8s/overlays/staging/', 'k8s/base', 'k8s/clusters/staging/'],
      branch: 'release/1.x',
      expectedCreator: 'flux-app[bot]',
    });
  });

  it('accepts any description when success-descriptions is set empty', () => {
    expect(read({ 'success-descriptions': '' }).successDescriptions).toEqual([]);
  });

  it('warns about short polls and timeouts longer than a hosted job', () => {
    const { warnings } = read({ 'poll-interval-seconds': '1', 'timeout-seconds': '30000' });
    expect(warnings).toHaveLength(2);
    expect(warnings.join('\n')).toContain('meant for tests');
    expect(warnings.join('\n')).toContain('30000');
  });

  it.each([
    [{ sha: 'abc1234' }, 'sha', '"abc1234" is not a full 40-hex commit sha'],
    [{ sha: 'main' }, 'sha', '"main"'],
    [{ sha: `${SHA.slice(0, 39)}g` }, 'sha', 'not a full 40-hex'],
    [{ environment: 'stag ing' }, 'environment', '"stag ing"'],
    [{ environment: '../prod' }, 'environment', '"../prod"'],
    [{ 'expected-creator': '' }, 'expected-creator', 'is required'],
    [{ 'expected-creator': 'flux bot' }, 'expected-creator', '"flux bot" is not a GitHub login'],
    [{ 'expected-creator': 'github-actions[bot]' }, 'expected-creator', 'could forge'],
    [{ 'expected-creator': 'GitHub-Actions' }, 'expected-creator', 'could forge'],
    [{ branch: 'main..x' }, 'branch', '"main..x" is not a branch name'],
    [{ branch: 'feature branch' }, 'branch', '"feature branch"'],
    [{ 'watch-paths': '/etc/' }, 'watch-paths', '"/etc/"'],
    [{ 'watch-paths': 'k8s/../secrets' }, 'watch-paths', '"k8s/../secrets"'],
    [{ 'watch-paths': 'k8s/overlays/*/' }, 'watch-paths', 'without globs'],
    [{ 'timeout-seconds': '0' }, 'timeout-seconds', 'out of range'],
    [{ 'timeout-seconds': '90000' }, 'timeout-seconds', 'out of range'],
    [{ 'timeout-seconds': '1.5' }, 'timeout-seconds', 'not a whole number'],
    [{ 'poll-interval-seconds': '0' }, 'poll-interval-seconds', 'out of range'],
    [{ contexts: 'flux/\u0007bell' }, 'contexts', 'is not a status context'],
    [{ token: '' }, 'token', 'is required'],
  ])('refuses %j with an error naming %s', (inputs, input, text) => {
    const error = inputError(inputs);
    expect(error.input).toBe(input);
    expect(`${error.message} ${error.hint ?? ''}`).toContain(text);
  });

  it('needs GITHUB_REPOSITORY as owner/name', () => {
    expect(() => read({}, { GITHUB_REPOSITORY: 'nope' })).toThrow(/owner\/repo/);
  });
});

describe('watch paths', () => {
  it.each([
    ['k8s/overlays/staging/kustomization.yaml', 'k8s/overlays/staging/', true],
    ['k8s/overlays/staging-eu/kustomization.yaml', 'k8s/overlays/staging/', false],
    ['k8s/overlays/staging-eu/kustomization.yaml', 'k8s/overlays/staging', false],
    ['k8s/overlays/staging/patch.yaml', 'k8s/overlays/staging', true],
    ['k8s/base/deployment.yaml', 'k8s/base/deployment.yaml', true],
    ['README.md', 'k8s/overlays/staging/', false],
  ])('%s under %s: %s', (path, watch, expected) => {
    expect(isWatched(path, watch)).toBe(expected);
  });

  it('counts a file moved out of a watched folder by its old name', () => {
    const files = [
      { filename: 'docs/x.md' },
      { filename: 'archive/kustomization.yaml', previousFilename: 'k8s/overlays/staging/old.yaml' },
    ];
    expect(watchedChanges(files, ['k8s/overlays/staging/'])).toEqual([
      'k8s/overlays/staging/old.yaml',
    ]);
  });
});
