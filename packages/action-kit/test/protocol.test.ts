// action-kit speaks the runner protocol itself; these tests hold it to @actions/core's output.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '@actions/core';
import { parseOutputFile } from '@infra-fleet/testkit';
import * as protocol from '../src/protocol.js';

let written: string[];
let dir: string;
const savedOutput = process.env.GITHUB_OUTPUT;
const savedExitCode = process.exitCode;

beforeEach(() => {
  written = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  dir = mkdtempSync(join(tmpdir(), 'protocol-'));
});

afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
  process.env.GITHUB_OUTPUT = savedOutput;
  process.exitCode = savedExitCode;
});

function capture(action: () => void): string {
  written = [];
  action();
  return written.join('');
}

const tricky = 'line 1\r\nline 2 with 100% and ::error:: inside, a: b';

describe('workflow commands match @actions/core byte for byte', () => {
  it.each([
    [
      'error',
      () => protocol.error(tricky, { file: 'a,b:c.yml', line: 3 }),
      () => core.error(tricky, { file: 'a,b:c.yml', startLine: 3 }),
    ],
    ['warning', () => protocol.warning(tricky), () => core.warning(tricky)],
    ['notice', () => protocol.notice(tricky), () => core.notice(tricky)],
    ['debug', () => protocol.debug(tricky), () => core.debug(tricky)],
    ['add-mask', () => protocol.setSecret('s3cr3t%\nx'), () => core.setSecret('s3cr3t%\nx')],
    ['group', () => protocol.startGroup('g: 1'), () => core.startGroup('g: 1')],
    ['endgroup', () => protocol.endGroup(), () => core.endGroup()],
    ['info', () => protocol.info(tricky), () => core.info(tricky)],
  ])('%s', (_name, ours, theirs) => {
    expect(capture(ours)).toBe(capture(theirs));
  });

  it('setFailed sets exit code 1 and an error', () => {
    process.exitCode = undefined;
    expect(capture(() => protocol.setFailed('boom\nHint: x'))).toBe('::error::boom%0AHint: x\n');
    expect(process.exitCode).toBe(1);
  });
});

describe('outputs', () => {
  it('round-trip like @actions/core setOutput, multi-line values included', () => {
    const value = 'first\nsecond\n{"a":1}';
    process.env.GITHUB_OUTPUT = join(dir, 'ours');
    protocol.setOutput('diff', value);
    process.env.GITHUB_OUTPUT = join(dir, 'theirs');
    writeFileSync(process.env.GITHUB_OUTPUT, ''); // @actions/core requires the file to exist
    core.setOutput('diff', value);
    const ours = readFileSync(join(dir, 'ours'), 'utf8');
    const theirs = readFileSync(join(dir, 'theirs'), 'utf8');
    expect(parseOutputFile(ours)).toEqual({ diff: value });
    expect(parseOutputFile(ours)).toEqual(parseOutputFile(theirs));
    expect(ours).toMatch(/^diff<<ghadelimiter_[0-9a-f-]{36}\n/);
  });

  it('warns instead of writing when GITHUB_OUTPUT is unset', () => {
    delete process.env.GITHUB_OUTPUT;
    expect(capture(() => protocol.setOutput('x', '1'))).toBe(
      '::warning::GITHUB_OUTPUT is not set; output x was not written.\n',
    );
  });
});
