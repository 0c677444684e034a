import type { GitIdentity } from './types.js';

export interface IndexEntry {
  mode: string;
  oid: string;
  path: string;
}

const WRITABLE_MODES = ['100644', '100755'];

export function assertWritableMode(mode: string, path: string): string {
  if (!WRITABLE_MODES.includes(mode)) {
    throw new Error(`cannot write '${path}' with mode ${mode}; use 100644 or 100755`);
  }
  return mode;
}

/** git would silently strip or reject these characters; fail with the value instead. */
export function assertIdentity(identity: GitIdentity): GitIdentity {
  for (const [field, value] of Object.entries(identity)) {
    if (typeof value !== 'string' || value.trim() === '' || /[<>\n\r\0]/.test(value)) {
      throw new Error(
        `git identity ${field} ${JSON.stringify(value)} must be non-empty without <, > or newlines`,
      );
    }
  }
  return identity;
}
