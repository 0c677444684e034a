import { describe, expect, it } from '@jest/globals';
import { blankExpressions, contextReferences } from '../src/expressions.js';
import { kindOf, type WorkflowFile } from '../src/model.js';
import { shellCommands } from '../src/shell-words.js';
import { isPinned, parseUses, pathInRepository } from '../src/uses.js';
import { yaml } from './helpers.js';

function workflow(text: string): WorkflowFile['workflow'] {
  const file = yaml(text);
  if (file.kind !== 'workflow') throw new Error('not a workflow');
  return file.workflow;
}

describe('the model', () => {
  it('tells actions from workflows by file name', () => {
    expect(kindOf('actions/x/action.yml')).toBe('action');
    expect(kindOf('x/action.yaml')).toBe('action');
    expect(kindOf('.github/workflows/action.yml.bak')).toBe('workflow');
  });

  it('maps every line of a literal run body to its file line', () => {
    const [job] = workflow(`
      on: push
      jobs:
        a:
          steps:
            - run: |
                one

                three
            - run: echo single
    `).jobs;
    expect(job?.steps[0]?.run).toEqual({ body: 'one\n\nthree\n', line: 5, lines: [6, 7, 8, 8] });
    expect(job?.steps[1]?.run?.lines).toEqual([9]);
  });

  it('reads jobs: needs, environment, concurrency, permissions, outputs, defaults', () => {
    const [, job] = workflow(`
      on: push
      defaults:
        run:
          shell: sh
      jobs:
        first:
          steps: []
        second:
          needs: first
          environment:
            name: production
            url: https://example.com
          concurrency: deploy-production
          permissions:
            contents: read
          outputs:
            sha: \${{ steps.x.outputs.sha }}
          if: needs.first.result == 'success'
          steps: []
    `).jobs;
    expect(job?.needs).toEqual([{ value: 'first', line: 9 }]);
    expect(job?.environment).toEqual({ value: 'production', line: 10 });
    expect(job?.concurrency).toEqual({ line: 13, group: { value: 'deploy-production', line: 13 } });
    expect(job?.permissions?.grants).toEqual([{ scope: 'contents', level: 'read', line: 15 }]);
    expect(job?.shell).toBe('sh');
    expect(job?.expressions).toEqual([
      { body: 'steps.x.outputs.sha', line: 17 },
      { body: "needs.first.result == 'success'", line: 18 },
    ]);
  });

  it('expands YAML anchors the way GitHub does', () => {
    const [, job] = workflow(`
      on: push
      jobs:
        first:
          permissions: &read
            contents: read
          steps: []
        second:
          permissions: *read
          steps: []
    `).jobs;
    expect(job?.permissions?.grants).toEqual([{ scope: 'contents', level: 'read', line: 5 }]);
  });

  it('reads the workflow_call interface', () => {
    const { call } = workflow(`
      on:
        workflow_call:
          inputs:
            a:
              type: string
              required: true
          secrets:
            s:
              required: false
    `);
    expect(call?.inputs.get('a')).toEqual({
      name: 'a',
      line: 4,
      required: true,
      hasDefault: false,
    });
    expect(call?.secrets.get('s')?.required).toBe(false);
  });
});

describe('expressions', () => {
  it('finds step, needs and jobs references in both syntaxes', () => {
    expect(
      contextReferences("steps.a.outputs.b && needs['c'].outputs['d-e'] || jobs.f.result"),
    ).toEqual([
      { context: 'steps', id: 'a', property: 'outputs', name: 'b' },
      { context: 'needs', id: 'c', property: 'outputs', name: 'd-e' },
      { context: 'jobs', id: 'f', property: 'result', name: undefined },
    ]);
  });

  it('blanks expressions without moving anything', () => {
    const text = 'echo ${{ a }}\nx="${{ b\n}}"';
    const blanked = blankExpressions(text);
    expect(blanked).toBe('echo ________\nx="_____\n__"');
    expect(blanked.length).toBe(text.length);
  });
});

describe('uses references', () => {
  it('parses local, docker and remote references', () => {
    expect(parseUses('./actions/x/')).toEqual({ kind: 'local', path: 'actions/x' });
    expect(parseUses('docker://alpine:3')).toEqual({ kind: 'docker', image: 'alpine:3' });
    expect(parseUses('o/r/p/q@v1')).toEqual({
      kind: 'remote',
      owner: 'o',
      repo: 'r',
      path: 'p/q',
      ref: 'v1',
    });
    expect(parseUses('nope')).toEqual({ kind: 'invalid' });
    expect(isPinned(parseUses('o/r@v1'))).toBe(false);
  });

  it('resolves this repository referenced by name', () => {
    expect(pathInRepository('org/infra-fleet/actions/x@v1', 'infra-fleet')).toBe('actions/x');
    expect(pathInRepository('org/other/actions/x@v1', 'infra-fleet')).toBeUndefined();
    expect(pathInRepository('org/infra-fleet@v1', 'infra-fleet')).toBeUndefined();
  });
});

describe('shell commands', () => {
  it('splits on operators, honours quotes, joins continuations, drops comments', () => {
    const commands = shellCommands('a "b c" && d \'e;f\' # g\nh \\\n  i | j\n');
    expect(commands).toEqual([
      { words: ['a', 'b c'], line: 0 },
      { words: ['d', 'e;f'], line: 0 },
      { words: ['h', 'i'], line: 1 },
      { words: ['j'], line: 1 },
    ]);
  });
});
