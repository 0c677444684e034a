import type { Annotation } from '../events.js';
import type { Masker } from '../masker.js';

/** Workflow commands in a step's output (::add-mask::, ::error::, …), read as lines arrive. */

function unescape(text: string): string {
  return text
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%');
}

export class CommandReader {
  readonly annotations: Annotation[] = [];

  constructor(private readonly masker: Masker) {}

  /** Records the command a line carries and returns the line as it should be logged. */
  read(line: string): string {
    const match = /^::([\w-]+)(?: [^:]*)?::(.*)$/.exec(line);
    if (!match) return this.masker.mask(line);
    const [, command = '', message = ''] = match;
    if (command === 'add-mask') {
      this.masker.add(unescape(message));
      return '::add-mask::***';
    }
    if (command === 'error' || command === 'warning' || command === 'notice') {
      this.annotations.push({ level: command, message: this.masker.mask(unescape(message)) });
    }
    return this.masker.mask(line);
  }
}
