import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestRepo } from '@infra-fleet/testkit';
import { IMAGE, STAGING, bump, fileAt, k8sRepo, logText, snapshot } from './helpers.js';

const KUSTOMIZATION = `${STAGING}/kustomization.yaml`;
let repo: TestRepo;
let workspace: string;

beforeAll(() => {
  repo = k8sRepo();
  // Broken overlays live on the branch, so the action meets them only after fetching.
  repo.commitFiles(
    {
      'k8s/overlays/not-yaml/kustomization.yaml': 'images:\n  - name: app\n    newTag: [v1\n',
      'k8s/overlays/unquoted/kustomization.yaml': 'images:\n  - name: app\n    newTag: 1.10\n',
    },
    'add broken overlays',
  );
  workspace = repo.clone();
  symlinkSync('/etc', join(workspace, 'k8s/overlays/escape'));
});

afterAll(() => repo.cleanup());

const cases: Array<[string, Record<string, string>, RegExp]> = [
  ['a command substitution', { tag: '$(id)' }, /Input 'tag': "\$\(id\)" is not a valid image tag/],
  ['backticks', { tag: 'v1`id`' }, /Input 'tag': "v1`id`" .*"`" \(U\+0060\)/],
  ['a semicolon', { tag: 'v1;reboot' }, /Input 'tag': "v1;reboot" .*";" \(U\+003B\)/],
  ['a newline', { tag: 'v1\nv2' }, /Input 'tag': "v1\\nv2" .*U\+000A/],
  ['a leading dash', { tag: '-v1' }, /Input 'tag': "-v1" .*must start with/],
  ['129 characters', { tag: 'v'.repeat(129) }, /Input 'tag': "v{129}" .*129 characters long/],
  ['a Cyrillic look-alike', { tag: 'v1.2.3\u0430' }, /Input 'tag': "v1\.2\.3\\u0430" .*U\+0430/],
  [
    'an upper-case digest',
    { digest: `sha256:${'A'.repeat(64)}` },
    /Input 'digest': .*Write the hex part in lower case/s,
  ],
  [
    'a short digest',
    { digest: 'sha256:abc' },
    /Input 'digest': "sha256:abc" is not a valid sha256 digest/,
  ],
  [
    'an unknown image',
    { image: 'nginx', tag: 'v1' },
    /Image "nginx" is not in the images list of k8s\/overlays\/staging\/kustomization\.yaml.*"ECR_PLACEHOLDER"/s,
  ],
  [
    'an overlay outside the workspace',
    { overlay: '../../etc', tag: 'v1' },
    /Input 'overlay': "\.\.\/\.\.\/etc" is outside the repository/,
  ],
  [
    'an absolute overlay path',
    { overlay: '/etc', tag: 'v1' },
    /Input 'overlay': "\/etc" is outside the repository/,
  ],
  [
    'a symlink leaving the workspace',
    { overlay: 'k8s/overlays/escape', tag: 'v1' },
    /"k8s\/overlays\/escape" leads outside the repository through a symlink/,
  ],
  [
    'a missing overlay',
    { overlay: 'k8s/overlays/qa', tag: 'v1' },
    /Overlay "k8s\/overlays\/qa" does not exist on main/,
  ],
  [
    'a kustomization that is not YAML',
    { overlay: 'k8s/overlays/not-yaml', image: 'app', tag: 'v2' },
    /k8s\/overlays\/not-yaml\/kustomization\.yaml/,
  ],
  [
    'a downgrade allowed without a reason',
    { tag: 'v0.1.0', 'allow-downgrade': 'true' },
    /Input 'reason': is required with allow-downgrade/,
  ],
  [
    'an invalid mode',
    { tag: 'v1', mode: 'force' },
    /Input 'mode': "force".*push, pull-request, dry-run/s,
  ],
  [
    'a tag outside tag-pattern',
    { tag: 'v2.0.0-dirty', 'tag-pattern': 'v\\d+\\.\\d+\\.\\d+' },
    /does not match tag-pattern/,
  ],
  ['max-attempts out of range', { tag: 'v1', 'max-attempts': '0' }, /Input 'max-attempts'/],
  [
    'a bad branch name',
    { tag: 'v1', branch: 'main..x' },
    /Input 'branch': "main\.\.x" is not a valid branch name/,
  ],
];

describe('bad input fails clearly and changes nothing', () => {
  it.each(cases)('%s', async (_label, inputs, message) => {
    const before = snapshot(repo, workspace);
    const run = await bump(workspace, { overlay: STAGING, image: IMAGE, ...inputs });
    expect(run.exitCode).toBe(1);
    expect(
      run.annotations
        .filter((a) => a.command === 'error')
        .map((a) => a.message)
        .join('\n'),
    ).toMatch(message);
    expect(snapshot(repo, workspace)).toEqual(before);
    expect(fileAt(repo, 'main', KUSTOMIZATION)).toContain('newTag: v1.0.0');
  });

  it('refuses a tag YAML would not read as a string in the existing file', async () => {
    const run = await bump(workspace, {
      overlay: 'k8s/overlays/unquoted',
      image: 'app',
      tag: 'v2',
    });
    expect(run.exitCode).toBe(1);
    expect(logText(run)).toMatch(/k8s\/overlays\/unquoted\/kustomization\.yaml/);
  });
});
