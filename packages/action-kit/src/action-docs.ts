import { parse } from 'yaml';
import { ActionError } from './errors.js';
import { codeSpan, markdownTable } from './summary.js';

export interface ActionInput {
  description: string;
  required: boolean;
  default?: string;
}

export interface ActionMetadata {
  name: string;
  description: string;
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { description: string }>;
  runs: { using?: string; main?: string };
}

export type DocsBlock = 'inputs' | 'outputs';
export const DOCS_BLOCKS: readonly DocsBlock[] = ['inputs', 'outputs'];

type Loose = Record<string, unknown>;

function record(value: unknown): Loose {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Loose)
    : {};
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

function toInput(value: unknown): ActionInput {
  const fields = record(value);
  const input: ActionInput = {
    description: text(fields.description),
    required: fields.required === true || fields.required === 'true',
  };
  if (fields.default !== undefined && fields.default !== null) input.default = text(fields.default);
  return input;
}

/** The parts of an action.yml that the harness and the docs need. */
export function parseActionMetadata(source: string, file = 'action.yml'): ActionMetadata {
  let document: Loose;
  try {
    document = record(parse(source));
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ActionError(`${file} is not valid YAML: ${detail}`, { cause: error });
  }
  const inputs = Object.entries(record(document.inputs));
  const outputs = Object.entries(record(document.outputs));
  const runs = record(document.runs);
  return {
    name: text(document.name),
    description: text(document.description),
    inputs: Object.fromEntries(inputs.map(([name, value]) => [name, toInput(value)])),
    outputs: Object.fromEntries(
      outputs.map(([name, value]) => [name, { description: text(record(value).description) }]),
    ),
    runs: { using: text(runs.using) || undefined, main: text(runs.main) || undefined },
  };
}

/** One line of plain text; outside code spans, characters markdown would swallow are escaped. */
export function singleLine(description: string): string {
  const collapsed = description.replace(/\s+/g, ' ').trim();
  return collapsed
    .split(/(`[^`]*`)/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(/[\\*]/g, '\\$&').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    )
    .join('');
}

export function renderInputsTable(inputs: ActionMetadata['inputs']): string {
  const rows = Object.entries(inputs).map(([name, input]) => [
    codeSpan(name),
    input.required ? 'yes' : 'no',
    input.default === undefined || input.default === '' ? '' : codeSpan(input.default),
    singleLine(input.description),
  ]);
  if (rows.length === 0) return '_This action has no inputs._';
  return markdownTable(['Name', 'Required', 'Default', 'Description'], rows);
}

export function renderOutputsTable(outputs: ActionMetadata['outputs']): string {
  const rows = Object.entries(outputs).map(([name, output]) => [
    codeSpan(name),
    singleLine(output.description),
  ]);
  if (rows.length === 0) return '_This action has no outputs._';
  return markdownTable(['Name', 'Description'], rows);
}

function markers(block: DocsBlock): { open: string; close: string } {
  return { open: `<!-- action-docs:${block} -->`, close: `<!-- /action-docs:${block} -->` };
}

function replaceBlock(readme: string, block: DocsBlock, content: string, file: string): string {
  const { open, close } = markers(block);
  const start = readme.indexOf(open);
  const end = readme.indexOf(close, start + open.length);
  if (start < 0 || end < 0) {
    throw new ActionError(`${file} has no ${open} ... ${close} block.`, {
      hint: `Add both markers, on their own lines, where the ${block} table belongs.`,
    });
  }
  return `${readme.slice(0, start + open.length)}\n\n${content}\n\n${readme.slice(end)}`;
}

export interface DocsUpdate {
  text: string;
  /** The blocks whose content differs from the README as given. */
  changed: DocsBlock[];
}

/** The README with both generated blocks rendered from the action's metadata. */
export function updateActionReadme(
  readme: string,
  metadata: ActionMetadata,
  file = 'README.md',
): DocsUpdate {
  const tables = {
    inputs: renderInputsTable(metadata.inputs),
    outputs: renderOutputsTable(metadata.outputs),
  };
  let text = readme;
  const changed: DocsBlock[] = [];
  for (const block of DOCS_BLOCKS) {
    const next = replaceBlock(text, block, tables[block], file);
    if (next !== text) changed.push(block);
    text = next;
  }
  return { text, changed };
}
