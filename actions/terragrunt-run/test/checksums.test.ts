import { describe, expect, it } from '@jest/globals';
import { ActionError } from '@infra-fleet/action-kit';
import { expectedDigest, parseChecksums, verifyDigest } from '../src/checksums.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'C'.repeat(64);
const URL = 'https://mirror.example/v1.0.2/SHA256SUMS';

describe('parseChecksums', () => {
  it('reads sha256sum lines (text and binary mode), skipping anything else', () => {
    const text = [
      `${A}  terragrunt_linux_amd64`,
      `${B} *terragrunt_darwin_arm64`,
      `${C}  tofu_1.11.5_linux_amd64.tar.gz\r`,
      '',
      '# a comment',
      `${'d'.repeat(63)}  too_short`,
      `${A}\tterragrunt_tab_separated`,
      `${A} terragrunt_single_space`,
    ].join('\n');
    expect(parseChecksums(text)).toEqual(
      new Map([
        ['terragrunt_linux_amd64', A],
        ['terragrunt_darwin_arm64', B],
        ['tofu_1.11.5_linux_amd64.tar.gz', 'c'.repeat(64)],
      ]),
    );
  });

  it('keeps a name listed twice with the same digest, drops one listed with two digests', () => {
    const text = `${A}  same\n${A}  same\n${A}  twice\n${B}  twice\n`;
    expect(parseChecksums(text)).toEqual(new Map([['same', A]]));
  });
});

describe('expectedDigest', () => {
  const sums = `${A}  terragrunt_linux_amd64\n${B}  terragrunt_linux_amd64.tar.gz\n`;

  it('matches the exact asset name only', () => {
    expect(expectedDigest(sums, 'terragrunt_linux_amd64', URL)).toBe(A);
    expect(expectedDigest(sums, 'terragrunt_linux_amd64.tar.gz', URL)).toBe(B);
  });

  it('refuses when the asset has no line, naming the checksum file and the asset', () => {
    expect(() => expectedDigest(sums, 'terragrunt_linux_arm64', URL)).toThrow(
      new ActionError(`${URL} lists no single SHA-256 checksum for terragrunt_linux_arm64.`),
    );
    expect(() => expectedDigest('', 'terragrunt_linux_amd64', URL)).toThrow(ActionError);
  });
});

describe('verifyDigest', () => {
  const what = { assetName: 'terragrunt_linux_amd64', url: 'https://x/t', listedBy: URL };

  it('accepts equal digests in any case', () => {
    expect(() => verifyDigest(A.toUpperCase(), A, what)).not.toThrow();
  });

  it('refuses a mismatch with both digests and a hint', () => {
    let caught: unknown;
    try {
      verifyDigest(B, A, what);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ActionError);
    expect((caught as ActionError).message).toBe(
      `Checksum mismatch for https://x/t: SHA-256 ${B}, but ${URL} lists ${A} for terragrunt_linux_amd64. It was not installed.`,
    );
    expect((caught as ActionError).hint).toContain('altered or corrupted');
  });
});
