import type { OutputValue } from '@infra-fleet/action-kit';
import type { Detection, Finding } from './detect.js';
import { DOMAINS, PERMANENT, type Domain } from './model.js';
import type { Universe } from './targets.js';

/** Output names the action always writes; a target with one of these names gets no boolean. */
export const FIXED_OUTPUTS = [
  'environments', 'infrastructure', 'k8s', 'apps', 'any', 'matrix', 'reasons',
  'fallback', 'fallback-reason', 'base', 'head',
]; // prettier-ignore
/** Boolean outputs declared in action.yml: written (false) even when the target is absent. */
export const DECLARED_TARGETS = ['staging', 'production', PERMANENT];
/** Chains per target in `reasons`, and per entry in `matrix`: outputs must stay small. */
export const MAX_REASONS = 100;
export const MAX_MATRIX_REASONS = 20;
const MAX_FALLBACK_TEXT = 4000;

/** Output names the runner accepts, that do not collide with the fixed ones. */
export function booleanOutputName(target: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(target) && !FIXED_OUTPUTS.includes(target);
}

export function capped(chains: readonly string[], limit: number): string[] {
  if (chains.length <= limit) return [...chains];
  return [...chains.slice(0, limit), `... and ${chains.length - limit} more`];
}

/** Findings in report order: by target, infrastructure before k8s. */
export function sorted(findings: readonly Finding[], order: readonly string[]): Finding[] {
  const rank = (finding: Finding) =>
    order.indexOf(finding.target) * DOMAINS.length + DOMAINS.indexOf(finding.domain);
  return [...findings].sort((a, b) => rank(a) - rank(b));
}

function targetsOf(findings: readonly Finding[], domain: Domain): string[] {
  return findings.filter((finding) => finding.domain === domain).map((finding) => finding.target);
}

function reasonsByTarget(findings: readonly Finding[]): Record<string, string[]> {
  const reasons: Record<string, string[]> = {};
  for (const finding of findings) (reasons[finding.target] ??= []).push(...finding.chains);
  return Object.fromEntries(
    Object.entries(reasons).map(([target, chains]) => [target, capped(chains, MAX_REASONS)]),
  );
}

function booleans(findings: readonly Finding[], universe: Universe): Record<string, boolean> {
  const affected = new Set(findings.map((finding) => finding.target));
  const names = [...new Set([...DECLARED_TARGETS, ...universe.order])].filter(booleanOutputName);
  return Object.fromEntries(names.map((name) => [name, affected.has(name)]));
}

/** One matrix entry per finding; per app where overlays are per app. */
function matrixOf(findings: readonly Finding[]) {
  return findings.flatMap((finding) => {
    const entry = {
      environment: finding.target,
      domain: finding.domain,
      ...(finding.paths && { paths: finding.paths }),
      reasons: capped(finding.chains, MAX_MATRIX_REASONS),
    };
    return finding.apps ? finding.apps.map((app) => ({ ...entry, app })) : [entry];
  });
}

/** Environment -> the apps affected there (k8s overlays per app only). */
function appsOf(findings: readonly Finding[]): Record<string, string[]> {
  return Object.fromEntries(
    findings.flatMap((finding) => (finding.apps ? [[finding.target, finding.apps]] : [])),
  );
}

/** Every output, computed once from the detection. */
export function outputsOf(
  detection: Detection,
  universe: Universe,
  range: { base?: string; head: string },
  shared: readonly string[] = [PERMANENT],
): Record<string, OutputValue> {
  const findings = sorted(detection.findings, universe.order);
  const infrastructure = targetsOf(findings, 'infrastructure');
  const k8s = targetsOf(findings, 'k8s');
  const environments = universe.order.filter(
    (target) =>
      k8s.includes(target) || (!shared.includes(target) && infrastructure.includes(target)),
  );
  return {
    ...booleans(findings, universe),
    environments,
    infrastructure,
    k8s,
    apps: appsOf(findings),
    // Failing closed with no target to name (e.g. no environment found) still says "something".
    any: findings.length > 0 || detection.fallbackReasons.length > 0,
    matrix: { include: matrixOf(findings) },
    reasons: reasonsByTarget(findings),
    fallback: detection.fallbackReasons.length > 0,
    'fallback-reason': detection.fallbackReasons.join('; ').slice(0, MAX_FALLBACK_TEXT),
    base: range.base ?? '',
    head: range.head,
  };
}
