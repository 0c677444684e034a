import type { Trailers } from './model.js';

const TRAILER = /^([A-Za-z][A-Za-z0-9-]*):\s?(.*)$/;

/** The trailer lines of a commit message: its last paragraph, when every line is `Key: value`. */
function trailerLines(message: string): Array<[string, string]> {
  const paragraphs = message.trim().split(/\n\s*\n/);
  if (paragraphs.length < 2) return [];
  const last = (paragraphs[paragraphs.length - 1] ?? '').split('\n');
  const pairs = last.map((line) => TRAILER.exec(line));
  if (pairs.some((pair) => pair === null)) return [];
  return pairs.map((pair) => [pair?.[1] ?? '', (pair?.[2] ?? '').trim()]);
}

function promotedFrom(value: string): Trailers['promotedFrom'] {
  const at = value.lastIndexOf('@');
  if (at <= 0) return undefined;
  return { environment: value.slice(0, at), sha: value.slice(at + 1) };
}

/** Image, Previous, Promoted-From, Reason and Run-URL, as bump-overlay-tag writes them. */
export function parseTrailers(message: string): Trailers {
  const trailers: Trailers = { image: [], previous: [] };
  for (const [key, value] of trailerLines(message)) {
    const name = key.toLowerCase();
    if (name === 'image') trailers.image.push(value);
    if (name === 'previous') trailers.previous.push(value);
    if (name === 'promoted-from') {
      const from = promotedFrom(value);
      if (from) trailers.promotedFrom = from;
    }
    if (name === 'reason') trailers.reason = value;
    if (name === 'run-url') trailers.runUrl = value;
  }
  return trailers;
}

/** The workflow run id of a Run-URL (`…/actions/runs/<id>[/attempts/<n>]`). */
export function runIdOf(runUrl: string | undefined): number | undefined {
  const match = /\/actions\/runs\/(\d+)(?:\/attempts\/\d+)?\/?$/.exec(runUrl ?? '');
  return match ? Number(match[1]) : undefined;
}

/** A commit date as UTC ISO 8601 to the second, whichever offset git or the API wrote it with. */
export function utcDate(date: string): string {
  const parsed = new Date(date);
  return Number.isNaN(parsed.getTime()) ? date : parsed.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
