// `npm run demo`: the release pipeline end to end on an embedded sandbox. A bare `origin`
// seeded with this repository's k8s/ tree, and the bundled actions run as the runner would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderKustomization, renderedImages } from '@infra-fleet/kustomize';
import {
  createRepoWithOrigin,
  runAction,
  type ActionRun,
  type TestRepo,
} from '@infra-fleet/testkit';

const ROOT = resolve(import.meta.dirname, '..');
const BUMP = join(ROOT, 'actions/bump-overlay-tag');
const IMAGE = 'ECR_PLACEHOLDER';
const STAGING = 'k8s/overlays/staging';
const PRODUCTION = 'k8s/overlays/production';

const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);

function heading(step: number, title: string): void {
  console.log(`\n${bold(`${step}. ${title}`)}`);
}

function showRun(run: ActionRun): void {
  const outputs = run.outputs;
  console.log(`   exit code   ${run.exitCode}`);
  if (run.exitCode !== 0) {
    for (const annotation of run.annotations.filter((a) => a.command === 'error')) {
      console.log(`   error       ${annotation.message.split('\n').join('\n               ')}`);
    }
    return;
  }
  console.log(`   changed     ${outputs.changed}`);
  console.log(`   commit-sha  ${outputs['commit-sha'] || '(none)'}`);
  console.log(`   previous    ${outputs.previous}`);
  console.log(`   current     ${outputs.current}`);
  const diff = (outputs.diff ?? '').split('\n').filter((line) => /^[-+][^-+]/.test(line));
  for (const line of diff) console.log(`   diff        ${line}`);
}

async function bump(workspace: string, inputs: Record<string, string>): Promise<ActionRun> {
  const run = await runAction({ actionDir: BUMP, workspace, inputs });
  showRun(run);
  return run;
}

async function renderedImage(repo: TestRepo, overlay: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'demo-render-'));
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', 'main'], { cwd: repo.origin });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    return renderedImages(await renderKustomization(join(dir, overlay)))
      .map((container) => container.image)
      .join(', ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function showEnvironments(repo: TestRepo): Promise<void> {
  for (const overlay of [STAGING, PRODUCTION]) {
    console.log(`   ${overlay.padEnd(24)} ${await renderedImage(repo, overlay)}`);
  }
}

async function main(): Promise<void> {
  const repo = createRepoWithOrigin({ copy: [{ from: join(ROOT, 'k8s'), to: 'k8s' }] });
  try {
    console.log(bold('infra-fleet demo: release -> staging -> production -> rollback'));
    console.log(`sandbox: ${repo.root} (bare origin + runner checkout)`);
    const workspace = repo.clone({ name: 'runner-checkout' });

    heading(1, 'Release v1.2.3 to staging');
    const staging = await bump(workspace, { overlay: STAGING, image: IMAGE, tag: 'v1.2.3' });

    heading(2, 'Promote staging to production (at the staging commit)');
    await bump(workspace, {
      overlay: PRODUCTION,
      'promote-from': STAGING,
      'promote-from-ref': staging.outputs['commit-sha'] ?? '',
      image: IMAGE,
    });

    heading(3, 'Release v1.3.0 to staging');
    await bump(workspace, { overlay: STAGING, image: IMAGE, tag: 'v1.3.0' });

    heading(4, 'Roll production back to v1.0.0, with a reason');
    await bump(workspace, {
      overlay: PRODUCTION,
      image: IMAGE,
      tag: 'v1.0.0',
      'allow-downgrade': 'true',
      reason: 'INC-1234: v1.2.3 fails health checks in production',
    });

    heading(5, 'A downgrade without allow-downgrade is refused');
    await bump(workspace, { overlay: STAGING, image: IMAGE, tag: 'v1.2.3' });

    heading(6, 'What each environment renders (kubectl kustomize)');
    await showEnvironments(repo);

    heading(7, 'git log of origin/main, with trailers');
    const log = repo.git(['log', '--format=%h %s%n%(trailers)', 'main'], repo.origin);
    console.log(log.replace(/^(?![0-9a-f]{7} )(?=\S)/gm, '        '));
  } finally {
    repo.cleanup();
  }
}

await main();
