/** Secrets shorter than this would mask ordinary words and numbers. */
const MIN_SECRET_LENGTH = 4;
/** Values that are never secrets and would hide ordinary words everywhere. */
const NOT_SECRET_VALUE = /^(true|false|yes|no|on|off|null|none)$/i;
const REGEXP_SPECIALS = /[.*+?^${}()|[\]\\/-]/g;
// Go's encoding/json (OpenTofu's plan JSON, Terragrunt's report) escapes these too.
const GO_JSON_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * The forms a secret takes in text it may reach: itself and each of its lines, JSON-escaped
 * (JavaScript's and Go's), URL-encoded, and base64 (standard and URL-safe, padded or not).
 * Matching ignores case, which covers upper- and lower-cased copies.
 */
export function secretForms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const base64 = Buffer.from(secret, 'utf8').toString('base64');
  return [
    secret,
    ...secret.split(/\r?\n/),
    json,
    json.replace(/[<>&\u2028\u2029]/g, (c) => GO_JSON_ESCAPES[c]!),
    encodeURIComponent(secret),
    base64,
    base64.replace(/=+$/, ''),
    Buffer.from(secret, 'utf8').toString('base64url'),
  ];
}

/** Long enough to mask without hiding ordinary words: 4 characters, and not a boolean word. */
export function isRedactable(value: string): boolean {
  return value.length >= MIN_SECRET_LENGTH && !NOT_SECRET_VALUE.test(value);
}

/** A function replacing every form of every secret with `***`, longest first. */
export function createRedactor(secrets: readonly string[]): (text: string) => string {
  const long = secrets.filter(isRedactable);
  const forms = [...new Set(long.flatMap(secretForms))]
    .filter(isRedactable)
    .sort((a, b) => b.length - a.length);
  if (forms.length === 0) return (text) => text;
  const pattern = new RegExp(
    forms.map((form) => form.replace(REGEXP_SPECIALS, '\\$&')).join('|'),
    'gi',
  );
  return (text) => text.replace(pattern, '***');
}

/** Replaces every form of every secret (see secretForms) with `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  return createRedactor(secrets)(text);
}
