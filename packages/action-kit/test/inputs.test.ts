import { describe, expect, it } from '@jest/globals';
import { createInputReader, InputError, inputVariable } from '../src/index.js';

function reader(inputs: Record<string, string>) {
  const env = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputVariable(k), v]));
  return createInputReader(env);
}

function errorOf(read: () => unknown): InputError {
  try {
    read();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('inputVariable', () => {
  it('mangles names like the runner: upper case, spaces to _, hyphens kept', () => {
    expect(inputVariable('max-attempts')).toBe('INPUT_MAX-ATTEMPTS');
    expect(inputVariable('my input name')).toBe('INPUT_MY_INPUT_NAME');
  });

  it('is what the reader reads', () => {
    expect(createInputReader({ 'INPUT_PROMOTE-FROM': 'staging' }).string('promote-from')).toBe(
      'staging',
    );
    expect(createInputReader({ INPUT_A_B: 'x' }).string('a b')).toBe('x');
  });
});

describe('string and optional', () => {
  const inputs = reader({ name: '  web  ', blank: '   ' });

  it('trims by default and keeps whitespace on request', () => {
    expect(inputs.string('name')).toBe('web');
    expect(inputs.string('name', { trim: false })).toBe('  web  ');
  });

  it('gives empty for absent, undefined from optional', () => {
    expect(inputs.string('missing')).toBe('');
    expect(inputs.optional('missing')).toBeUndefined();
    expect(inputs.optional('blank')).toBeUndefined();
    expect(inputs.optional('name')).toBe('web');
  });

  it('refuses a required input that is empty, naming it', () => {
    const error = errorOf(() => inputs.string('blank', { required: true }));
    expect(error.input).toBe('blank');
    expect(error.message).toBe("Input 'blank': is required.");
  });
});

describe('boolean', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
    [' true ', true],
    ['', false],
  ])('reads %j as %s', (value, expected) => {
    expect(reader({ flag: value }).boolean('flag')).toBe(expected);
  });

  it.each(['yes', 'on', '1', 'tRue'])('refuses %j and lists the accepted values', (value) => {
    const error = errorOf(() => reader({ 'allow-downgrade': value }).boolean('allow-downgrade'));
    expect(error.message).toBe(`Input 'allow-downgrade': "${value}" is not a boolean.`);
    expect(error.hint).toBe('Use one of: true, True, TRUE, false, False, FALSE.');
  });

  it('refuses empty when required', () => {
    expect(errorOf(() => reader({}).boolean('flag', { required: true })).message).toBe(
      "Input 'flag': is required.",
    );
  });
});

describe('enumeration', () => {
  const modes = ['push', 'pull-request', 'dry-run'] as const;

  it('matches exactly and falls back when empty', () => {
    expect(reader({ mode: 'dry-run' }).enumeration('mode', modes)).toBe('dry-run');
    expect(reader({}).enumeration('mode', modes, { fallback: 'push' })).toBe('push');
  });

  it.each(['Push', 'pushh', ''])('refuses %j listing the allowed values', (value) => {
    const error = errorOf(() => reader({ mode: value }).enumeration('mode', modes));
    expect(error.input).toBe('mode');
    expect(error.message).toContain("Input 'mode': ");
    expect(error.hint).toBe('Use one of: push, pull-request, dry-run.');
  });
});

describe('integer', () => {
  it('reads decimal digits and applies the fallback when empty', () => {
    expect(reader({ n: '42' }).integer('n')).toBe(42);
    expect(reader({ n: '007' }).integer('n')).toBe(7);
    expect(reader({}).integer('n', { fallback: 10 })).toBe(10);
  });

  it.each(['-1', '1.5', '1e3', '0x10', ' 1 2', 'ten'])('refuses %j', (value) => {
    const error = errorOf(() => reader({ 'max-attempts': value }).integer('max-attempts'));
    expect(error.message).toMatch(/^Input 'max-attempts': ".*" is not a whole number\.$/);
  });

  it('enforces min and max, naming the range', () => {
    const inputs = reader({ low: '0', high: '51', ok: '50' });
    const range = { min: 1, max: 50 };
    expect(inputs.integer('ok', range)).toBe(50);
    expect(errorOf(() => inputs.integer('low', range)).message).toBe(
      "Input 'low': 0 is out of range.",
    );
    expect(errorOf(() => inputs.integer('high', range)).hint).toBe('Use a number from 1 to 50.');
  });

  it('refuses empty without a fallback', () => {
    expect(errorOf(() => reader({}).integer('n')).message).toBe("Input 'n': is required.");
  });
});

describe('list', () => {
  it('gives one trimmed item per line, dropping blanks and comments', () => {
    const value = '\n  web=v1.2.3  \n# a comment\n\r\napi=v2, with comma\n   # indented comment\n';
    expect(reader({ images: value }).list('images')).toEqual(['web=v1.2.3', 'api=v2, with comma']);
    expect(reader({}).list('images')).toEqual([]);
  });
});
