// The infrastructure part of `npm run demo`: a pull request changes staging's env.hcl;
// detect-changed-envs names the affected environments, and terragrunt-run plans staging with
// the Terragrunt/OpenTofu stand-ins (the real tools cannot be downloaded here), published as
// releases from a local server with real checksums, then comments on the pull request.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RunningEmulator } from '@infra-fleet/github-emulator';
import {
  pullRequestEvent,
  runAction,
  runGit,
  serveToolReleases,
  writeStandInCopy,
  type ActionRun,
} from '@infra-fleet/testkit';
import {
  DEFAULT_OPENTOFU_VERSION,
  DEFAULT_TERRAGRUNT_VERSION,
} from '../actions/terragrunt-run/src/versions.js';

const ROOT = resolve(import.meta.dirname, '..');
const DETECT = join(ROOT, 'actions/detect-changed-envs');
const TERRAGRUNT = join(ROOT, 'actions/terragrunt-run');
const ENV_HCL = 'infrastructure/environments/staging/env.hcl';

export interface InfraDemo {
  emulator: RunningEmulator;
  owner: string;
  repo: string;
  /** contents write + pull requests write: pushes the branch and comments. */
  token: string;
  show(label: string, value: string | undefined): void;
  showErrors(run: ActionRun): void;
}

async function api<T = Record<string, unknown>>(
  demo: InfraDemo,
  method: string,
  path: string,
  body?: object,
): Promise<T> {
  const response = await fetch(`${demo.emulator.url}/repos/${demo.owner}/${demo.repo}${path}`, {
    method,
    headers: {
      authorization: `token ${demo.emulator.adminToken}`,
      'content-type': 'application/json',
    },
    ...(body && { body: JSON.stringify(body) }),
  });
  return (await response.json()) as T;
}

/** A branch that lets staging's node group grow to 6, pushed, with a pull request for it. */
async function openPullRequest(demo: InfraDemo, checkout: string) {
  runGit(['clone', '--quiet', demo.emulator.gitDir, checkout], tmpdir());
  const base = runGit(['rev-parse', 'HEAD'], checkout);
  const file = join(checkout, ENV_HCL);
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('node_max_size       = 4', 'node_max_size       = 6'),
  );
  runGit(['switch', '--quiet', '-c', 'staging-nodes'], checkout);
  runGit(
    [
      '-c',
      'user.name=demo',
      '-c',
      'user.email=demo@example.com',
      'commit',
      '--quiet',
      '-am',
      'staging: allow 6 nodes',
    ],
    checkout,
  );
  runGit(['push', '--quiet', 'origin', 'staging-nodes'], checkout);
  const head = runGit(['rev-parse', 'HEAD'], checkout);
  const pull = await api(demo, 'POST', '/pulls', {
    title: 'staging: allow 6 nodes',
    head: 'staging-nodes',
    base: 'main',
  });
  return { base, head, number: Number(pull.number) };
}

export async function infrastructureStep(demo: InfraDemo): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'demo-infra-'));
  const checkout = join(scratch, 'checkout');
  const releases = await serveToolReleases({
    terragrunt: {
      version: DEFAULT_TERRAGRUNT_VERSION,
      file: writeStandInCopy('terragrunt', DEFAULT_TERRAGRUNT_VERSION, join(scratch, 'bin')),
    },
    opentofu: {
      version: DEFAULT_OPENTOFU_VERSION,
      file: writeStandInCopy('tofu', DEFAULT_OPENTOFU_VERSION, join(scratch, 'bin')),
    },
  });
  try {
    const pr = await openPullRequest(demo, checkout);
    demo.show('pull request', `#${pr.number} changes ${ENV_HCL} (node_max_size 4 -> 6)`);
    const env = {
      GITHUB_API_URL: demo.emulator.url,
      GITHUB_REPOSITORY: `${demo.owner}/${demo.repo}`,
      GITHUB_SHA: pr.head,
    };
    const event = pullRequestEvent({
      number: pr.number,
      baseSha: pr.base,
      headSha: pr.head,
      headRef: 'staging-nodes',
    });
    const detect = await runAction({
      actionDir: DETECT,
      workspace: checkout,
      event,
      env,
      inputs: { base: pr.base, head: pr.head },
    });
    if (detect.exitCode !== 0) return demo.showErrors(detect);
    demo.show('infrastructure', detect.outputs.infrastructure);
    demo.show(
      'affected',
      `staging=${detect.outputs.staging} production=${detect.outputs.production}`,
    );

    const plan = await runAction({
      actionDir: TERRAGRUNT,
      node: releases.node, // trusts the test keys the stand-in releases are signed with
      workspace: checkout,
      event,
      token: demo.token,
      env: {
        ...env,
        STANDIN_STATE_DIR: join(scratch, 'state'),
        RUNNER_TOOL_CACHE: join(scratch, 'tool-cache'),
      },
      inputs: {
        command: 'plan',
        'working-directory': 'infrastructure/environments/staging',
        'plan-dir': join('..', 'plan'),
        'terragrunt-download-url': releases.terragruntUrl,
        'opentofu-download-url': releases.opentofuUrl,
      },
    });
    demo.show('exit code', String(plan.exitCode));
    if (plan.exitCode !== 0) return demo.showErrors(plan);
    for (const note of plan.annotations) demo.show(note.command, note.message);
    demo.show('has-changes', plan.outputs['has-changes']);
    demo.show('summary', plan.outputs.summary);
    const listed = await api<Array<{ body: string }>>(demo, 'GET', `/issues/${pr.number}/comments`);
    const comments = listed
      .map((comment) => comment.body)
      .filter((body) => body.includes('infra-fleet:terragrunt-run:staging'));
    demo.show('PR comments', `${comments.length} sticky comment for staging; its first lines:`);
    console.log(indent(comments[0]?.split('\n').slice(1, 12).join('\n') ?? ''));
    demo.show('job summary', `${plan.summary.length} characters, headline:`);
    console.log(indent(plan.summary.split('\n').slice(0, 4).join('\n')));
  } finally {
    await releases.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

const indent = (text: string) => text.replace(/^/gm, '        ');
