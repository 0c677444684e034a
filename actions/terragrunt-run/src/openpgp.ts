// Verifies OpenPGP v4 detached signatures (what `gpg --detach-sign` writes) against one pinned
// public key, with node:crypto doing the RSA and Ed25519 arithmetic. Only what release signing
// uses is supported: binary-document signatures over SHA-2, by an RSA or Ed25519 primary key.
import { createHash, createPublicKey, createVerify, verify, type KeyObject } from 'node:crypto';
import {
  OpenPgpFormatError,
  readPackets,
  Reader,
  unarmor,
  type Packet,
} from './openpgp-packets.js';

export { OpenPgpFormatError } from './openpgp-packets.js';

export interface PublicKey {
  /** 40 upper-case hex digits (v4). */
  fingerprint: string;
  algorithm: 'rsa' | 'ed25519';
  key: KeyObject;
}

export type Verification = { ok: true } | { ok: false; reason: string };

const TAG_SIGNATURE = 2;
const TAG_PUBLIC_KEY = 6;
const RSA = new Set([1, 3]);
const EDDSA_LEGACY = 22;
const ED25519 = 27;
const ED25519_OID = Buffer.from('2b06010401da470f01', 'hex');
const HASHES: Record<number, string> = { 8: 'sha256', 9: 'sha384', 10: 'sha512', 11: 'sha224' };
const BINARY_DOCUMENT = 0x00;
const SUBPACKET = { created: 2, expires: 3, issuer: 16, issuerFingerprint: 33 } as const;

/** The primary key of an armored (or binary) public key block, with its v4 fingerprint. */
export function readPublicKey(block: string | Buffer): PublicKey {
  const data = typeof block === 'string' ? Buffer.from(block, 'latin1') : block;
  const packet = readPackets(unarmor(data))[0];
  if (packet?.tag !== TAG_PUBLIC_KEY) throw new OpenPgpFormatError('it holds no public key');
  const reader = new Reader(packet.body);
  if (reader.byte() !== 4) throw new OpenPgpFormatError('only v4 keys are supported');
  reader.uint32(); // creation time
  const algorithm = reader.byte();
  const fingerprint = createHash('sha1')
    .update(Buffer.from([0x99, packet.body.length >> 8, packet.body.length & 0xff]))
    .update(packet.body)
    .digest('hex')
    .toUpperCase();
  if (RSA.has(algorithm)) {
    const n = reader.mpi();
    const e = reader.mpi();
    return {
      fingerprint,
      algorithm: 'rsa',
      key: jwkKey({ kty: 'RSA', n: b64url(n), e: b64url(e) }),
    };
  }
  return { fingerprint, algorithm: 'ed25519', key: ed25519Key(reader, algorithm) };
}

function ed25519Key(reader: Reader, algorithm: number): KeyObject {
  let x: Buffer;
  if (algorithm === EDDSA_LEGACY) {
    const oid = reader.bytes(reader.byte());
    const point = reader.mpi();
    if (!oid.equals(ED25519_OID) || point.length !== 33 || point[0] !== 0x40) {
      throw new OpenPgpFormatError('its EdDSA key is not an Ed25519 key');
    }
    x = point.subarray(1);
  } else if (algorithm === ED25519) {
    x = reader.bytes(32);
  } else {
    throw new OpenPgpFormatError(`its key algorithm ${algorithm} is not supported`);
  }
  return jwkKey({ kty: 'OKP', crv: 'Ed25519', x: b64url(x) });
}

const b64url = (bytes: Buffer) => bytes.toString('base64url');
const jwkKey = (jwk: Record<string, string>) => createPublicKey({ key: jwk, format: 'jwk' });

/** Whether `signature` (a detached signature file) holds a valid signature of `data` by `key`. */
export function verifyDetached(data: Buffer, signature: Buffer, key: PublicKey): Verification {
  let packets: Packet[];
  try {
    packets = readPackets(unarmor(signature)).filter((p) => p.tag === TAG_SIGNATURE);
  } catch (error) {
    return { ok: false, reason: `it is not an OpenPGP signature: ${(error as Error).message}` };
  }
  if (packets.length === 0) return { ok: false, reason: 'it holds no signature' };
  const reasons: string[] = [];
  for (const packet of packets.slice(0, 8)) {
    const outcome = verifyPacket(data, packet.body, key);
    if (outcome.ok) return outcome;
    reasons.push(outcome.reason);
  }
  return { ok: false, reason: [...new Set(reasons)].join('; ') };
}

interface Signature {
  type: number;
  algorithm: number;
  hash: string | undefined;
  /** Version through hashed subpackets: what the trailer covers. */
  hashedPart: Buffer;
  subpackets: Subpacket[];
  left16: Buffer;
  values: Buffer[];
}

interface Subpacket {
  type: number;
  critical: boolean;
  body: Buffer;
}

function verifyPacket(data: Buffer, body: Buffer, key: PublicKey): Verification {
  let signature: Signature;
  try {
    signature = parseSignature(body);
  } catch (error) {
    return { ok: false, reason: `a signature is malformed: ${(error as Error).message}` };
  }
  const problem = signatureProblem(signature, key);
  if (problem) return { ok: false, reason: problem };
  const trailer = Buffer.concat([
    signature.hashedPart,
    Buffer.from([0x04, 0xff]),
    uint32(signature.hashedPart.length),
  ]);
  const hash = signature.hash!;
  const digest = createHash(hash).update(data).update(trailer).digest();
  if (
    !digest.subarray(0, 2).equals(signature.left16) ||
    !checkValues(signature, key, digest, [data, trailer])
  ) {
    return { ok: false, reason: 'the signature does not match the file and the key' };
  }
  return { ok: true };
}

function parseSignature(body: Buffer): Signature {
  const reader = new Reader(body);
  const version = reader.byte();
  if (version !== 4)
    throw new OpenPgpFormatError(`version ${version} signatures are not supported`);
  const type = reader.byte();
  const algorithm = reader.byte();
  const hash = HASHES[reader.byte()];
  const hashed = reader.bytes(reader.uint16());
  const hashedPart = body.subarray(0, reader.position);
  reader.bytes(reader.uint16()); // unhashed subpackets: not covered by the signature, unused
  const left16 = reader.bytes(2);
  const values = RSA.has(algorithm)
    ? [reader.mpi()]
    : algorithm === ED25519
      ? [reader.bytes(32), reader.bytes(32)]
      : [reader.mpi(), reader.mpi()];
  return { type, algorithm, hash, hashedPart, subpackets: readSubpackets(hashed), left16, values };
}

function readSubpackets(bytes: Buffer): Subpacket[] {
  const reader = new Reader(bytes);
  const subpackets: Subpacket[] = [];
  while (!reader.done) {
    const first = reader.byte();
    const length =
      first < 192
        ? first
        : first < 255
          ? ((first - 192) << 8) + reader.byte() + 192
          : reader.uint32();
    const content = reader.bytes(length);
    if (content.length === 0) throw new OpenPgpFormatError('a subpacket is empty');
    subpackets.push({
      type: content[0]! & 0x7f,
      critical: (content[0]! & 0x80) !== 0,
      body: content.subarray(1),
    });
  }
  return subpackets;
}

const KNOWN_SUBPACKETS = new Set<number>(Object.values(SUBPACKET));

function signatureProblem(signature: Signature, key: PublicKey): string | undefined {
  if (signature.type !== BINARY_DOCUMENT)
    return `a signature has type ${signature.type}, not a binary document signature`;
  if (!signature.hash) return 'a signature uses a hash algorithm other than SHA-2';
  const algorithmMatches =
    key.algorithm === 'rsa'
      ? RSA.has(signature.algorithm)
      : signature.algorithm === EDDSA_LEGACY || signature.algorithm === ED25519;
  if (!algorithmMatches) return 'a signature was made with another kind of key';
  const critical = signature.subpackets.find((s) => s.critical && !KNOWN_SUBPACKETS.has(s.type));
  if (critical)
    return `a signature has a critical subpacket ${critical.type} this verifier does not know`;
  const issuer = signature.subpackets.find((s) => s.type === SUBPACKET.issuerFingerprint);
  if (issuer && issuer.body.subarray(1).toString('hex').toUpperCase() !== key.fingerprint) {
    return `a signature names the key ${issuer.body.subarray(1).toString('hex').toUpperCase()}`;
  }
  return expiryProblem(signature);
}

function expiryProblem(signature: Signature): string | undefined {
  const created = signature.subpackets.find((s) => s.type === SUBPACKET.created);
  if (created?.body.length !== 4) return 'a signature has no creation time';
  const expires = signature.subpackets.find((s) => s.type === SUBPACKET.expires);
  const lifetime = expires?.body.length === 4 ? expires.body.readUInt32BE(0) : 0;
  const end = created.body.readUInt32BE(0) + lifetime;
  return lifetime > 0 && end * 1000 < Date.now() ? 'the signature has expired' : undefined;
}

function checkValues(
  signature: Signature,
  key: PublicKey,
  digest: Buffer,
  signed: Buffer[],
): boolean {
  try {
    return checkValuesUnsafe(signature, key, digest, signed);
  } catch {
    return false; // node:crypto throws on values of the wrong size
  }
}

function checkValuesUnsafe(
  signature: Signature,
  key: PublicKey,
  digest: Buffer,
  signed: Buffer[],
): boolean {
  if (key.algorithm === 'rsa') {
    const size = Math.ceil((key.key.asymmetricKeyDetails?.modulusLength ?? 0) / 8);
    const verifier = createVerify(signature.hash!);
    for (const part of signed) verifier.update(part);
    return verifier.verify(key.key, leftPad(signature.values[0]!, size));
  }
  // OpenPGP's EdDSA signs the digest, not the message.
  const [r, s] = signature.values;
  return verify(null, digest, key.key, Buffer.concat([leftPad(r!, 32), leftPad(s!, 32)]));
}

function leftPad(bytes: Buffer, size: number): Buffer {
  if (bytes.length >= size) return bytes;
  return Buffer.concat([Buffer.alloc(size - bytes.length), bytes]);
}

function uint32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value);
  return bytes;
}
