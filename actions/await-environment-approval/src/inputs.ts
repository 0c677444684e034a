import {
  createInputReader,
  InputError,
  maskSecret,
  type InputReader,
} from '@infra-fleet/action-kit';
import type { Approvers, TeamRef } from './approval.js';
import { readContext, type RunContext } from './context.js';

export type Mode = 'auto' | 'environment' | 'issue';

export interface Settings {
  environment: string;
  mode: Mode;
  approvers: Approvers;
  minimumApprovals: number;
  allowSelfApproval: boolean;
  allowedRefs: string[];
  timeoutMinutes: number;
  pollIntervalSeconds: number;
  /** Mirror the gate into the Deployments API (issue mode). */
  deployment: boolean;
  /** Markdown describing what changes, shown in the issue. */
  summary?: string;
  token: string;
  /** Reads team membership only (a GitHub App token with members: read, or read:org). */
  membershipToken?: string;
  context: RunContext;
  /** Notes for the log, e.g. a timeout longer than a hosted job may run. */
  warnings: string[];
}

/** A GitHub-hosted job is cancelled after 6 hours. */
export const HOSTED_JOB_LIMIT_MINUTES = 360;
/** GITHUB_TOKEN expires after 24 hours at the latest. */
export const MAX_TIMEOUT_MINUTES = 1440;
const LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;
const SLUG = /^[a-z\d][a-z\d._-]{0,99}$/i;

function hasControlCharacter(value: string): boolean {
  return [...value].some((ch) => (ch.codePointAt(0) ?? 0) < 0x20 || ch === '\u007f');
}

function environmentName(inputs: InputReader): string {
  const name = inputs.string('environment', { required: true });
  if (name.length > 255 || hasControlCharacter(name)) {
    throw new InputError(
      'environment',
      `${JSON.stringify(name)} is not an environment name.`,
      'Use the name shown under Settings > Environments (at most 255 characters, one line).',
    );
  }
  return name;
}

function approverEntry(entry: string): { user?: string; team?: TeamRef } {
  const name = entry.replace(/^@/, '');
  const [org, slug, extra] = name.split('/');
  if (slug === undefined && LOGIN.test(name)) return { user: name };
  if (org && slug && extra === undefined && LOGIN.test(org) && SLUG.test(slug)) {
    return { team: { org, slug } };
  }
  throw new InputError(
    'approvers',
    `${JSON.stringify(entry)} is neither a user login nor org/team-slug.`,
    'List people as logins (octocat) and teams as org/team-slug; bots cannot approve.',
  );
}

function approvers(inputs: InputReader): Approvers {
  const entries = inputs
    .list('approvers')
    .flatMap((line) => line.split(','))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const parsed = entries.map(approverEntry);
  return {
    users: [...new Set(parsed.flatMap((entry) => (entry.user ? [entry.user] : [])))],
    teams: parsed.flatMap((entry) => (entry.team ? [entry.team] : [])),
  };
}

function allowedRefs(inputs: InputReader): string[] {
  const patterns = inputs.list('allowed-refs');
  for (const pattern of patterns) {
    if (!pattern.startsWith('refs/') || hasControlCharacter(pattern) || /\s/.test(pattern)) {
      throw new InputError(
        'allowed-refs',
        `${JSON.stringify(pattern)} is not a full ref pattern.`,
        'Write full refs, one per line, e.g. refs/heads/main or refs/tags/v*.',
      );
    }
  }
  if (patterns.length > 0) return patterns;
  throw new InputError(
    'allowed-refs',
    'lists no ref.',
    'Give at least one pattern, e.g. refs/heads/main.',
  );
}

function timeoutMinutes(inputs: InputReader): number {
  const text = inputs.string('timeout-minutes', { required: true });
  const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!(value > 0 && value <= MAX_TIMEOUT_MINUTES)) {
    throw new InputError(
      'timeout-minutes',
      `${JSON.stringify(text)} is not a number of minutes from above 0 to ${MAX_TIMEOUT_MINUTES}.`,
      'Use e.g. 60; fractions such as 0.5 are allowed.',
    );
  }
  return value;
}

function minimumApprovals(inputs: InputReader, list: Approvers): number {
  const minimum = inputs.integer('minimum-approvals', { min: 1, max: 100 });
  if (list.teams.length === 0 && list.users.length > 0 && minimum > list.users.length) {
    throw new InputError(
      'minimum-approvals',
      `${minimum} is more than the ${list.users.length} listed approver(s); the gate could never open.`,
      'Lower minimum-approvals or list more approvers.',
    );
  }
  return minimum;
}

function warningsFor(timeout: number, interval: number): string[] {
  const warnings: string[] = [];
  if (timeout > HOSTED_JOB_LIMIT_MINUTES) {
    warnings.push(
      `timeout-minutes is ${timeout}, more than the ${HOSTED_JOB_LIMIT_MINUTES} minutes a GitHub-hosted job may run; the runner will cancel the job first.`,
    );
  }
  if (interval < 5) {
    warnings.push(`poll-interval-seconds is ${interval}; values under 5 are meant for tests.`);
  }
  return warnings;
}

/** Reads and validates every input and the run context once; nothing else reads inputs or env. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const inputs = createInputReader(env);
  const token = inputs.string('token', { required: true });
  maskSecret(token);
  const membershipToken = inputs.optional('membership-token');
  if (membershipToken) maskSecret(membershipToken);
  const list = approvers(inputs);
  const timeout = timeoutMinutes(inputs);
  const interval = inputs.integer('poll-interval-seconds', { min: 1, max: 3600 });
  return {
    environment: environmentName(inputs),
    mode: inputs.enumeration('mode', ['auto', 'environment', 'issue'] as const),
    approvers: list,
    minimumApprovals: minimumApprovals(inputs, list),
    allowSelfApproval: inputs.boolean('allow-self-approval'),
    allowedRefs: allowedRefs(inputs),
    timeoutMinutes: timeout,
    pollIntervalSeconds: interval,
    deployment: inputs.boolean('deployment'),
    summary: inputs.optional('summary'),
    token,
    ...(membershipToken ? { membershipToken } : {}),
    context: readContext(env),
    warnings: warningsFor(timeout, interval),
  };
}
