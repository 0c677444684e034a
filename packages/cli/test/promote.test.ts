import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fleetStory, type FleetStory } from '../../fleet-status/test/fleet-story.js';
import { runCli } from './run-cli.js';

let story: FleetStory;
const REPO = ['--repo', 'octo-org/infra-fleet'];

beforeAll(async () => {
  story = await fleetStory();
});
afterAll(() => story.close());

describe('infra-fleet promote --dry-run', () => {
  it('prints the one-value diff and the trailers bump-overlay-tag would land', async () => {
    const run = await runCli(
      [
        'promote',
        '--app',
        'load-harness',
        '--from',
        'staging',
        '--to',
        'production',
        '--dry-run',
        ...REPO,
      ],
      story.checkout,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const changed = run.stdout.split('\n').filter((line) => /^[-+][^-+]/.test(line));
    expect(changed).toEqual(['-    newTag: v1.2.3', '+    newTag: v1.3.0']);
    expect(run.stdout).toContain('promote(production): ECR_PLACEHOLDER v1.3.0 from staging');
    expect(run.stdout).toContain(`Promoted-From: staging@${story.commits.stagingNext}`);
  });

  it('promotes what the source held at --from-ref', async () => {
    const run = await runCli(
      [
        'promote',
        '--app',
        'load-harness',
        '--from',
        'staging',
        '--to',
        'production',
        '--dry-run',
        '--from-ref',
        story.commits.stagingRelease,
        ...REPO,
      ],
      story.checkout,
    );
    expect(run.stdout).toContain('nothing to promote');
  });

  it('refuses a downgrade as the pipeline would, and anything but a dry run', async () => {
    const down = await runCli(
      [
        'promote',
        '--app',
        'load-harness',
        '--from',
        'production',
        '--to',
        'staging',
        '--dry-run',
        ...REPO,
      ],
      story.checkout,
    );
    expect(down.code).toBe(1);
    expect(down.stderr).toContain(
      'Refusing to downgrade in k8s/overlays/staging/kustomization.yaml: ECR_PLACEHOLDER v1.3.0 -> v1.2.3',
    );
    expect(down.stderr).toContain('hint: To roll back on purpose');
    const real = await runCli(
      ['promote', '--app', 'load-harness', '--from', 'staging', '--to', 'production', ...REPO],
      story.checkout,
    );
    expect(real.code).toBe(2);
    expect(real.stderr).toContain('promote only previews (--dry-run)');
  });

  it('names unknown apps with a did-you-mean', async () => {
    const run = await runCli(
      [
        'promote',
        '--app',
        'load-harnes',
        '--from',
        'staging',
        '--to',
        'production',
        '--dry-run',
        ...REPO,
      ],
      story.checkout,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('hint: Did you mean "load-harness"?');
  });
});
