import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { createTestSigningKey } from '@infra-fleet/testkit';
import { crc24, dearmor, readPackets } from '../src/openpgp-packets.js';
import { readPublicKey, verifyDetached } from '../src/openpgp.js';
import { OPENTOFU_SIGNING_KEY, TERRAGRUNT_SIGNING_KEY } from '../src/publisher-keys.js';
import { loadPinnedKey, PUBLISHER_TRUST } from '../src/trust.js';

// Made with GnuPG 2 (`gpg --quick-gen-key ... rsa2048|ed25519 sign`, `gpg --detach-sign`):
// an implementation independent of the verifier and of the testkit's signer.
const FIXTURES = join(import.meta.dirname, 'fixtures/openpgp');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const SUMS = fixture('SHA256SUMS');
const GPG_RSA = readPublicKey(fixture('rsa.asc').toString('utf8'));
const GPG_ED25519 = readPublicKey(fixture('ed25519.asc').toString('utf8'));

describe('verifyDetached with signatures made by GnuPG', () => {
  it('reads the keys and their v4 fingerprints', () => {
    expect(GPG_RSA).toMatchObject({
      algorithm: 'rsa',
      fingerprint: 'AD53D12E12FAEFF687673E2A05CEC9D27D248A84',
    });
    expect(GPG_ED25519).toMatchObject({
      algorithm: 'ed25519',
      fingerprint: '2FBAB527F16CCA96C7E8EE73BBFAA2CE4F67FAFE',
    });
  });

  it('accepts RSA (old packet format) and Ed25519 signatures, binary and armored', () => {
    expect(verifyDetached(SUMS, fixture('SHA256SUMS.rsa.gpgsig'), GPG_RSA)).toEqual({ ok: true });
    expect(verifyDetached(SUMS, fixture('SHA256SUMS.ed25519.gpgsig'), GPG_ED25519)).toEqual({
      ok: true,
    });
    expect(verifyDetached(SUMS, fixture('SHA256SUMS.ed25519.asc'), GPG_ED25519)).toEqual({
      ok: true,
    });
  });

  it('refuses a file changed by one byte', () => {
    const altered = Buffer.from(SUMS);
    altered[0] = altered[0]! ^ 1;
    expect(verifyDetached(altered, fixture('SHA256SUMS.rsa.gpgsig'), GPG_RSA)).toEqual({
      ok: false,
      reason: 'the signature does not match the file and the key',
    });
    expect(verifyDetached(altered, fixture('SHA256SUMS.ed25519.gpgsig'), GPG_ED25519).ok).toBe(
      false,
    );
  });

  it('refuses a signature by another key, naming the key it claims', () => {
    const other = readPublicKey(createTestSigningKey('ed25519').armored);
    expect(verifyDetached(SUMS, fixture('SHA256SUMS.ed25519.gpgsig'), other)).toEqual({
      ok: false,
      reason: 'a signature names the key 2FBAB527F16CCA96C7E8EE73BBFAA2CE4F67FAFE',
    });
    expect(verifyDetached(SUMS, fixture('SHA256SUMS.rsa.gpgsig'), GPG_ED25519)).toEqual({
      ok: false,
      reason: 'a signature was made with another kind of key',
    });
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'it holds no signature'],
    ['text', Buffer.from('not a signature\n'), 'it is not an OpenPGP signature'],
    ['a truncated packet', fixture('SHA256SUMS.rsa.gpgsig').subarray(0, 40), 'truncated'],
    ['a key block (its certifications)', fixture('rsa.asc'), 'not a binary document signature'],
  ])('refuses %s without throwing', (_, signature, reason) => {
    const outcome = verifyDetached(SUMS, signature, GPG_RSA);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.reason).toContain(reason);
  });
});

describe('verifyDetached with the testkit signer', () => {
  it.each(['ed25519', 'rsa'] as const)('round-trips %s signatures', (kind) => {
    const key = createTestSigningKey(kind);
    const publicKey = readPublicKey(key.armored);
    expect(publicKey.fingerprint).toBe(key.fingerprint);
    expect(verifyDetached(SUMS, key.sign(SUMS), publicKey)).toEqual({ ok: true });
    expect(verifyDetached(Buffer.from('other'), key.sign(SUMS), publicKey).ok).toBe(false);
  });

  it('refuses a signature over SHA-1 and one with an unknown critical subpacket', () => {
    const key = createTestSigningKey('ed25519');
    const publicKey = readPublicKey(key.armored);
    const [packet] = readPackets(key.sign(SUMS));
    const withHash = (algorithm: number) => {
      const body = Buffer.from(packet!.body);
      body[3] = algorithm;
      return Buffer.concat([Buffer.from([0xc2, body.length]), body]);
    };
    expect(verifyDetached(SUMS, withHash(2), publicKey)).toEqual({
      ok: false,
      reason: 'a signature uses a hash algorithm other than SHA-2',
    });
    const critical = Buffer.from(packet!.body);
    critical[7] = 0x80 | 40; // the first hashed subpacket's type, marked critical and unknown
    expect(
      verifyDetached(
        SUMS,
        Buffer.concat([Buffer.from([0xc2, critical.length]), critical]),
        publicKey,
      ),
    ).toEqual({
      ok: false,
      reason: 'a signature has a critical subpacket 40 this verifier does not know',
    });
  });
});

describe('the pinned publisher keys', () => {
  it('have the fingerprints the publishers give', () => {
    // OpenTofu: the key its installer (get.opentofu.org) pins; Terragrunt: the KEYS file's key.
    expect(OPENTOFU_SIGNING_KEY.fingerprint).toBe('E3E6E43D84CB852EADB0051D0C0AF313E5FD9F80');
    expect(TERRAGRUNT_SIGNING_KEY.fingerprint).toBe('68C80F86DF98E710C0F22E2E577774ACA847CC49');
    expect(loadPinnedKey('opentofu', PUBLISHER_TRUST.keys.opentofu)).toMatchObject({
      algorithm: 'rsa',
      fingerprint: OPENTOFU_SIGNING_KEY.fingerprint,
    });
    expect(loadPinnedKey('terragrunt', PUBLISHER_TRUST.keys.terragrunt)).toMatchObject({
      algorithm: 'ed25519',
      fingerprint: TERRAGRUNT_SIGNING_KEY.fingerprint,
    });
  });

  it('are refused when the material does not have the pinned fingerprint', () => {
    expect(() =>
      loadPinnedKey('terragrunt', {
        fingerprint: OPENTOFU_SIGNING_KEY.fingerprint,
        armored: TERRAGRUNT_SIGNING_KEY.armored,
      }),
    ).toThrow(
      `The terragrunt signing key pinned in the action has fingerprint ${TERRAGRUNT_SIGNING_KEY.fingerprint}, not ${OPENTOFU_SIGNING_KEY.fingerprint}.`,
    );
  });

  it('have intact armor (CRC-24)', () => {
    const bytes = dearmor(TERRAGRUNT_SIGNING_KEY.armored);
    expect(crc24(bytes)).toBe(Buffer.from('6QIi', 'base64').readUIntBE(0, 3));
    const broken = TERRAGRUNT_SIGNING_KEY.armored.replace('=6QIi', '=AAAA');
    expect(() => dearmor(broken)).toThrow('its armor checksum does not match');
  });
});
