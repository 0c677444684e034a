import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import {
  actionInputs,
  evaluateDefault,
  parseCommands,
  parseOutputFile,
  pushEvent,
  releasePublishedEvent,
  runAction,
  workflowDispatchEvent,
} from '../src/index.js';

const ECHO = resolve(import.meta.dirname, 'fixtures/echo-action');
const TOKEN = 'ghs_HarnessTestToken0123456789';
const scratch = mkdtempSync(join(tmpdir(), 'harness-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function echoInputs(outputs: Record<string, string>): Record<string, string> {
  return JSON.parse(outputs.inputs ?? '{}') as Record<string, string>;
}

describe('runAction on the echo fixture', () => {
  it('fills defaults, evaluates github.* expressions and mangles names like the runner', async () => {
    const run = await runAction({ actionDir: ECHO, token: TOKEN, inputs: { 'max count': '5' } });
    expect(run.exitCode).toBe(0);
    expect(run.failed).toBe(false);
    expect(echoInputs(run.outputs)).toEqual({
      INPUT_GREETING: 'hello',
      INPUT_TOKEN: TOKEN,
      INPUT_REF: 'main',
      'INPUT_RUN-URL': 'https://github.com/octo-org/infra-fleet/actions/runs/4242424242',
      INPUT_MAX_COUNT: '5',
      INPUT_BEHAVIOUR: 'echo',
    });
    expect(run.masked).toEqual([TOKEN]);
  });

  it('lets given inputs and env win, and evaluates defaults against that env', async () => {
    const run = await runAction({
      actionDir: ECHO,
      inputs: { greeting: 'hi there' },
      env: { GITHUB_REF_NAME: 'release-1', GITHUB_SERVER_URL: 'http://127.0.0.1:9' },
    });
    const inputs = echoInputs(run.outputs);
    expect(inputs.INPUT_GREETING).toBe('hi there');
    expect(inputs.INPUT_REF).toBe('release-1');
    expect(inputs['INPUT_RUN-URL']).toMatch(/^http:\/\/127\.0\.0\.1:9\/octo-org\/infra-fleet\//);
    expect(inputs.INPUT_TOKEN).toMatch(/^ghs_[0-9a-f]{36}$/);
    expect(run.masked).toEqual([inputs.INPUT_TOKEN]);
  });

  it('refuses an input that action.yml does not declare', async () => {
    await expect(runAction({ actionDir: ECHO, inputs: { greting: 'x' } })).rejects.toThrow(
      /greting not declared in action\.yml \(declared: greeting, token,/,
    );
  });

  it('builds the env from scratch with an empty HOME and removes its temp dirs', async () => {
    process.env.HARNESS_LEAK_CHECK = 'leak';
    try {
      const run = await runAction({ actionDir: ECHO });
      const names = JSON.parse(run.outputs['env-names'] ?? '[]') as string[];
      expect(names).not.toContain('HARNESS_LEAK_CHECK');
      expect(names).not.toContain('JEST_WORKER_ID');
      expect(names).toEqual(expect.arrayContaining(['PATH', 'HOME', 'RUNNER_TEMP', 'CI']));
      expect(names).toEqual(
        expect.arrayContaining(['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_SHA']),
      );
      expect(run.outputs['git-user-name-status']).toBe('1');
      expect(run.outputs.cwd).toMatch(/action-run-.*\/workspace$/);
      expect(existsSync(run.outputs.cwd ?? '')).toBe(false);
    } finally {
      delete process.env.HARNESS_LEAK_CHECK;
    }
  });

  it('runs in the given workspace and leaves it in place', async () => {
    const workspace = join(scratch, 'ws');
    mkdirSync(workspace);
    const run = await runAction({ actionDir: ECHO, workspace });
    expect(run.outputs.cwd).toBe(workspace);
    expect(existsSync(workspace)).toBe(true);
  });

  it('parses heredoc outputs, the summary, annotations and stderr', async () => {
    const run = await runAction({ actionDir: ECHO, token: TOKEN });
    expect(run.outputs.multiline).toBe('hello\nsecond=line');
    expect(run.summary).toBe('### Echo\n\nhello\n');
    expect(run.annotations).toEqual([
      { command: 'warning', message: 'first\nsecond 100%', properties: {} },
      {
        command: 'notice',
        message: 'noted',
        properties: { file: 'src/a.ts', line: '3', title: 'Note: x' },
      },
    ]);
    expect(run.stderr).toContain(`token is ${TOKEN}`);
  });

  it('writes the event payload and name', async () => {
    const run = await runAction({
      actionDir: ECHO,
      event: releasePublishedEvent({ tagName: 'v1.2.3' }),
    });
    expect(run.outputs.event).toBe('release:published:octo-org/infra-fleet');
    const dispatch = await runAction({ actionDir: ECHO });
    expect(dispatch.outputs.event).toBe('workflow_dispatch::octo-org/infra-fleet');
  });

  it('reports a failing exit code and its error annotation', async () => {
    const run = await runAction({ actionDir: ECHO, inputs: { behaviour: 'fail' } });
    expect(run).toMatchObject({ exitCode: 3, signal: null, failed: true, timedOut: false });
    expect(run.annotations.filter((a) => a.command === 'error')).toEqual([
      { command: 'error', message: 'it failed', properties: {} },
    ]);
  });

  it('kills a run that outlives timeoutMs, keeping what it wrote', async () => {
    // The fixture would wait 30 s; 5 s is far above its start-up, however busy the machine.
    const run = await runAction({
      actionDir: ECHO,
      inputs: { behaviour: 'wait' },
      timeoutMs: 5_000,
    });
    expect(run).toMatchObject({ exitCode: null, signal: 'SIGKILL', failed: true, timedOut: true });
    expect(run.outputs.multiline).toBe('hello\nsecond=line');
    expect(run.outputs.woke).toBeUndefined();
  });

  it('delivers a signal so the action can handle it', async () => {
    const run = await runAction({
      actionDir: ECHO,
      inputs: { behaviour: 'wait' },
      // The fixture handles SIGTERM from its first line; it prints the warning after that.
      signalWhen: { signal: 'SIGTERM', when: ({ stdout }) => stdout.includes('::warning::') },
    });
    expect(run).toMatchObject({ exitCode: 0, signal: null, timedOut: false });
    expect(run.outputs.received).toBe('SIGTERM');
  });

  it('names a missing bundle', async () => {
    const actionDir = join(scratch, 'unbuilt');
    mkdirSync(actionDir);
    writeFileSync(
      join(actionDir, 'action.yml'),
      'name: x\nruns:\n  using: node24\n  main: dist/index.js\n',
    );
    await expect(runAction({ actionDir })).rejects.toThrow(
      /dist\/index\.js does not exist; run `npm run build`/,
    );
  });
});

describe('evaluateDefault', () => {
  const context = { token: 't0k', ref_name: 'main', repository: 'o/r' };

  it('replaces known github.* values, also inside text', () => {
    expect(evaluateDefault('${{ github.token }}', context)).toBe('t0k');
    expect(evaluateDefault('x/${{github.repository}}@${{ github.ref_name }}', context)).toBe(
      'x/o/r@main',
    );
    expect(evaluateDefault('plain', context)).toBe('plain');
  });

  it.each([
    '${{ secrets.TOKEN }}',
    '${{ github.event.release.tag_name }}',
    '${{ github.token_x }}',
    "${{ github.token || 'x' }}",
  ])('refuses %s with a clear message', (expression) => {
    expect(() => evaluateDefault(expression, context)).toThrow(
      `The harness cannot evaluate ${expression}`,
    );
  });
});

describe('parseOutputFile', () => {
  it('reads name=value and heredoc forms; the last write wins', () => {
    const text = 'a=1\nb<<EOF\nline 1\n\nc=not-an-output\nEOF\nurl=x=y<<z\na=2\n\nempty=\n';
    expect(parseOutputFile(text)).toEqual({
      a: '2',
      b: 'line 1\n\nc=not-an-output',
      url: 'x=y<<z',
      empty: '',
    });
  });

  it('reads CRLF files and empty heredocs', () => {
    expect(parseOutputFile('x<<D\r\nD\r\ny=1\r\n')).toEqual({ x: '', y: '1' });
  });

  it('refuses an unterminated heredoc or a bare line', () => {
    expect(() => parseOutputFile('x<<END\nvalue\n')).toThrow("Output 'x': no closing END.");
    expect(() => parseOutputFile('just text\n')).toThrow('neither name=value nor name<<DELIM');
  });
});

describe('parseCommands', () => {
  it('ignores other commands and text that only looks like one', () => {
    const stdout = '::debug::d\n::group::g\nsay ::error::x\n::add-mask::a%0Ab\n::error::e\n';
    expect(parseCommands(stdout)).toEqual({
      annotations: [{ command: 'error', message: 'e', properties: {} }],
      masked: ['a\nb'],
    });
  });
});

describe('actionInputs and events', () => {
  it('reads the fixture metadata', () => {
    const metadata = actionInputs(ECHO);
    expect(metadata.inputs['max count']).toEqual({
      description: expect.any(String),
      required: false,
    });
    expect(metadata.inputs.token?.default).toBe('${{ github.token }}');
    expect(Object.keys(metadata.outputs)).toEqual(['inputs', 'env-names', 'multiline']);
    expect(metadata.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('shapes payloads like GitHub webhooks', () => {
    const release = releasePublishedEvent({
      tagName: 'v2.0.0-rc.1',
      author: 'dev',
      prerelease: true,
    });
    expect(release.payload).toMatchObject({
      action: 'published',
      release: { tag_name: 'v2.0.0-rc.1', prerelease: true, author: { login: 'dev' } },
      repository: { full_name: 'octo-org/infra-fleet', owner: { login: 'octo-org' } },
      sender: { login: 'octocat' },
    });
    const push = pushEvent({ before: '0'.repeat(40), after: 'b'.repeat(40), forced: true });
    expect(push).toMatchObject({
      name: 'push',
      payload: { created: true, forced: true, ref: 'refs/heads/main' },
    });
    const dispatch = workflowDispatchEvent({ inputs: { environment: 'production' } });
    expect(dispatch.payload).toMatchObject({ inputs: { environment: 'production' } });
  });
});
