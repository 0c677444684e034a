import { COLLECTION_FUNCTIONS } from './functions-collections.js';
import type { Builtin } from './functions-args.js';
import { regexCost, TEXT_FUNCTIONS } from './functions-text.js';
import { firstUnknown, isUnknown, Unknown, type Value } from './values.js';

/** Functions whose result we compute when every argument is known. */
const STRICT: Record<string, Builtin> = {
  ...TEXT_FUNCTIONS,
  ...COLLECTION_FUNCTIONS,
  get_terraform_commands_that_need_vars: () => [
    'apply',
    'console',
    'destroy',
    'import',
    'plan',
    'push',
    'refresh',
  ],
  get_terraform_commands_that_need_locking: () => [
    'apply',
    'destroy',
    'import',
    'plan',
    'refresh',
    'taint',
    'untaint',
  ],
  get_terraform_commands_that_need_input: () => ['apply', 'import', 'init', 'plan', 'refresh'],
  get_terraform_commands_that_need_parallelism: () => ['apply', 'plan', 'destroy'],
};

/** Functions that decide for themselves what an unknown argument means. */
const LENIENT: Record<string, Builtin> = {
  try: (args) =>
    args.find((arg) => !(isUnknown(arg) && arg.kind === 'error')) ?? args[args.length - 1]!,
  can: ([value]) => (isUnknown(value!) ? (value.kind === 'error' ? false : value) : true),
  coalesce: (args) =>
    args.find((arg) => arg !== null && arg !== '') ?? new Unknown('coalesce: no value', 'error'),
};

const REGEX_FUNCTIONS = new Set(['regex', 'regexall', 'replace']);

/** The builtin's result, or undefined when the function is not one we evaluate. */
export function callBuiltin(name: string, args: Value[]): Value | undefined {
  const lenient = LENIENT[name];
  if (lenient)
    return args.length ? lenient(args) : new Unknown(`${name}() needs arguments`, 'error');
  const strict = STRICT[name];
  if (!strict) return undefined;
  return firstUnknown(args) ?? strict(args);
}

/** Evaluation steps a builtin call costs beyond its node: the regex engine's pattern x input. */
export function builtinCost(name: string, args: Value[]): number {
  return REGEX_FUNCTIONS.has(name) ? regexCost(name, args) : 0;
}
