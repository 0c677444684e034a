import type { GitHubEnvironmentSpec } from '@infra-fleet/fleet';
import type { EnvironmentSettings, EnvironmentSettingsPort } from '@infra-fleet/github';

/** Sets an environment's protection to its declaration: settings, then branch and tag policies. */
export async function applyEnvironment(
  port: EnvironmentSettingsPort,
  spec: GitHubEnvironmentSpec,
  actual: EnvironmentSettings | undefined,
): Promise<void> {
  const reviewers = [];
  for (const reviewer of spec.reviewers)
    reviewers.push({ type: reviewer.type, id: await port.reviewerId(reviewer) });
  await port.write(spec.name, {
    waitTimer: spec.waitTimer,
    preventSelfReview: spec.preventSelfReview,
    reviewers,
    customBranchPolicies: spec.deployFrom !== undefined,
  });
  if (!spec.deployFrom) return;
  const wanted = [
    ...spec.deployFrom.branches.map((name) => ({ name, type: 'branch' as const })),
    ...spec.deployFrom.tags.map((name) => ({ name, type: 'tag' as const })),
  ];
  const existing = actual?.branchPolicies ?? [];
  const key = (p: { name: string; type: string }) => `${p.type}:${p.name}`;
  for (const policy of existing.filter((p) => !wanted.some((w) => key(w) === key(p)))) {
    await port.removeBranchPolicy(spec.name, policy.id);
  }
  for (const policy of wanted.filter((w) => !existing.some((p) => key(p) === key(w)))) {
    await port.addBranchPolicy(spec.name, policy);
  }
}
