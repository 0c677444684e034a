import { describe, expect, it } from '@jest/globals';
import { parseRunReport, PlanResultError, unitPath } from '../src/index.js';
import { parseCsv } from '../src/run-report.js';

const WD = '/home/runner/work/repo/repo/infrastructure/environments/staging';

describe('parseRunReport: JSON', () => {
  it('reads Terragrunt 0.81 lower-case keys', () => {
    const text = JSON.stringify([
      {
        name: 'vpc',
        started: '2025-06-09T12:50:02.59688-04:00',
        ended: '2025-06-09T12:50:02.596881-04:00',
        result: 'succeeded',
      },
      {
        name: 'legacy',
        started: '2025-06-09T12:50:02.59688-04:00',
        ended: '2025-06-09T12:50:02.596881-04:00',
        result: 'excluded',
        reason: 'exclude block',
      },
    ]);
    expect(parseRunReport(text, WD)).toEqual([
      { unit: 'vpc', result: 'succeeded' },
      { unit: 'legacy', result: 'excluded', reason: 'exclude block' },
    ]);
  });

  it('reads later versions capitalised keys, with Ref, Cmd and Args', () => {
    const text = `${JSON.stringify(
      [
        {
          Started: '2025-06-09T12:50:02Z',
          Ended: '2025-06-09T12:50:09Z',
          Reason: 'run error',
          Name: 'apps/api',
          Result: 'failed',
          Cmd: 'plan',
          Args: ['-detailed-exitcode'],
        },
        {
          Started: '2025-06-09T12:50:09Z',
          Ended: '2025-06-09T12:50:09Z',
          Reason: 'ancestor error',
          Cause: 'apps/api',
          Name: 'apps/web',
          Result: 'early exit',
        },
      ],
      null,
      2,
    )}\n`;
    expect(parseRunReport(text, WD)).toEqual([
      { unit: 'apps/api', result: 'failed', reason: 'run error' },
      { unit: 'apps/web', result: 'early exit', reason: 'ancestor error', cause: 'apps/api' },
    ]);
  });

  it('makes absolute names and ancestor causes relative to the working directory', () => {
    const text = JSON.stringify([
      { name: `${WD}/eks`, result: 'early exit', reason: 'ancestor error', cause: `${WD}/vpc` },
      { name: `${WD}/a/b/`, result: 'succeeded' },
    ]);
    expect(parseRunReport(text, WD)).toEqual([
      { unit: 'eks', result: 'early exit', reason: 'ancestor error', cause: 'vpc' },
      { unit: 'a/b', result: 'succeeded' },
    ]);
  });

  it('returns nothing for an empty report', () => {
    expect(parseRunReport('', WD)).toEqual([]);
    expect(parseRunReport('[]\n', WD)).toEqual([]);
  });

  const bad: [string, string, RegExp][] = [
    ['not JSON', '[{"name": ', /report\.json is not valid JSON/],
    ['an object', '{"name": "vpc"}', /neither a JSON array nor a CSV report/],
    ['an entry without name', '[{"result": "succeeded"}]', /entry 0 has no name/],
    [
      'an unknown result',
      '[{"name": "vpc", "result": "exploded"}]',
      /\(vpc\) has result "exploded"/,
    ],
    ['a non-object entry', '["vpc"]', /entry 0 is not an object/],
  ];
  it.each(bad)('rejects %s, naming the file', (_, text, message) => {
    const attempt = () => parseRunReport(text, WD, 'plan/report.json');
    expect(attempt).toThrow(PlanResultError);
    expect(attempt).toThrow(message);
  });
});

describe('parseRunReport: CSV', () => {
  it('reads the 0.81 six-column form', () => {
    const text = [
      'Name,Started,Ended,Result,Reason,Cause',
      'first-exclude,2025-06-05T16:28:41-04:00,2025-06-05T16:28:41-04:00,excluded,exclude block,',
      'first-success,2025-06-05T16:28:41-04:00,2025-06-05T16:28:41-04:00,succeeded,,',
      'second-early-exit,2025-06-05T16:28:42-04:00,2025-06-05T16:28:42-04:00,early exit,run error,',
      '',
    ].join('\n');
    expect(parseRunReport(text, WD)).toEqual([
      { unit: 'first-exclude', result: 'excluded', reason: 'exclude block' },
      { unit: 'first-success', result: 'succeeded' },
      { unit: 'second-early-exit', result: 'early exit', reason: 'run error' },
    ]);
  });

  it('reads the nine-column form with quoted fields and CRLF', () => {
    const text = [
      'Name,Started,Ended,Result,Reason,Cause,Ref,Cmd,Args',
      `${WD}/db,t,t,failed,run error,,,plan,"-detailed-exitcode,-lock-timeout=5m"`,
      '"odd, ""name""",t,t,succeeded,,,,plan,',
    ].join('\r\n');
    expect(parseRunReport(text, WD)).toEqual([
      { unit: 'db', result: 'failed', reason: 'run error' },
      { unit: 'odd, "name"', result: 'succeeded' },
    ]);
  });

  it('rejects a CSV without Name and Result columns, and an unclosed quote', () => {
    expect(() => parseRunReport('Unit,Outcome\nvpc,ok\n', WD)).toThrow(
      /neither a JSON array nor a CSV report with Name and Result columns/,
    );
    expect(() => parseCsv('Name,Result\n"vpc,succeeded\n', 'r.csv')).toThrow(
      /r\.csv: a quoted field is never closed/,
    );
  });
});

describe('unitPath', () => {
  const cases: [string, string, string][] = [
    ['vpc', WD, 'vpc'],
    ['./a/b/', WD, 'a/b'],
    [`${WD}/a/b`, WD, 'a/b'],
    [WD, WD, '.'],
    ['/elsewhere/unit', WD, '/elsewhere/unit'],
    [`${WD}-other/vpc`, WD, `${WD}-other/vpc`],
    ['/ws/infrastructure/environments/staging/eks', 'infrastructure/environments/staging', 'eks'],
    ['C:\\a\\staging\\vpc', 'C:\\a\\staging', 'vpc'],
  ];
  it.each(cases)('%s in %s is %s', (name, workingDirectory, expected) => {
    expect(unitPath(name, workingDirectory)).toBe(expected);
  });
});
