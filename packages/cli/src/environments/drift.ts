import type { GitHubEnvironmentSpec } from '@infra-fleet/fleet';
import type { EnvironmentSettings } from '@infra-fleet/github';

/** One way a GitHub environment differs from its declaration in infra-fleet.yaml. */
export interface Difference {
  environment: string;
  setting: string;
  declared: string;
  actual: string;
  /** apply can set it; a missing secret or variable needs a person (its value is not ours). */
  fixable: boolean;
}

const reviewersText = (reviewers: ReadonlyArray<{ name: string }>) =>
  reviewers
    .map((r) => r.name.toLowerCase())
    .sort()
    .join(', ') || 'none';

export function refsText(deployFrom: GitHubEnvironmentSpec['deployFrom']): string {
  if (!deployFrom) return 'any branch or tag';
  const refs = [
    ...deployFrom.branches.map((b) => `branch ${b}`),
    ...deployFrom.tags.map((t) => `tag ${t}`),
  ];
  return refs.sort().join(', ') || 'nothing';
}

function actualRefs(settings: EnvironmentSettings): string {
  if (!settings.branchPolicies) return 'any branch or tag';
  const refs = settings.branchPolicies.map((p) => `${p.type} ${p.name}`);
  return refs.sort().join(', ') || 'nothing';
}

function missing(
  environment: string,
  kind: 'secret' | 'variable',
  declared: string[],
  actual: string[],
): Difference[] {
  const present = new Set(actual.map((name) => name.toUpperCase()));
  return declared
    .filter((name) => !present.has(name.toUpperCase()))
    .map((name) => ({
      environment,
      setting: `${kind} ${name}`,
      declared: 'exists',
      actual: 'missing',
      fixable: false,
    }));
}

/** Pure: every difference between the declaration and the repository's settings. */
export function environmentDrift(
  spec: GitHubEnvironmentSpec,
  actual: EnvironmentSettings | undefined,
): Difference[] {
  const environment = spec.name;
  const values = actual ?? {
    reviewers: [],
    preventSelfReview: false,
    waitTimer: 0,
    secrets: [],
    variables: [],
  };
  const compared: Array<[string, string, string]> = [
    ['reviewers', reviewersText(spec.reviewers), reviewersText(values.reviewers)],
    ['prevent-self-review', String(spec.preventSelfReview), String(values.preventSelfReview)],
    ['wait-timer', `${spec.waitTimer} min`, `${values.waitTimer} min`],
    ['deploy-from', refsText(spec.deployFrom), actual ? actualRefs(actual) : 'any branch or tag'],
  ];
  const settings = compared
    .filter(([, declared, now]) => declared !== now)
    .map(([setting, declared, now]) => ({
      environment,
      setting,
      declared,
      actual: now,
      fixable: true,
    }));
  const exists: Difference[] = actual
    ? []
    : [
        {
          environment,
          setting: 'environment',
          declared: 'exists',
          actual: 'missing',
          fixable: true,
        },
      ];
  return [
    ...exists,
    ...settings,
    ...missing(environment, 'secret', spec.secrets, values.secrets),
    ...missing(environment, 'variable', spec.variables, values.variables),
  ];
}

export function formatDifference(d: Difference): string {
  const how = d.fixable
    ? ''
    : ' (set it in the repository settings: apply cannot, it has no value)';
  return `${d.environment}: ${d.setting}: declared ${d.declared}, actual ${d.actual}${how}`;
}
