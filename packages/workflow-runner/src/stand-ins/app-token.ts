import type { PermissionScope } from '@infra-fleet/github-emulator';
import { emptyResult, type StepResult, type StepRun } from '../step-types.js';

/**
 * Stand-in for actions/create-github-app-token: the emulator mints an installation token for
 * the App's bot account with the `permission-*` inputs (all repository scopes when none). The
 * private key is required but not verified: the emulator has no App authentication flow.
 */

const SCOPES: Record<string, PermissionScope> = {
  actions: 'actions',
  contents: 'contents',
  deployments: 'deployments',
  issues: 'issues',
  'pull-requests': 'pull_requests',
  statuses: 'statuses',
  members: 'members',
  environments: 'environments',
  administration: 'administration',
};

export async function createAppToken(step: StepRun): Promise<StepResult> {
  const appId = step.with['app-id'] || step.with['client-id'];
  if (!appId || !step.with['private-key']) {
    step.log('::error::Input app-id (or client-id) and private-key are required.');
    return {
      ...emptyResult(1),
      annotations: [{ level: 'error', message: 'app-id and private-key are required' }],
    };
  }
  const scopes: Partial<Record<PermissionScope, 'read' | 'write'>> = {};
  for (const [name, value] of Object.entries(step.with)) {
    const scope = SCOPES[name.replace(/^permission-/, '')];
    if (name.startsWith('permission-') && scope && (value === 'read' || value === 'write'))
      scopes[scope] = value;
  }
  if (Object.keys(scopes).length === 0) {
    for (const scope of [
      'actions',
      'contents',
      'deployments',
      'issues',
      'pull_requests',
      'statuses',
    ] as const)
      scopes[scope] = 'write';
  }
  const slug = `app-${appId}`;
  await step.job.port.addBot(`${slug}[bot]`);
  const token = await step.job.port.mintToken(`${slug}[bot]`, scopes);
  step.job.masker.add(token);
  step.log(
    `Minted an installation token for ${slug}[bot] (${Object.entries(scopes)
      .map(([s, l]) => `${s}: ${l}`)
      .join(', ')})`,
  );
  return { ...emptyResult(0), outputs: { token, 'installation-id': appId, 'app-slug': slug } };
}
