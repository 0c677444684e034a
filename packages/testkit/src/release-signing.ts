import { constants, createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/**
 * An OpenPGP v4 signing key made for tests, standing in for a publisher's release key: its
 * armored public key is what the action would pin, and `sign` writes what `gpg --detach-sign`
 * writes. Ed25519 like Terragrunt's key, RSA like OpenTofu's.
 */
export interface TestSigningKey {
  kind: 'ed25519' | 'rsa';
  /** 40 upper-case hex digits. */
  fingerprint: string;
  armored: string;
  /** A binary detached signature of `data` (SHA-256). */
  sign(data: Buffer): Buffer;
}

const ED25519_OID = Buffer.from('2b06010401da470f01', 'hex');
const CREATED = 1_767_225_600; // 2026-01-01T00:00:00Z: fixed, so keys differ only by their material

const memo = new Map<TestSigningKey['kind'], TestSigningKey>();

/** One key of each kind per process: RSA keys take a moment to make. */
export function testSigningKey(kind: TestSigningKey['kind']): TestSigningKey {
  const key = memo.get(kind) ?? createTestSigningKey(kind);
  memo.set(kind, key);
  return key;
}

/** A new key, e.g. one the action does not trust. */
export function createTestSigningKey(kind: TestSigningKey['kind']): TestSigningKey {
  const pair =
    kind === 'rsa'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : generateKeyPairSync('ed25519');
  const jwk = pair.publicKey.export({ format: 'jwk' });
  const material =
    kind === 'rsa'
      ? Buffer.concat([Buffer.from([1]), mpi(b64(jwk.n)), mpi(b64(jwk.e))])
      : Buffer.concat([
          Buffer.from([22, ED25519_OID.length]),
          ED25519_OID,
          mpi(Buffer.concat([Buffer.from([0x40]), b64(jwk.x)])),
        ]);
  const body = Buffer.concat([Buffer.from([4]), uint32(CREATED), material]);
  const fingerprint = createHash('sha1')
    .update(Buffer.concat([Buffer.from([0x99]), uint16(body.length), body]))
    .digest();
  return {
    kind,
    fingerprint: fingerprint.toString('hex').toUpperCase(),
    armored: armor('PUBLIC KEY BLOCK', packet(6, body)),
    sign: (data) => packet(2, signatureBody(data, kind, pair.privateKey, fingerprint)),
  };
}

function signatureBody(
  data: Buffer,
  kind: TestSigningKey['kind'],
  privateKey: KeyObject,
  fingerprint: Buffer,
): Buffer {
  const hashed = Buffer.concat([
    subpacket(2, uint32(Math.floor(Date.now() / 1000))),
    subpacket(33, Buffer.concat([Buffer.from([4]), fingerprint])),
  ]);
  const algorithm = kind === 'rsa' ? 1 : 22;
  const hashedPart = Buffer.concat([
    Buffer.from([4, 0x00, algorithm, 8]),
    uint16(hashed.length),
    hashed,
  ]);
  const trailer = Buffer.concat([hashedPart, Buffer.from([0x04, 0xff]), uint32(hashedPart.length)]);
  const signed = Buffer.concat([data, trailer]);
  const digest = createHash('sha256').update(signed).digest();
  const values =
    kind === 'rsa'
      ? mpi(sign('sha256', signed, { key: privateKey, padding: constants.RSA_PKCS1_PADDING }))
      : (() => {
          const signature = sign(null, digest, privateKey);
          return Buffer.concat([mpi(signature.subarray(0, 32)), mpi(signature.subarray(32))]);
        })();
  const unhashed = subpacket(16, fingerprint.subarray(12));
  return Buffer.concat([
    hashedPart,
    uint16(unhashed.length),
    unhashed,
    digest.subarray(0, 2),
    values,
  ]);
}

const b64 = (value: string | undefined) => Buffer.from(value ?? '', 'base64url');

function mpi(bytes: Buffer): Buffer {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start += 1;
  const trimmed = bytes.subarray(start);
  const bits = (trimmed.length - 1) * 8 + (32 - Math.clz32(trimmed[0]!));
  return Buffer.concat([uint16(bits), trimmed]);
}

function subpacket(type: number, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from([body.length + 1, type]), body]);
}

function packet(tag: number, body: Buffer): Buffer {
  const length =
    body.length < 192
      ? Buffer.from([body.length])
      : Buffer.concat([Buffer.from([255]), uint32(body.length)]);
  return Buffer.concat([Buffer.from([0xc0 | tag]), length, body]);
}

function armor(type: string, bytes: Buffer): string {
  const lines = bytes.toString('base64').match(/.{1,64}/g) ?? [];
  const crc = Buffer.alloc(3);
  crc.writeUIntBE(crc24(bytes), 0, 3);
  return [
    `-----BEGIN PGP ${type}-----`,
    '',
    ...lines,
    `=${crc.toString('base64')}`,
    `-----END PGP ${type}-----`,
    '',
  ].join('\n');
}

function crc24(bytes: Buffer): number {
  let crc = 0xb704ce;
  for (const byte of bytes) {
    crc ^= byte << 16;
    for (let bit = 0; bit < 8; bit += 1) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

function uint16(value: number): Buffer {
  return Buffer.from([value >> 8, value & 0xff]);
}

function uint32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value);
  return bytes;
}
