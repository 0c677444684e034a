import type { ApprovalPort, DeploymentState } from '@infra-fleet/github';
import type { Log } from './gate.js';
import type { Outcome } from './outcome.js';

/**
 * Mirrors the gate into the Deployments API so it appears in the repository's deployment
 * history on any plan: `queued` while waiting, then `success` (approved), `failure`
 * (rejected) or `error` (timed out, cancelled). The issue is the gate; a mirror that cannot
 * be written only warns.
 */

export const FINAL_STATES: Record<Outcome, DeploymentState> = {
  approved: 'success',
  rejected: 'failure',
  'timed-out': 'error',
  cancelled: 'error',
};

export interface Mirror {
  readonly id?: number;
  update(state: DeploymentState, description: string): Promise<void>;
}

type Port = Pick<ApprovalPort, 'createDeployment' | 'createDeploymentStatus'>;

function describe(error: unknown): string {
  const hint = (error as { hint?: string }).hint;
  return `${(error as Error).message ?? String(error)}${hint ? ` ${hint}` : ''}`;
}

export async function startMirror(
  port: Port,
  log: Log,
  request: {
    ref: string;
    environment: string;
    description: string;
    logUrl: string;
    payload: Record<string, unknown>;
  },
): Promise<Mirror> {
  let id: number | undefined;
  try {
    ({ id } = await port.createDeployment(request));
  } catch (error) {
    log.warning(
      `Could not mirror the gate into the Deployments API: ${describe(error)} (needs deployments: write).`,
    );
    return { update: async () => undefined };
  }
  const update = async (state: DeploymentState, description: string) => {
    try {
      await port.createDeploymentStatus(id, { state, description, logUrl: request.logUrl });
    } catch (error) {
      log.warning(`Could not set deployment ${id} to ${state}: ${describe(error)}`);
    }
  };
  await update('queued', request.description);
  return { id, update };
}
