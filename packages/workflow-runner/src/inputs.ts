import type { Json } from './expressions.js';
import type { InputDef } from './model.js';

/** Inputs of a called workflow (`with:`) and of a dispatched one, typed as GitHub types them. */

export class InputsInvalid extends Error {}

function emptyOf(type: string): Json {
  if (type === 'boolean') return false;
  if (type === 'number') return 0;
  return '';
}

function typed(name: string, def: InputDef, value: Json): Json {
  switch (def.type) {
    case 'boolean':
      if (typeof value !== 'boolean')
        throw new InputsInvalid(
          `Input '${name}' is a boolean; got ${JSON.stringify(value)} (pass \${{ true }} or an expression, not a string).`,
        );
      return value;
    case 'number':
      if (typeof value !== 'number')
        throw new InputsInvalid(`Input '${name}' is a number; got ${JSON.stringify(value)}.`);
      return value;
    default:
      if (value !== null && typeof value === 'object')
        throw new InputsInvalid(`Input '${name}' is a string; got ${JSON.stringify(value)}.`);
      return value === null ? '' : String(value);
  }
}

/** `with:` values checked against `on.workflow_call.inputs`, defaults filled in. */
export function callInputs(
  defs: Record<string, InputDef>,
  given: Record<string, Json>,
  defaultOf: (def: InputDef) => Json,
): Record<string, Json> {
  for (const name of Object.keys(given)) {
    if (!(name in defs))
      throw new InputsInvalid(`Invalid input, ${name} is not defined in the referenced workflow.`);
  }
  const result: Record<string, Json> = {};
  for (const [name, def] of Object.entries(defs)) {
    if (name in given) result[name] = typed(name, def, given[name] ?? null);
    else if (def.required)
      throw new InputsInvalid(`Input ${name} is required, but not provided while calling.`);
    else
      result[name] =
        def.default === undefined ? emptyOf(def.type) : typed(name, def, defaultOf(def));
  }
  return result;
}

function fromText(name: string, def: InputDef, text: string): Json {
  if (def.type === 'boolean') {
    if (text !== 'true' && text !== 'false')
      throw new InputsInvalid(`Input '${name}' must be true or false; got '${text}'.`);
    return text === 'true';
  }
  if (def.type === 'number') {
    if (!/^-?\d+(\.\d+)?$/.test(text))
      throw new InputsInvalid(`Input '${name}' must be a number; got '${text}'.`);
    return Number(text);
  }
  if (def.type === 'choice' && def.options && !def.options.includes(text)) {
    throw new InputsInvalid(
      `Input '${name}' must be one of ${def.options.join(', ')}; got '${text}'.`,
    );
  }
  return text;
}

/** workflow_dispatch inputs given as text (the form, the CLI): typed, checked, defaults filled. */
export function dispatchInputs(
  defs: Record<string, InputDef>,
  given: Record<string, string>,
  defaultOf: (def: InputDef) => Json,
): Record<string, Json> {
  for (const name of Object.keys(given)) {
    if (!(name in defs))
      throw new InputsInvalid(
        `Unexpected input '${name}'; the workflow declares ${Object.keys(defs).join(', ') || 'none'}.`,
      );
  }
  const result: Record<string, Json> = {};
  for (const [name, def] of Object.entries(defs)) {
    const text = given[name];
    if (text !== undefined) result[name] = fromText(name, def, text);
    else if (def.required && def.default === undefined)
      throw new InputsInvalid(`Input '${name}' is required.`);
    else
      result[name] =
        def.default === undefined ? emptyOf(def.type) : fromText(name, def, String(defaultOf(def)));
  }
  return result;
}
