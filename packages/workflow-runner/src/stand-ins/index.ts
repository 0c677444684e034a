import type { StepResult, StepRun } from '../step-types.js';
import { createAppToken } from './app-token.js';
import { downloadArtifact, uploadArtifact } from './artifacts.js';
import { checkout } from './checkout.js';
import { configureAwsCredentials } from './aws-credentials.js';
import { githubScript } from './github-script.js';

/** Local stand-ins for the third-party actions our workflows use, by `owner/name`. */

export type StandIn = (step: StepRun) => Promise<StepResult>;

const STAND_INS: Record<string, StandIn> = {
  'actions/checkout': checkout,
  'actions/upload-artifact': uploadArtifact,
  'actions/download-artifact': downloadArtifact,
  'actions/create-github-app-token': createAppToken,
  'actions/github-script': githubScript,
  'aws-actions/configure-aws-credentials': configureAwsCredentials,
};

export function standInFor(uses: string): { name: string; run: StandIn } | undefined {
  const name = uses.split('@')[0]?.toLowerCase() ?? '';
  const run = STAND_INS[name];
  return run && { name, run };
}

export const STAND_IN_NAMES = Object.keys(STAND_INS);
