import { describe, expect, it } from '@jest/globals';
import { InputError } from '@infra-fleet/action-kit';
import {
  formatReference,
  parseImageLine,
  quoteValue,
  validateDigest,
  validateTag,
} from '../src/references.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('validateTag', () => {
  it.each(['v1.2.3', '1.10', '010', 'latest', '_x', 'a'.repeat(128), 'v1.2.3-rc.1_build.7'])(
    'accepts %j',
    (tag) => {
      expect(validateTag('tag', tag)).toBe(tag);
    },
  );

  it.each([
    ['$(id)', /character "\$" \(U\+0024\) at position 1|must start/],
    ['v1`id`', /character "`" \(U\+0060\) at position 3/],
    ['v1;rm', /character ";" \(U\+003B\) at position 3/],
    ['v1\nx', /"v1\\nx".*character "\\n" \(U\+000A\) at position 3/],
    ['-v1', /must start with a letter, digit or underscore/],
    ['a'.repeat(129), /129 characters long/],
    ['v1.2.3\u0430', /"v1\.2\.3\\u0430".*\(U\+0430\) at position 7/],
    ['\uff56\uff11', /must start/],
    ['', /must start/],
  ])('rejects %j naming the value', (tag, message) => {
    const error = (() => {
      try {
        validateTag('tag', tag);
      } catch (caught) {
        return caught as InputError;
      }
      throw new Error('expected a rejection');
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^Input 'tag': /);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });
});

describe('validateDigest', () => {
  it('accepts a lower-case sha256 digest', () => {
    expect(validateDigest('digest', DIGEST)).toBe(DIGEST);
  });
  it('explains an upper-case digest', () => {
    expect(() =>
      validateDigest('digest', DIGEST.toUpperCase().replace('SHA256', 'sha256')),
    ).toThrow(expect.objectContaining({ hint: 'Write the hex part in lower case.' }));
  });
  it.each([`sha256:${'a'.repeat(63)}`, `sha512:${'a'.repeat(64)}`, 'a'.repeat(64)])(
    'rejects %j',
    (value) => {
      expect(() => validateDigest('digest', value)).toThrow(/is not a valid sha256 digest/);
    },
  );
});

describe('parseImageLine', () => {
  it.each([
    ['app', { name: 'app' }],
    ['app=v1', { name: 'app', tag: 'v1' }],
    [`app=v1@${DIGEST}`, { name: 'app', tag: 'v1', digest: DIGEST }],
    [`app@${DIGEST}`, { name: 'app', digest: DIGEST }],
    ['registry:5000/team/app=1.10', { name: 'registry:5000/team/app', tag: '1.10' }],
  ])('parses %j', (line, expected) => {
    expect(parseImageLine(line)).toEqual(expected);
  });
  it.each(['app=', 'app=v1@sha256:x', '=v1', 'app name=v1', 'app=$(x)'])('rejects %j', (line) => {
    expect(() => parseImageLine(line)).toThrow(/^Input 'images': /);
  });
});

describe('quoteValue and formatReference', () => {
  it('escapes control and non-ASCII characters', () => {
    expect(quoteValue('a\nb\u0430')).toBe('"a\\nb\\u0430"');
  });
  it('formats NAME=TAG@DIGEST', () => {
    expect(formatReference('app', 'v1', DIGEST)).toBe(`app=v1@${DIGEST}`);
    expect(formatReference('app', null, DIGEST)).toBe(`app@${DIGEST}`);
    expect(formatReference('app', null, null)).toBe('app (unset)');
  });
});
