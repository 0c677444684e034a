// The fleet part of `npm run demo`: after the release story, `infra-fleet status` says what runs
// where (read from the repository and the emulator alone), writes the static HTML page, and
// `infra-fleet promote --dry-run` previews the next promotion through bump-overlay-tag's own code.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningEmulator } from '@infra-fleet/github-emulator';
import { runGit } from '@infra-fleet/testkit';
import { main, type Io } from '../packages/cli/src/index.js';

export interface FleetDemo {
  emulator: RunningEmulator;
  owner: string;
  repo: string;
  /** The account the Flux stand-in posts statuses as. */
  fluxAccount: string;
  show(label: string, value: string | undefined): void;
  /** Where the HTML page is written; default a temporary folder (its path is shown). */
  htmlFile?: string;
}

async function cli(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; out: string }> {
  let out = '';
  const io: Io = {
    stdout: (text) => void (out += text),
    stderr: (text) => void (out += text),
    env: { PATH: process.env.PATH, ...env },
    cwd,
    now: () => new Date(),
  };
  return { code: await main(args, io), out };
}

const indent = (text: string) => text.trimEnd().replace(/^/gm, '        ');

export async function fleetSteps(demo: FleetDemo): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'demo-fleet-'));
  try {
    const checkout = join(scratch, 'checkout');
    runGit(['clone', '--quiet', demo.emulator.gitDir, checkout], scratch);
    const token = await demo.emulator.control.createToken('github-actions[bot]', {
      contents: 'read',
      statuses: 'read',
      deployments: 'read',
      issues: 'read',
      actions: 'read',
    });
    const env = { GITHUB_API_URL: demo.emulator.url, GITHUB_TOKEN: token };
    const repo = ['--repo', `${demo.owner}/${demo.repo}`];
    const html = demo.htmlFile ?? join(tmpdir(), `fleet-status-${Date.now()}.html`);
    const status = await cli(
      ['status', '--flux-account', demo.fluxAccount, '--html', html, ...repo],
      checkout,
      env,
    );
    demo.show('infra-fleet', `status (exit ${status.code}):`);
    console.log(indent(status.out));
    demo.show('html page', html);
    const promote = [
      'promote',
      '--app',
      'load-harness',
      '--from',
      'staging',
      '--to',
      'production',
      '--dry-run',
    ];
    const preview = await cli([...promote, ...repo], checkout, env);
    demo.show('infra-fleet', `${promote.join(' ')} (exit ${preview.code}):`);
    console.log(indent(preview.out));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
