// OpenPGP framing (RFC 4880, RFC 9580): ASCII armor and packets, read with bounds checks.
// Nothing here is cryptographic; openpgp.ts verifies signatures with node:crypto.

export class OpenPgpFormatError extends Error {}

export interface Packet {
  tag: number;
  body: Buffer;
}

/** A bounds-checked cursor over bytes; reading past the end throws OpenPgpFormatError. */
export class Reader {
  private offset = 0;

  constructor(private readonly data: Buffer) {}

  get done(): boolean {
    return this.offset >= this.data.length;
  }

  get position(): number {
    return this.offset;
  }

  bytes(count: number): Buffer {
    if (count < 0 || this.offset + count > this.data.length) {
      throw new OpenPgpFormatError('it is truncated');
    }
    const slice = this.data.subarray(this.offset, this.offset + count);
    this.offset += count;
    return slice;
  }

  byte(): number {
    return this.bytes(1)[0]!;
  }

  uint16(): number {
    return this.bytes(2).readUInt16BE(0);
  }

  uint32(): number {
    return this.bytes(4).readUInt32BE(0);
  }

  /** A multiprecision integer: a 16-bit bit count, then the bytes. */
  mpi(): Buffer {
    return this.bytes(Math.ceil(this.uint16() / 8));
  }
}

const ARMOR_BEGIN = /^-----BEGIN PGP [A-Z ,/0-9]+-----$/;
const ARMOR_END = /^-----END PGP [A-Z ,/0-9]+-----$/;

/** Armored text or binary packets: the packets' bytes. */
export function unarmor(data: Buffer): Buffer {
  const head = data.subarray(0, 64).toString('latin1').trimStart();
  return head.startsWith('-----BEGIN PGP') ? dearmor(data.toString('latin1')) : data;
}

/** The bytes of an ASCII-armored block, its CRC-24 checked when it has one. */
export function dearmor(text: string): Buffer {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const begin = lines.findIndex((line) => ARMOR_BEGIN.test(line));
  const end = lines.findIndex((line, index) => index > begin && ARMOR_END.test(line));
  if (begin < 0 || end < 0) throw new OpenPgpFormatError('it is not an ASCII-armored block');
  let first = begin + 1;
  while (first < end && /^[A-Za-z-]+: /.test(lines[first]!)) first += 1;
  const body = lines.slice(first, end).filter((line) => line !== '');
  const checksum = body.at(-1)?.startsWith('=') ? body.pop()!.slice(1) : undefined;
  const bytes = Buffer.from(body.join(''), 'base64');
  if (checksum !== undefined && Buffer.from(checksum, 'base64').readUIntBE(0, 3) !== crc24(bytes)) {
    throw new OpenPgpFormatError('its armor checksum does not match');
  }
  return bytes;
}

/** The CRC-24 of RFC 4880, section 6.1. */
export function crc24(bytes: Uint8Array): number {
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

/** Splits bytes into packets; partial and indeterminate lengths are refused (never in keys or signatures). */
export function readPackets(data: Buffer): Packet[] {
  const reader = new Reader(data);
  const packets: Packet[] = [];
  while (!reader.done) {
    const header = reader.byte();
    if ((header & 0x80) === 0) throw new OpenPgpFormatError('it does not hold OpenPGP packets');
    const isNew = (header & 0x40) !== 0;
    const tag = isNew ? header & 0x3f : (header >> 2) & 0x0f;
    const length = isNew ? newLength(reader) : oldLength(reader, header & 0x03);
    packets.push({ tag, body: reader.bytes(length) });
  }
  return packets;
}

function newLength(reader: Reader): number {
  const first = reader.byte();
  if (first < 192) return first;
  if (first < 224) return ((first - 192) << 8) + reader.byte() + 192;
  if (first === 255) return reader.uint32();
  throw new OpenPgpFormatError('it uses partial body lengths');
}

function oldLength(reader: Reader, type: number): number {
  if (type === 0) return reader.byte();
  if (type === 1) return reader.uint16();
  if (type === 2) return reader.uint32();
  throw new OpenPgpFormatError('it uses an indeterminate length');
}
