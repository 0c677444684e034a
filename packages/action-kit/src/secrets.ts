import * as core from './protocol.js';

/** Registers a value with the runner's log masking; each line too, since logs mask line by line. */
export function maskSecret(value: string | undefined): void {
  if (!value) return;
  core.setSecret(value);
  const lines = value.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length < 2) return;
  for (const line of lines) core.setSecret(line);
}
