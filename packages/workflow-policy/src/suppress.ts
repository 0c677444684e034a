import { finding, type Finding } from './finding.js';
import type { LoadedFile } from './model.js';

/** `# policy-ignore: <rule> <reason>`: silences `rule` on its own line and the line below. */
export interface Suppression {
  line: number;
  rule: string;
  reason: string;
}

const MARKER = /(?:^|\s)#\s*policy-ignore\b(.*)$/;
const FORM = /^:\s*(\S+)(?:\s+(.*\S))?\s*$/;

/** Reads every suppression of a file; malformed ones become `invalid-suppression` findings. */
export function readSuppressions(
  file: LoadedFile,
  isKnownRule: (rule: string) => boolean,
): { suppressions: Suppression[]; findings: Finding[] } {
  const suppressions: Suppression[] = [];
  const findings: Finding[] = [];
  file.lines.forEach((text, index) => {
    const marker = MARKER.exec(text);
    if (!marker) return;
    const line = index + 1;
    const invalid = (message: string) =>
      findings.push(finding(file, line, 'invalid-suppression', message));
    const form = FORM.exec(marker[1] ?? '');
    const [rule, reason] = [form?.[1], form?.[2]];
    if (rule === undefined) invalid('write it as "# policy-ignore: <rule> <reason>"');
    else if (!isKnownRule(rule)) invalid(`"${rule}" is not a rule that can be suppressed`);
    else if (reason === undefined)
      invalid(`policy-ignore of ${rule} gives no reason; say why the rule does not apply here`);
    else suppressions.push({ line, rule, reason });
  });
  return { suppressions, findings };
}

/**
 * Drops the findings a suppression covers; a suppression that covers nothing, for a rule that
 * ran, is an `unused-suppression` finding (stale ones would hide the next real problem).
 */
export function applySuppressions(
  file: LoadedFile,
  findings: Finding[],
  suppressions: Suppression[],
  ran: (rule: string) => boolean,
): Finding[] {
  const used = new Set<Suppression>();
  const kept = findings.filter((item) => {
    const match = suppressions.find(
      (s) => s.rule === item.rule && (item.line === s.line || item.line === s.line + 1),
    );
    if (match) used.add(match);
    return !match;
  });
  const unused = suppressions
    .filter((s) => !used.has(s) && ran(s.rule))
    .map((s) =>
      finding(
        file,
        s.line,
        'unused-suppression',
        `policy-ignore of ${s.rule} matches no finding here or on the next line; remove it`,
      ),
    );
  return [...kept, ...unused];
}
