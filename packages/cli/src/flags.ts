import { parseArgs } from 'node:util';
import { usageError } from './io.js';

export type FlagSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

/** node:util's parseArgs, strict, with its errors turned into usage errors. */
export function parseFlags<T extends FlagSpec>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw usageError((error as Error).message, usage);
  }
}
