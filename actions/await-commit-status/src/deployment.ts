import { warning } from '@infra-fleet/action-kit';
import type { DeploymentEnd, DeploymentPort } from '@infra-fleet/github';
import type { Settings } from './inputs.js';
import type { WaitResult } from './wait.js';

/** What GitHub's environment page should say once the wait has decided. */
export function deploymentEnd(result: WaitResult): { state: DeploymentEnd; description: string } {
  switch (result.outcome) {
    case 'verified':
      return { state: 'success', description: 'Flux applied and health-checked it' };
    case 'failed':
      return { state: 'failure', description: 'Flux reported a failure' };
    case 'timeout':
      return { state: 'failure', description: 'Flux did not report in time' };
    case 'superseded':
      return { state: 'inactive', description: 'A later change replaced it before Flux reported' };
    case 'diverged':
      return { state: 'error', description: 'The branch moved away from this commit' };
    case 'cancelled':
      return { state: 'error', description: 'The wait was cancelled' };
  }
}

/** The verified status's link (the cluster's view of it), when it is an http(s) URL. */
function environmentUrl(result: WaitResult): string | undefined {
  const url = result.verdict.contexts.find((report) => report.status?.targetUrl)?.status?.targetUrl;
  return url && /^https?:\/\//.test(url) ? url : undefined;
}

/** Starts the deployment record when asked for; its failures warn, they never fail the wait. */
export async function startDeployment(settings: Settings, port: DeploymentPort) {
  if (!settings.deployment) return undefined;
  const payload = {
    tool: 'await-commit-status',
    app: settings.app ?? null,
    contexts: settings.contexts,
    run_id: settings.run?.id ?? null,
    run_attempt: settings.run?.attempt ?? null,
  };
  const description =
    settings.deployment.description || `${settings.app ?? 'rollout'} ${settings.sha.slice(0, 7)}`;
  try {
    return await port.start({
      environment: settings.environment,
      sha: settings.sha,
      payload,
      description,
      ...(settings.run && { logUrl: settings.run.url }),
    });
  } catch (error) {
    warning(`Could not record the deployment: ${(error as Error).message}`);
    return undefined;
  }
}

export async function finishDeployment(
  id: number | undefined,
  result: WaitResult,
  settings: Settings,
  port: DeploymentPort,
): Promise<void> {
  if (id === undefined) return;
  const url = environmentUrl(result);
  try {
    await port.finish(id, {
      ...deploymentEnd(result),
      ...(settings.run && { logUrl: settings.run.url }),
      ...(url && result.outcome === 'verified' && { environmentUrl: url }),
    });
  } catch (error) {
    warning(`Could not record the deployment's outcome: ${(error as Error).message}`);
  }
}
