import { randomBytes } from 'node:crypto';
import { emptyResult, type StepResult, type StepRun } from '../step-types.js';

/**
 * Stand-in for aws-actions/configure-aws-credentials with a role (OIDC): like the real action it
 * needs the OIDC request variables, which the runner gives only to jobs granted `id-token:
 * write`, then exports placeholder credentials for the role (nothing reaches AWS).
 */
export async function configureAwsCredentials(step: StepRun): Promise<StepResult> {
  const role = step.with['role-to-assume'] ?? '';
  if (!role) return fail(step, 'Stand-in: only role-to-assume (OIDC) is emulated.');
  if (!step.env.ACTIONS_ID_TOKEN_REQUEST_URL || !step.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    return fail(
      step,
      'It looks like you might be trying to authenticate with OIDC. Did you mean to set the `id-token` permission?',
    );
  }
  const credentials = {
    AWS_ACCESS_KEY_ID: `ASIA${randomBytes(8).toString('hex').toUpperCase()}`,
    AWS_SECRET_ACCESS_KEY: randomBytes(20).toString('base64'),
    AWS_SESSION_TOKEN: randomBytes(32).toString('base64'),
  };
  Object.values(credentials).forEach((value) => step.job.masker.add(value));
  const region = step.with['aws-region'] ?? '';
  step.log(`Assumed ${role} through OIDC (placeholder credentials; region ${region})`);
  return {
    ...emptyResult(0),
    env: { ...credentials, AWS_REGION: region, AWS_DEFAULT_REGION: region },
    outputs: { 'aws-account-id': role.split(':')[4] ?? '' },
  };
}

function fail(step: StepRun, message: string): StepResult {
  step.log(`::error::${message}`);
  return { ...emptyResult(1), annotations: [{ level: 'error', message }] };
}
