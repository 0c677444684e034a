/** An error meant for the user: message names the offending value; hint says what to do. */
export class ActionError extends Error {
  readonly hint?: string;

  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    if (options.hint !== undefined) this.hint = options.hint;
  }
}

/** A value given to one input was wrong; the message starts with the input's name. */
export class InputError extends ActionError {
  readonly input: string;

  constructor(input: string, message: string, hint?: string) {
    super(`Input '${input}': ${message}`, hint === undefined ? {} : { hint });
    this.input = input;
  }
}
