import { describe, expect, it, jest } from '@jest/globals';
import { readSettings } from '../src/inputs.js';

const DIGEST = `sha256:${'d'.repeat(64)}`;

function env(inputs: Record<string, string>): NodeJS.ProcessEnv {
  const defaults = {
    mode: 'push',
    'commit-method': 'git',
    branch: 'main',
    remote: 'origin',
    'repository-path': '.',
    'allow-downgrade': 'false',
    'max-attempts': '10',
    validate: 'kustomize',
  };
  const entries = Object.entries({ ...defaults, ...inputs }).map(([name, value]) => [
    `INPUT_${name.toUpperCase()}`,
    value,
  ]);
  return {
    GITHUB_WORKSPACE: '/work/repo',
    GITHUB_REPOSITORY: 'octo-org/infra-fleet',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '2',
    ...Object.fromEntries(entries),
  };
}

const read = (inputs: Record<string, string>) => readSettings(env(inputs));

describe('readSettings', () => {
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);

  it('builds typed settings once', () => {
    const settings = read({
      overlay: 'k8s/overlays/staging/',
      image: 'app',
      tag: 'v1',
      digest: DIGEST,
    });
    expect(settings).toMatchObject({
      repositoryPath: '/work/repo',
      overlay: 'k8s/overlays/staging',
      requests: [{ name: 'app', tag: 'v1', digest: DIGEST }],
      mode: 'push',
      commitMethod: 'git',
      branch: 'main',
      maxAttempts: 10,
      validate: 'kustomize',
      serverUrl: 'https://github.com',
      runUrl: 'https://github.com/octo-org/infra-fleet/actions/runs/42/attempts/2',
    });
  });

  it('reads images lines and promotion names', () => {
    expect(read({ overlay: 'o', images: `a=v1\n# comment\nb@${DIGEST}\n` }).requests).toEqual([
      { name: 'a', tag: 'v1' },
      { name: 'b', digest: DIGEST },
    ]);
    const promotion = read({
      overlay: 'o',
      'promote-from': './k8s/overlays/staging',
      images: 'a\nb',
    });
    expect(promotion.promoteFrom).toEqual({ overlay: 'k8s/overlays/staging', ref: undefined });
    expect(promotion.requests).toEqual([{ name: 'a' }, { name: 'b' }]);
  });

  it('leaves repository-path alone with the api method, which uses no checkout', () => {
    const api = { 'commit-method': 'api', token: 'ghs_x', 'repository-path': '/elsewhere' };
    expect(read({ overlay: 'o', image: 'a', tag: 'v1', ...api }).repositoryPath).toBe('/elsewhere');
  });

  it('accepts refs/heads/ in branch and anchors tag-pattern', () => {
    const settings = read({
      overlay: 'o',
      image: 'a',
      tag: 'v1',
      branch: 'refs/heads/release/1.x',
      'tag-pattern': 'v\\d+',
    });
    expect(settings.branch).toBe('release/1.x');
    expect(settings.tagPattern?.test('v1')).toBe(true);
    expect(settings.tagPattern?.test('v1-dirty')).toBe(false);
  });

  it.each([
    [{ image: 'a' }, /Input 'tag': no tag or digest given for "a"/],
    [{ tag: 'v1' }, /Input 'image': is required with tag or digest/],
    [{ images: 'a=v1', image: 'b', tag: 'v2' }, /Input 'images': cannot be combined/],
    [{ images: 'a=v1\na=v2' }, /Input 'images': image "a" is listed twice/],
    [
      { 'promote-from': 'k8s/overlays/staging', image: 'a', tag: 'v1' },
      /Input 'promote-from': cannot be combined with a tag/,
    ],
    [{ image: 'a', tag: 'v1', reason: 'two\nlines' }, /Input 'reason': must be one line/],
    [
      { image: 'a', tag: 'v1', 'tag-pattern': '(' },
      /Input 'tag-pattern': "\(" is not a valid regular expression/,
    ],
    [
      { image: 'a', tag: 'v1', remote: '--upload-pack=x' },
      /Input 'remote': "--upload-pack=x" is not a git remote name/,
    ],
    [
      { image: 'a', tag: 'v1', branch: '-delete' },
      /Input 'branch': "-delete" is not a valid branch name/,
    ],
    [{ image: 'a', tag: 'v1', branch: 'main\u0007' }, /Input 'branch': "main\\u0007"/],
    [
      { image: 'a', tag: 'v1', overlay: 'k8s/../../x' },
      /Input 'overlay': "k8s\/\.\.\/\.\.\/x" is outside the repository/,
    ],
    [{ image: 'a', tag: 'v1', 'max-attempts': '51' }, /Input 'max-attempts'/],
    [
      { image: 'a', tag: 'v1', 'repository-path': '../other' },
      /Input 'repository-path': "\.\.\/other" is outside the workspace \/work\/repo\./,
    ],
    [
      { image: 'a', tag: 'v1', 'repository-path': '/home/runner/other' },
      /Input 'repository-path': "\/home\/runner\/other" is outside the workspace/,
    ],
    [
      { 'promote-from': 'k8s/overlays/staging', image: 'a', 'promote-from-ref': '--upload-pack=x' },
      /Input 'promote-from-ref': "--upload-pack=x" is not a commit sha or ref name/,
    ],
  ])('rejects %j', (inputs, message) => {
    expect(() => read({ overlay: 'o', ...inputs })).toThrow(message);
  });
});
