import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../src/finding.js';
import { applySuppressions, readSuppressions } from '../src/suppress.js';
import { yaml } from './helpers.js';

const known = (rule: string) => ['timeout-minutes', 'unpinned-action'].includes(rule);

function at(line: number, rule: string): Finding {
  return { file: '.github/workflows/test.yml', line, rule, message: 'x' };
}

describe('suppressions', () => {
  const file = yaml(`
    # policy-ignore: timeout-minutes bounded by the step's own timeout
    jobs:
      a: # policy-ignore: unpinned-action reviewed pin
      b: # policy-ignore: unpinned-action
      c: # policy-ignore: nonsense reason
      d: # policy-ignore
  `);

  it('reads rule and reason, and reports the malformed ones', () => {
    const { suppressions, findings } = readSuppressions(file, known);
    expect(suppressions).toEqual([
      { line: 1, rule: 'timeout-minutes', reason: "bounded by the step's own timeout" },
      { line: 3, rule: 'unpinned-action', reason: 'reviewed pin' },
    ]);
    expect(findings.map((item) => [item.line, item.rule])).toEqual([
      [4, 'invalid-suppression'],
      [5, 'invalid-suppression'],
      [6, 'invalid-suppression'],
    ]);
  });

  it('covers its own line and the next one, for its rule only', () => {
    const { suppressions } = readSuppressions(file, known);
    const kept = applySuppressions(
      file,
      [
        at(1, 'timeout-minutes'),
        at(2, 'timeout-minutes'),
        at(3, 'timeout-minutes'),
        at(3, 'unpinned-action'),
      ],
      suppressions,
      () => true,
    );
    expect(kept.map((item) => [item.line, item.rule])).toEqual([[3, 'timeout-minutes']]);
  });

  it('reports a suppression that covers nothing, unless its rule did not run', () => {
    const { suppressions } = readSuppressions(file, known);
    const unused = applySuppressions(file, [], suppressions, (rule) => rule === 'unpinned-action');
    expect(unused.map((item) => [item.line, item.rule])).toEqual([[3, 'unused-suppression']]);
  });
});
