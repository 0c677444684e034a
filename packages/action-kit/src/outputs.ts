import * as core from './protocol.js';

export type OutputValue = string | number | boolean | null | undefined | object;

/** The text the runner stores for a value: objects and arrays as JSON, null/undefined as ''. */
export function formatOutput(value: OutputValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Writes all outputs in one go (the GITHUB_OUTPUT file). Call once, at the end. */
export function writeOutputs(outputs: Record<string, OutputValue>): void {
  for (const [name, value] of Object.entries(outputs)) {
    core.setOutput(name, formatOutput(value));
  }
}
