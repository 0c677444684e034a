import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  type Stats,
} from 'node:fs';

export type SmallFile =
  { kind: 'missing' } | { kind: 'text'; text: string } | { kind: 'refused'; reason: string };

// O_NOFOLLOW: a link swapped in after lstat fails to open. O_NONBLOCK: a FIFO opens at once.
const FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
const NOT_REGULAR = 'is not a regular file (a FIFO, socket or device)';

/**
 * Reads a small regular file without following a symbolic link, blocking on a FIFO or device,
 * or reading more than `maxBytes`. A missing path or a folder is `missing`; anything else that is
 * not a small regular file is refused, with a reason that never quotes its content.
 */
export function readSmallRegularFile(path: string, maxBytes: number): SmallFile {
  const stats = lstatOrUndefined(path);
  if (!stats || stats.isDirectory()) return { kind: 'missing' };
  if (stats.isSymbolicLink()) return { kind: 'refused', reason: 'is a symbolic link' };
  if (!stats.isFile()) return { kind: 'refused', reason: NOT_REGULAR };
  let fd: number;
  try {
    fd = openSync(path, FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    if (code === 'ELOOP') return { kind: 'refused', reason: 'is a symbolic link' };
    throw error;
  }
  try {
    if (!fstatSync(fd).isFile()) return { kind: 'refused', reason: NOT_REGULAR };
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) return { kind: 'refused', reason: `is larger than ${maxBytes} bytes` };
    return { kind: 'text', text: buffer.subarray(0, length).toString('utf8') };
  } finally {
    closeSync(fd);
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}
