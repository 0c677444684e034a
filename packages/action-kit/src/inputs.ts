import { InputError } from './errors.js';

export interface InputReader {
  /** '' when absent and not required; a required input that is empty throws. */
  string(name: string, options?: { required?: boolean; trim?: boolean }): string;
  /** The trimmed value, or undefined when empty. */
  optional(name: string): string | undefined;
  /** YAML 1.2 core booleans; empty is false unless required. */
  boolean(name: string, options?: { required?: boolean }): boolean;
  /** One of `allowed`, matched exactly; empty gives `fallback` when there is one. */
  enumeration<T extends string>(name: string, allowed: readonly T[], options?: { fallback?: T }): T;
  /** Decimal digits only; empty gives `fallback` when there is one. */
  integer(name: string, options?: { min?: number; max?: number; fallback?: number }): number;
  /** One item per line, trimmed; blank lines and lines starting with '#' dropped. */
  list(name: string): string[];
}

const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];

/** The environment variable the runner uses for an input. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function quote(value: string): string {
  return JSON.stringify(value);
}

function readBoolean(name: string, value: string, required: boolean): boolean {
  if (value === '') {
    if (required) throw new InputError(name, 'is required.', 'Set it to true or false.');
    return false;
  }
  if (TRUE_VALUES.includes(value)) return true;
  if (FALSE_VALUES.includes(value)) return false;
  const accepted = [...TRUE_VALUES, ...FALSE_VALUES].join(', ');
  throw new InputError(name, `${quote(value)} is not a boolean.`, `Use one of: ${accepted}.`);
}

function readEnumeration<T extends string>(
  name: string,
  value: string,
  allowed: readonly T[],
  fallback: T | undefined,
): T {
  if (value === '' && fallback !== undefined) return fallback;
  const match = allowed.find((candidate) => candidate === value);
  if (match !== undefined) return match;
  const problem = value === '' ? 'is required.' : `${quote(value)} is not allowed.`;
  throw new InputError(name, problem, `Use one of: ${allowed.join(', ')}.`);
}

function readInteger(
  name: string,
  value: string,
  options: { min?: number; max?: number; fallback?: number },
): number {
  const { min, max, fallback } = options;
  if (value === '' && fallback !== undefined) return fallback;
  const range = `${min ?? 0} to ${max ?? 'any size'}`;
  if (!/^\d+$/.test(value)) {
    const problem = value === '' ? 'is required.' : `${quote(value)} is not a whole number.`;
    throw new InputError(name, problem, `Use decimal digits (${range}).`);
  }
  const number = Number(value);
  if ((min !== undefined && number < min) || (max !== undefined && number > max)) {
    throw new InputError(name, `${value} is out of range.`, `Use a number from ${range}.`);
  }
  return number;
}

function readList(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Reads inputs the way the runner passes them: env INPUT_<NAME upper-cased, spaces to '_', hyphens kept>. */
export function createInputReader(env: NodeJS.ProcessEnv = process.env): InputReader {
  const raw = (name: string) => env[inputVariable(name)] ?? '';
  const trimmed = (name: string) => raw(name).trim();
  return {
    string(name, options = {}) {
      const value = options.trim === false ? raw(name) : trimmed(name);
      if (options.required && value.trim() === '') throw new InputError(name, 'is required.');
      return value;
    },
    optional: (name) => trimmed(name) || undefined,
    boolean: (name, options = {}) => readBoolean(name, trimmed(name), options.required ?? false),
    enumeration: (name, allowed, options = {}) =>
      readEnumeration(name, trimmed(name), allowed, options.fallback),
    integer: (name, options = {}) => readInteger(name, trimmed(name), options),
    list: (name) => readList(raw(name)),
  };
}
