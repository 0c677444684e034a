/** A plan result file (plan JSON, run report, manifest) that cannot be read; `hint` says what to do. */
export class PlanResultError extends Error {
  readonly hint?: string;

  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'PlanResultError';
    if (hint !== undefined) this.hint = hint;
  }
}

/** A short, printable rendering of an unexpected value for error messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
