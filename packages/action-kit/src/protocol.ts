// The runner's protocol, written directly: @actions/core would pull in its HTTP client
// (undici, ~70 ms of a 110 ms cold start) that no action here needs.
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

export type CommandProperties = Record<string, string | number | undefined>;

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A workflow command line, e.g. `::error file=a.yml::message`. */
export function formatCommand(
  command: string,
  message: string,
  properties: CommandProperties = {},
): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

export function issueCommand(
  command: string,
  message: string,
  properties?: CommandProperties,
): void {
  process.stdout.write(formatCommand(command, message, properties) + EOL);
}

/** Appends `name<<DELIMITER` ... to a file command (GITHUB_OUTPUT, GITHUB_ENV, ...). */
export function appendFileCommand(variable: string, name: string, value: string): boolean {
  const file = process.env[variable];
  if (!file) return false;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected input: the ${variable} value contains its delimiter.`);
  }
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
  return true;
}

export const info = (message: string): void => void process.stdout.write(message + EOL);
export const debug = (message: string): void => issueCommand('debug', message);
export const warning = (message: string, properties?: CommandProperties): void =>
  issueCommand('warning', message, properties);
export const notice = (message: string, properties?: CommandProperties): void =>
  issueCommand('notice', message, properties);
export const error = (message: string, properties?: CommandProperties): void =>
  issueCommand('error', message, properties);
export const startGroup = (name: string): void => issueCommand('group', name);
export const endGroup = (): void => issueCommand('endgroup', '');

export async function group<T>(name: string, body: () => Promise<T>): Promise<T> {
  startGroup(name);
  try {
    return await body();
  } finally {
    endGroup();
  }
}

export function setSecret(value: string): void {
  issueCommand('add-mask', value);
}

/** Outputs go through GITHUB_OUTPUT only: the legacy set-output command is disabled on runners. */
export function setOutput(name: string, value: string): void {
  if (!appendFileCommand('GITHUB_OUTPUT', name, value)) {
    warning(`GITHUB_OUTPUT is not set; output ${name} was not written.`);
  }
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}
