import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { ActionError, InputError, runAction } from '../src/index.js';

let lines: string[];
let write: ReturnType<typeof jest.spyOn>;
const savedExitCode = process.exitCode;

beforeEach(() => {
  lines = [];
  write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  process.exitCode = undefined;
});

afterEach(() => {
  write.mockRestore();
  process.exitCode = savedExitCode;
});

describe('runAction', () => {
  it('leaves the exit code alone when main succeeds', async () => {
    await runAction(async () => {});
    expect(process.exitCode).toBeUndefined();
    expect(lines).toEqual([]);
  });

  it('fails the step with the message and a Hint line', async () => {
    await runAction(async () => {
      throw new ActionError('Image "web" is not in k8s/overlays/staging.', {
        hint: 'Use one of: api, worker.',
      });
    });
    expect(process.exitCode).toBe(1);
    expect(lines).toEqual([
      '::error::Image "web" is not in k8s/overlays/staging.%0AHint: Use one of: api, worker.\n',
    ]);
  });

  it('formats input errors with the input name', async () => {
    await runAction(async () => {
      throw new InputError('tag', '"v 1" is not a valid tag.');
    });
    expect(lines).toEqual(['::error::Input \'tag\': "v 1" is not a valid tag.\n']);
  });

  it('logs the stack of an unexpected error at debug level, and never throws', async () => {
    await expect(
      runAction(async () => {
        throw new TypeError('cannot read x of undefined');
      }),
    ).resolves.toBeUndefined();
    expect(process.exitCode).toBe(1);
    expect(lines[0]).toMatch(/^::debug::TypeError: cannot read x of undefined%0A {4}at /);
    expect(lines[1]).toBe('::error::cannot read x of undefined\n');
  });

  it('shows the hint of a library error that is not an ActionError', async () => {
    class LibraryError extends Error {
      readonly hint = 'Quote it: newTag: "1.10"';
    }
    await runAction(async () => {
      throw new LibraryError('kustomization.yaml:3:13: newTag reads as a number');
    });
    expect(lines.at(-1)).toBe(
      '::error::kustomization.yaml:3:13: newTag reads as a number%0AHint: Quote it: newTag: "1.10"\n',
    );
  });

  it('copes with a thrown non-Error', async () => {
    await runAction(() => Promise.reject('plain string'));
    expect(lines).toEqual(['::error::plain string\n']);
  });

  it('keeps ActionError details: name, hint, cause', () => {
    const cause = new Error('root');
    const error = new ActionError('outer', { hint: 'do this', cause });
    expect(error).toMatchObject({ name: 'ActionError', hint: 'do this', cause });
    expect(new InputError('x', 'bad')).toMatchObject({ name: 'InputError', input: 'x' });
    expect(new ActionError('no hint').hint).toBeUndefined();
  });
});
